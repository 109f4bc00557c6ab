package io.postkamer.bot.wiring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class loader in front of the application's that reads each service file
 * ({@code META-INF/services/...}) once and then answers from memory; everything else it leaves to
 * the application's loader.
 *
 * <p>The SDK builds a fresh Jackson {@code ObjectMapper} and calls {@code findAndRegisterModules()}
 * up to four times a turn (the Teams tenant-id middleware, each bot state loaded, each dialog
 * context). Every such call has {@link java.util.ServiceLoader} search every jar on the class path
 * and open and read the files it finds: measured, a third of the CPU a turn takes. The thread that
 * runs a turn gets this loader as its context class loader, which is the one ServiceLoader asks
 * ({@link ServiceFiles}).
 */
final class ServiceFilesClassLoader extends ClassLoader {
    private static final String SERVICES = "META-INF/services/";

    static {
        // Classes are only ever loaded by the parent; this keeps concurrent turns from queueing on one lock.
        registerAsParallelCapable();
    }

    private final Map<String, List<URL>> files = new ConcurrentHashMap<>();

    ServiceFilesClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith(SERVICES)) {
            return super.getResources(name);
        }
        List<URL> known = files.get(name);
        if (known == null) {
            known = read(name);
            files.putIfAbsent(name, known);
        }
        return Collections.enumeration(known);
    }

    /** Each service file of that name, its content kept in memory behind a URL of its own. */
    private List<URL> read(String name) throws IOException {
        List<URL> copies = new ArrayList<>();
        for (URL original : Collections.list(getParent().getResources(name))) {
            byte[] content;
            try (InputStream in = original.openStream()) {
                content = in.readAllBytes();
            }
            copies.add(new URL("postkamer-service-file", "", -1, original.toExternalForm(), new InMemory(content)));
        }
        return List.copyOf(copies);
    }

    private static final class InMemory extends URLStreamHandler {
        private final byte[] content;

        InMemory(byte[] content) {
            this.content = content;
        }

        @Override
        protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
                @Override
                public void connect() {
                    connected = true;
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(content);
                }
            };
        }
    }
}
