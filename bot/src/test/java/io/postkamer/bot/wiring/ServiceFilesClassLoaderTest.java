package io.postkamer.bot.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceFilesClassLoaderTest {
    private static final String JACKSON_MODULES = "META-INF/services/" + Module.class.getName();

    /** The application's loader, counting how often it is asked for service files. */
    private static final class Counting extends ClassLoader {
        final AtomicInteger serviceLookups = new AtomicInteger();

        Counting() {
            super(ServiceFilesClassLoaderTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.startsWith("META-INF/services/")) {
                serviceLookups.incrementAndGet();
            }
            return super.getResources(name);
        }
    }

    private static List<String> contents(Enumeration<URL> files) throws IOException {
        List<String> read = new java.util.ArrayList<>();
        for (URL file : Collections.list(files)) {
            try (InputStream in = file.openStream()) {
                read.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return read;
    }

    @Test
    @DisplayName("a service file is looked up in the class path once and then read from memory, with the same content")
    void serviceFilesAreReadOnce() throws IOException {
        Counting application = new Counting();
        ServiceFilesClassLoader loader = new ServiceFilesClassLoader(application);

        List<String> first = contents(loader.getResources(JACKSON_MODULES));
        List<String> again = contents(loader.getResources(JACKSON_MODULES));

        assertThat(first).isNotEmpty().isEqualTo(again).isEqualTo(contents(application.getResources(JACKSON_MODULES)));
        assertThat(application.serviceLookups)
                .as("two through the cache, one directly")
                .hasValue(2);
    }

    @Test
    @DisplayName("Jackson finds the same modules through it, and classes come from the application's loader")
    void jacksonFindsTheSameModules() throws ClassNotFoundException {
        ClassLoader application = getClass().getClassLoader();
        ServiceFilesClassLoader loader = new ServiceFilesClassLoader(application);

        List<String> direct = ServiceLoader.load(Module.class, application).stream()
                .map(p -> p.type().getName())
                .toList();
        List<String> cached = ServiceLoader.load(Module.class, loader).stream()
                .map(p -> p.type().getName())
                .toList();

        assertThat(cached)
                .isNotEmpty()
                .containsExactlyElementsOf(direct)
                .contains("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule");
        assertThat(ObjectMapper.findModules(loader))
                .extracting(m -> m.getClass().getName())
                .containsExactlyElementsOf(direct);
        assertThat(loader.loadClass(ObjectMapper.class.getName())).isSameAs(ObjectMapper.class);
    }

    @Test
    @DisplayName("other resources are not kept: they come from the application's loader each time")
    void otherResourcesPassThrough() throws IOException {
        Counting application = new Counting();
        ServiceFilesClassLoader loader = new ServiceFilesClassLoader(application);
        assertThat(Collections.list(loader.getResources("META-INF/MANIFEST.MF")))
                .containsExactlyElementsOf(Collections.list(application.getResources("META-INF/MANIFEST.MF")));
        assertThat(application.serviceLookups).hasValue(0);
    }

    @Test
    @DisplayName("a request's work runs with the caching loader in front, and the thread gets its own loader back")
    void aroundRestoresTheThreadsLoader() {
        ServiceFiles serviceFiles = new ServiceFiles();
        ClassLoader own = Thread.currentThread().getContextClassLoader();
        ClassLoader during = serviceFiles.around(() -> Thread.currentThread().getContextClassLoader());
        ClassLoader secondTime =
                serviceFiles.around(() -> Thread.currentThread().getContextClassLoader());

        assertThat(during).isInstanceOf(ServiceFilesClassLoader.class).isSameAs(secondTime);
        assertThat(during.getParent()).isSameAs(own);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(own);
    }
}
