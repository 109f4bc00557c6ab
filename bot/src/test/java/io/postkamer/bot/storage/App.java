package io.postkamer.bot.storage;

import io.postkamer.bot.PostkamerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

/** Starts the whole bot application on a free port, with the given properties. */
final class App {

    private App() {
    }

    /** Properties are given as command-line arguments, which take precedence over application.properties. */
    static ConfigurableApplicationContext start(String... properties) {
        String[] arguments = Stream.concat(Stream.of("server.port=0"), Arrays.stream(properties))
            .map(property -> "--" + property)
            .toArray(String[]::new);
        return new SpringApplicationBuilder(PostkamerApplication.class).run(arguments);
    }

    static HttpResponse<String> get(ConfigurableApplicationContext app, String path) {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
