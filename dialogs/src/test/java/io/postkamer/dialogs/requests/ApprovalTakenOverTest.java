package io.postkamer.dialogs.requests;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.PIETER;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.DirectoryNames;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.MutableClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The instance that approves a request stops after the approval is stored and before the rights are
 * granted. Another instance's scheduler takes over: the rights are granted once and the requester is
 * told, as if nothing had happened.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class ApprovalTakenOverTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final Requests requests = Requests.inMemory(messenger, RequestSettings.none(), clock);
    private final MemoryStorage storage = new MemoryStorage();
    private final AtomicBoolean stopAtGrant = new AtomicBoolean();
    private final PostkamerBot bot = new PostkamerBot(
            stoppingAtGrant(tenant),
            new ConversationState(storage),
            new UserState(storage),
            BotUnderTest.QUICK,
            Executors.newCachedThreadPool(),
            Clock.systemUTC(),
            requests,
            Reviews.inMemory(),
            Continuations.none());
    private final TestChannel channel;

    ApprovalTakenOverTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        messenger.sendThrough(channel.messenger());
    }
    /** The scheduler of another instance, on the same requests and tenant. */
    private final AccessExpiry otherInstance =
            new AccessExpiry(tenant, requests, new RequestRecorder(requests, new DirectoryNames(tenant)), "instance-2");

    /** The process ends here: an Error, which nothing in the bot catches as a mailbox problem. */
    private static final class InstanceStopped extends Error {
        InstanceStopped() {
            super("the instance stopped");
        }
    }

    /** The tenant, except that the first grant after {@link #stopAtGrant} is set stops the instance. */
    private MailboxService stoppingAtGrant(MailboxService service) {
        return (MailboxService) Proxy.newProxyInstance(
                MailboxService.class.getClassLoader(),
                new Class<?>[] {MailboxService.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("grant") && stopAtGrant.getAndSet(false)) {
                        throw new InstanceStopped();
                    }
                    try {
                        return method.invoke(service, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }

    private Chat chat(String user) {
        Chat chat = new Chat(channel, () -> bot, "personal-" + user, user, "en-US");
        chat.say("hi");
        return chat;
    }

    @Test
    @DisplayName(
            "stopped between the approval and the grant: two minutes later another instance grants once and tells the requester")
    void anotherInstanceGrantsWhatWasApproved() {
        Chat pieter = chat(PIETER);
        Chat flip = chat(FLIP);
        CoverRequest.ask(flip, "");
        stopAtGrant.set(true);

        CoverRequest.approve(pieter, messenger);

        AccessRequest approved = requests.store().find(1).orElseThrow();
        assertThat(approved.state()).isEqualTo(RequestState.APPROVED);
        assertThat(approved.applied()).isEqualTo(ApplyState.NOT_YET);
        assertThat(tenant.writes()).isEmpty();
        assertThat(messenger.to(FLIP)).as("nobody told Flip anything yet").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(otherInstance.runDue())
                .as("the approving instance still has time")
                .isZero();

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(otherInstance.runDue()).isEqualTo(1);

        assertThat(tenant.writes()).containsExactly("grant receptie32 Flip Schoonen SEND_ON_BEHALF");
        assertThat(requests.store().find(1).orElseThrow().applied()).isEqualTo(ApplyState.APPLIED);
        assertThat(messenger.to(FLIP)).hasSize(1);
        assertThat(messenger.to(FLIP).get(0).card().toString())
                .contains("Request #1", "Send on Behalf", "Ontvangstgebouw 32");
        assertThat(requests.audit().ofRequest(1))
                .extracting(AuditEntry::action, e -> e.outcome().word())
                .containsSubsequence(
                        Tuple.tuple("approve", "done"),
                        Tuple.tuple("take over grant", "done"),
                        Tuple.tuple("grant SEND_ON_BEHALF", "done"));

        clock.advance(Duration.ofDays(1));
        assertThat(otherInstance.runDue()).isZero();
        assertThat(tenant.writes()).hasSize(1);
    }

    @Test
    @DisplayName("an approval granted by its own press leaves nothing for another instance to do")
    void nothingToTakeOverAfterAGrant() {
        Chat pieter = chat(PIETER);
        Chat flip = chat(FLIP);
        CoverRequest.ask(flip, "");

        CoverRequest.approve(pieter, messenger);
        clock.advance(Duration.ofMinutes(5));

        assertThat(otherInstance.runDue()).isZero();
        assertThat(tenant.writes()).containsExactly("grant receptie32 Flip Schoonen SEND_ON_BEHALF");
        assertThat(requests.audit().ofRequest(1)).extracting(AuditEntry::action).doesNotContain("take over grant");
    }
}
