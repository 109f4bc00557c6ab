package io.postkamer.bot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The whole bot application for one test class, on its own empty data folder:
 * {@code @RegisterExtension static final RunningApp APP = new RunningApp();}.
 */
public final class RunningApp implements BeforeAllCallback, AfterAllCallback {
    private final String[] properties;
    private Path data;
    private ConfigurableApplicationContext context;

    public RunningApp(String... properties) {
        this.properties = properties;
    }

    @Override
    public void beforeAll(ExtensionContext extension) throws IOException {
        data = Files.createTempDirectory("postkamer-test");
        context = App.start(Stream.concat(Stream.of("postkamer.data-dir=" + data), Arrays.stream(properties))
                .toArray(String[]::new));
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        context.close();
        try {
            FileSystemUtils.deleteRecursively(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ConfigurableApplicationContext context() {
        return context;
    }
}
