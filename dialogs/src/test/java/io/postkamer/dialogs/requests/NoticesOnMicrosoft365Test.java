package io.postkamer.dialogs.requests;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.LOTTE;
import static io.postkamer.mailbox.Contoso.PIETER;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.schema.Serialization;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.Microsoft365MailboxService;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On the Microsoft 365 backend, against the Graph and Bot Connector stand-ins: an approver who never
 * wrote to the bot gets the Teams app installed once through Graph, and the request in the chat that
 * comes with it, through the SDK's connector client.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class NoticesOnMicrosoft365Test {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(ContosoTenant.readyAtOnce());
    private final TestChannel channel;
    private final Requests requests;
    private final PostkamerBot bot;

    NoticesOnMicrosoft365Test(TestChannel.Delivery delivery) {
        channel = new TestChannel(delivery);
        Microsoft365MailboxService service = m365.newService();
        requests = Requests.inMemory(
                channel.messenger(),
                service.personalChats(Optional.empty(), FakeMicrosoft365.TEAMS_APP_MANIFEST_ID),
                new RequestSettings(List.of(LOTTE)),
                MONDAY);
        MemoryStorage storage = new MemoryStorage();
        bot = new PostkamerBot(
                service,
                new ConversationState(storage),
                new UserState(storage),
                BotUnderTest.QUICK,
                Executors.newCachedThreadPool(),
                Clock.systemUTC(),
                requests,
                Reviews.inMemory(),
                Continuations.none());
    }

    @AfterEach
    void stop() {
        m365.close();
    }

    private long installations() {
        return m365.requests().stream()
                .filter(r -> r.method().equals("POST") && r.url().contains("/teamwork/installedApps"))
                .count();
    }

    private void flipAsks(Right right, String reason) {
        Chat flip = new Chat(channel, () -> bot, "personal-" + FLIP, FLIP, "en-US");
        flip.say("request access to receptie32");
        flip.press(
                "request.submit",
                Map.of(
                        "mailbox",
                        RECEPTIE32,
                        right == Right.SEND_AS ? "sendAs" : "sendOnBehalf",
                        "true",
                        "reason",
                        reason,
                        "until",
                        ""));
    }

    @Test
    @DisplayName(
            "Pieter never wrote to the bot: the app is installed for him once through Graph, both requests reach his chat, his approval reaches Flip")
    void approverWhoNeverWroteIsReachedThroughGraph() {
        DemoTenant tenant = m365.tenant();
        tenant.revoke(RECEPTIE32, FLIP, Right.SEND_AS);

        flipAsks(Right.SEND_AS, "Reception on Tuesdays");
        flipAsks(Right.SEND_ON_BEHALF, "Reception on Fridays");

        String pieterChat = DemoTenant.chatIdOf(PIETER);
        assertThat(installations()).as("the app installed for Pieter once").isEqualTo(1);
        assertThat(tenant.hasApp(PIETER)).isTrue();
        assertThat(channel.postedTo(pieterChat)).hasSize(2);
        assertThat(requests.audit().ofRequest(1))
                .filteredOn(e -> e.action().startsWith("notify"))
                .extracting(AuditEntry::action, e -> e.outcome().word())
                .containsExactly(tuple("notify approver", "delivered"));

        Chat pieter = new Chat(channel, () -> bot, pieterChat, PIETER, "en-US");
        JsonNode approval = Serialization.objectToTree(
                channel.postedTo(pieterChat).get(0).getAttachments().get(0).getContent());
        pieter.invoke("request.approve", CardActions.data(approval, "request.approve", Map.of()));

        assertThat(channel.postedTo("personal-" + FLIP))
                .last()
                .satisfies(notice -> assertThat(
                                notice.getAttachments().get(0).getContent().toString())
                        .contains("Request #1 approved"));
        assertThat(m365.cmdlets()).contains("Add-RecipientPermission");
        assertThat(installations()).isEqualTo(1);
    }
}
