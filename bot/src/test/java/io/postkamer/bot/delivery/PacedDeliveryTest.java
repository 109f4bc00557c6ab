package io.postkamer.bot.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.bot.requests.AdapterMessenger;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 500 proactive messages through the SDK's connector client to a stand-in Bot Connector that answers
 * 429 (Retry-After: 1) to about one post in six, as Teams does under load.
 */
class PacedDeliveryTest {
    private static final Pattern CONVERSATION = Pattern.compile("/v3/conversations/([^/]+)/activities");
    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"(m-[0-9]+-[0-9]+)\"");

    /** Every post the connector got: when, for which conversation, which message, and whether it was taken. */
    record Post(Instant at, String conversation, String text, boolean accepted) {}

    /** Answers 429 to some posts, decided by a seeded random so the test is repeatable. */
    static final class SometimesThrottled implements ResponseTransformerV2 {
        private final Random random = new Random(6);
        final List<Post> posts = new CopyOnWriteArrayList<>();

        @Override
        public synchronized Response transform(Response response, ServeEvent event) {
            Matcher conversation = CONVERSATION.matcher(event.getRequest().getUrl());
            Matcher text = TEXT.matcher(event.getRequest().getBodyAsString());
            boolean throttle = random.nextInt(6) == 0;
            posts.add(new Post(
                    Instant.now(),
                    conversation.find() ? conversation.group(1) : "?",
                    text.find() ? text.group(1) : "?",
                    !throttle));
            if (!throttle) {
                return response;
            }
            return Response.Builder.like(response)
                    .but()
                    .status(429)
                    .headers(new HttpHeaders(
                            new HttpHeader("Retry-After", "1"), new HttpHeader("Content-Type", "application/json")))
                    .body("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}")
                    .build();
        }

        @Override
        public String getName() {
            return "sometimes-throttled";
        }
    }

    @Test
    @DisplayName(
            "500 messages to 25 conversations with 429s on the way: all delivered, none twice, within Teams' limits")
    void allDeliveredOnceWithinLimits() throws Exception {
        SometimesThrottled throttle = new SometimesThrottled();
        AtomicInteger refusalsHeard = new AtomicInteger();
        WireMockServer connector =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(throttle));
        connector.start();
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(okJson("{\"id\":\"sent\"}")));
        try (PacedMessenger messenger = PacedMessenger.forTeams(
                new AdapterMessenger(new BotFrameworkAdapter(new SimpleCredentialProvider()), ""))) {
            List<CompletableFuture<Void>> sends = new ArrayList<>();
            for (int m = 0; m < 20; m++) {
                for (int c = 0; c < 25; c++) {
                    sends.add(messenger.send(
                            reference(connector.baseUrl() + "/", "conv-" + c),
                            MessageFactory.text("m-" + c + "-" + m),
                            refusal -> refusalsHeard.incrementAndGet()));
                }
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(3, TimeUnit.MINUTES);
        } finally {
            connector.stop();
        }

        List<Post> posts = throttle.posts;
        List<String> delivered =
                posts.stream().filter(Post::accepted).map(Post::text).toList();
        assertThat(delivered).hasSize(500).doesNotHaveDuplicates();
        assertThat(posts).filteredOn(post -> !post.accepted()).hasSizeGreaterThan(20);
        assertThat(refusalsHeard)
                .as("each 429 told to the sender as 'queued for retry'")
                .hasValue((int) posts.stream().filter(post -> !post.accepted()).count());
        Map<String, List<Post>> byConversation = posts.stream().collect(Collectors.groupingBy(Post::conversation));
        assertThat(byConversation).hasSize(25);
        byConversation.forEach((conversation, sent) -> {
            assertThat(sent.stream().filter(Post::accepted).map(Post::text).toList())
                    .as("order in " + conversation)
                    .isEqualTo(java.util.stream.IntStream.range(0, 20)
                            .mapToObj(m -> "m-" + conversation.substring(5) + "-" + m)
                            .toList());
            assertWithin(sent, 7, Duration.ofSeconds(1));
            assertWithin(sent, 8, Duration.ofSeconds(2));
            assertWithin(sent, 60, Duration.ofSeconds(30));
        });
    }

    @Test
    @DisplayName(
            "a message the connector refuses for good (403) or cannot be reached fails with that reason: never passed off as sent")
    void refusedForGoodFails() {
        WireMockServer connector =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        connector.start();
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*"))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"BotNotInConversationRoster\"}}")));
        try (PacedMessenger messenger = PacedMessenger.forTeams(
                new AdapterMessenger(new BotFrameworkAdapter(new SimpleCredentialProvider()), ""))) {
            CompletableFuture<Void> forbidden =
                    messenger.send(reference(connector.baseUrl() + "/", "conv-403"), MessageFactory.text("m-403"));
            CompletableFuture<Void> nowhere =
                    messenger.send(reference("http://postkamer-local.invalid/", "conv-x"), MessageFactory.text("m-x"));

            assertThatThrownBy(() -> forbidden.get(30, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(RestException.class)
                    .rootCause()
                    .satisfies(e ->
                            assertThat(((RestException) e).response().code()).isEqualTo(403));
            assertThatThrownBy(() -> nowhere.get(30, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(UnknownHostException.class);
        } finally {
            connector.stop();
        }
    }

    /** No window of this length holds more posts (429s included) than the limit. */
    private static void assertWithin(List<Post> posts, int limit, Duration window) {
        List<Instant> times = posts.stream().map(Post::at).sorted().toList();
        for (int i = limit; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - limit), times.get(i)))
                    .as("%d posts within %s: %s", limit + 1, window, posts)
                    .isGreaterThanOrEqualTo(window);
        }
    }

    private static ConversationReference reference(String serviceUrl, String conversation) {
        ConversationReference reference = new ConversationReference();
        reference.setServiceUrl(serviceUrl);
        reference.setChannelId("msteams");
        ConversationAccount account = new ConversationAccount();
        account.setId(conversation);
        reference.setConversation(account);
        reference.setUser(new ChannelAccount("29:user", "User"));
        reference.setBot(new ChannelAccount("28:postkamer", "Postkamer"));
        return reference;
    }
}
