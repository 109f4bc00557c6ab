package io.postkamer.bot.testing;

import io.postkamer.bot.PostkamerApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole bot application on a free port, with the given properties, and talks HTTP to it. */
public final class App {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private App() {}

    /** Properties are given as command-line arguments, which take precedence over application.properties. */
    public static ConfigurableApplicationContext start(String... properties) {
        return startWith(new Class<?>[0], properties);
    }

    /**
     * The application plus extra bean sources. Give plain classes with {@code @Bean} methods (no
     * {@code @Configuration}), so that component scanning never picks them up in other tests.
     */
    public static ConfigurableApplicationContext startWith(Class<?>[] sources, String... properties) {
        // A default the test names itself is left out: Spring would join both values with a comma.
        String[] arguments = Stream.concat(
                        Stream.of("server.port=0", "postkamer.demo.provisioning-delay=0s")
                                .filter(byDefault -> Arrays.stream(properties)
                                        .noneMatch(given ->
                                                given.startsWith(byDefault.substring(0, byDefault.indexOf('=') + 1)))),
                        Arrays.stream(properties))
                .map(property -> "--" + property)
                .toArray(String[]::new);
        return new SpringApplicationBuilder(PostkamerApplication.class)
                .sources(sources)
                .run(arguments);
    }

    public static HttpResponse<String> get(ConfigurableApplicationContext app, String path) {
        return send(HttpRequest.newBuilder(url(app, path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build());
    }

    public static HttpResponse<String> get(ConfigurableApplicationContext app, String path, String accept) {
        return send(HttpRequest.newBuilder(url(app, path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .GET()
                .build());
    }

    /** POSTs a body to the bot, with an Authorization header when one is given. */
    public static HttpResponse<String> post(
            ConfigurableApplicationContext app, String path, String body, String authorization) {
        return post(app, path, body, authorization, "application/json");
    }

    public static HttpResponse<String> post(
            ConfigurableApplicationContext app, String path, String body, String authorization, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(app, path))
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    public static URI url(ConfigurableApplicationContext app, String path) {
        return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
