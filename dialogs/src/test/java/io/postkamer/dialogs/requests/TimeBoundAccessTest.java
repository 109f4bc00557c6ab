package io.postkamer.dialogs.requests;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.PIETER;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoOperation;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class TimeBoundAccessTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final Requests requests = Requests.inMemory(messenger, RequestSettings.none(), clock);
    private final io.postkamer.dialogs.audit.InMemoryAuditTrail audit =
            new io.postkamer.dialogs.audit.InMemoryAuditTrail();
    private final MemoryStorage storage = new MemoryStorage();
    private final PostkamerBot bot = new PostkamerBot(
            tenant,
            new ConversationState(storage),
            new UserState(storage),
            BotUnderTest.QUICK,
            Executors.newCachedThreadPool(),
            Clock.systemUTC(),
            requests,
            Reviews.inMemory(),
            Continuations.none());
    private final TestChannel channel;

    TimeBoundAccessTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        messenger.sendThrough(channel.messenger());
    }

    private final AccessExpiry expiry = new AccessExpiry(
            tenant,
            requests,
            new RequestRecorder(requests, new io.postkamer.dialogs.audit.DirectoryNames(tenant)),
            "instance-1");

    private Chat chat(String user) {
        Chat chat = new Chat(channel, () -> bot, "personal-" + user, user, "en-US");
        chat.say("hi");
        return chat;
    }

    @Test
    @DisplayName("Send on Behalf until 30 November: a notice the day before, removed when the date has passed, once")
    void endsOnItsDate() {
        Chat pieter = chat(PIETER);
        Chat flip = chat(FLIP);
        CoverRequest.ask(flip, "2026-11-30");
        CoverRequest.approve(pieter, messenger);
        assertThat(tenant.writes()).containsExactly("grant receptie32 Flip Schoonen SEND_ON_BEHALF");
        assertThat(messenger.to(FLIP).get(0).card().toString()).contains("This access ends on Nov 30, 2026.");

        clock.advance(Duration.ofDays(6));
        assertThat(expiry.runDue()).isZero();

        clock.advance(Duration.ofHours(15));
        assertThat(expiry.runDue()).isEqualTo(1);
        assertThat(messenger.to(FLIP)).hasSize(2);
        assertThat(messenger.to(FLIP).get(1).card().toString())
                .contains(
                        "Request #1: your access ends tomorrow",
                        "Send on Behalf on Ontvangstgebouw 32 (receptie32@contoso.com) ends after Nov 30, 2026");
        assertThat(tenant.writes()).hasSize(1);

        tenant.faults().next(DemoOperation.REVOKE).throttle(Duration.ofSeconds(5));
        clock.advance(Duration.ofDays(1));
        assertThat(expiry.runDue()).isEqualTo(1);
        assertThat(tenant.writes()).hasSize(1);
        clock.advance(Duration.ofMinutes(2));
        assertThat(expiry.runDue()).isEqualTo(1);
        assertThat(tenant.writes())
                .containsExactly(
                        "grant receptie32 Flip Schoonen SEND_ON_BEHALF",
                        "revoke receptie32 Flip Schoonen SEND_ON_BEHALF");
        assertThat(tenant.delegates(RECEPTIE32))
                .noneMatch(g -> g.trusteeId().equals(FLIP) && g.right() == Right.SEND_ON_BEHALF);
        assertThat(messenger.to(FLIP).get(2).card().toString()).contains("Request #1: your access has ended");

        clock.advance(Duration.ofDays(1));
        assertThat(expiry.runDue()).isZero();
        assertThat(messenger.to(FLIP)).hasSize(3);
        assertThat(requests.audit().ofRequest(1))
                .extracting(AuditEntry::action, e -> e.outcome().word())
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("notify expiry soon", "delivered"),
                        org.assertj.core.groups.Tuple.tuple("revoke SEND_ON_BEHALF", "failed"),
                        org.assertj.core.groups.Tuple.tuple("revoke SEND_ON_BEHALF", "done"),
                        org.assertj.core.groups.Tuple.tuple("notify expiry", "delivered"));
    }

    @Test
    @DisplayName("without an end date nothing is scheduled")
    void noEndNoJob() {
        Chat pieter = chat(PIETER);
        Chat flip = chat(FLIP);
        CoverRequest.ask(flip, "");
        CoverRequest.approve(pieter, messenger);
        clock.advance(Duration.ofDays(400));
        assertThat(expiry.runDue()).isZero();
        assertThat(tenant.writes()).isEqualTo(List.of("grant receptie32 Flip Schoonen SEND_ON_BEHALF"));
    }
}
