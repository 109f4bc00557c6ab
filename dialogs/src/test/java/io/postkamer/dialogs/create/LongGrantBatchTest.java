package io.postkamer.dialogs.create;

import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.demo.DemoTenant;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A batch of grants that takes longer than the turn may wait: the press is answered at once with the
 * progress, the card changes in place as the batch goes on, and the results replace it when it is done.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class LongGrantBatchTest {
    private static final Duration PER_GRANT = Duration.ofMillis(40);
    private static final BotSettings IMPATIENT = new BotSettings(
            Duration.ofMillis(1),
            Duration.ofMillis(2),
            Duration.ofMillis(20),
            25,
            Duration.ofMillis(150),
            Duration.ZERO);

    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final TestChannel channel;
    private final PostkamerBot bot;

    LongGrantBatchTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        MemoryStorage storage = new MemoryStorage();
        this.bot = new PostkamerBot(
                slowGrants(tenant),
                new ConversationState(storage),
                new UserState(storage),
                IMPATIENT,
                Executors.newCachedThreadPool(),
                Clock.systemUTC(),
                Requests.inMemory(),
                Reviews.inMemory(),
                channel.continuations());
    }

    /** The demo tenant, each grant taking a while as on a real tenant. */
    private static MailboxService slowGrants(DemoTenant tenant) {
        InvocationHandler slow = (proxy, method, args) -> {
            if (method.getName().equals("grantAll")) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getName().equals("grant")) {
                Thread.sleep(PER_GRANT.toMillis());
            }
            try {
                return method.invoke(tenant, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (MailboxService) Proxy.newProxyInstance(
                MailboxService.class.getClassLoader(), new Class<?>[] {MailboxService.class}, slow);
    }

    @Test
    @DisplayName(
            "12 rights at 40 ms each: Apply answers with the progress, the card counts up in place, then shows the results")
    void progressThenResults() {
        List<Person> six = tenant.people().stream()
                .filter(p -> !p.id().equals(MEGAN))
                .limit(6)
                .toList();
        Chat megan = new Chat(channel, () -> bot, "long-batch", MEGAN, "en-US");
        megan.say("create a shared mailbox called Afdeling Marketing");
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        megan.press("create");
        megan.press(
                "next",
                Map.of("members", String.join(",", six.stream().map(Person::id).toList())));
        Map<String, String> fullAccessAndSendAs = new HashMap<>();
        for (int m = 0; m < six.size(); m++) {
            fullAccessAndSendAs.putAll(Map.of(
                    "m" + m + ".fullAccess",
                    "true",
                    "m" + m + ".autoMapping",
                    "true",
                    "m" + m + ".sendAs",
                    "true",
                    "m" + m + ".sendOnBehalf",
                    "false"));
        }

        megan.press("apply", fullAccessAndSendAs);

        assertThat(megan.cardText()).contains("Granting the permissions", "of 12 done");
        megan.awaitCard(card -> card.contains("Send As granted"), Duration.ofSeconds(10));
        assertThat(megan.cardText())
                .contains(six.get(0).displayName() + ": Full Access granted")
                .doesNotContain("failed");
        assertThat(tenant.writes())
                .filteredOn(write -> write.startsWith("grant"))
                .hasSize(12)
                .doesNotHaveDuplicates();
        if (channel.delivery() == TestChannel.Delivery.CONNECTOR) {
            assertThat(channel.updatesIn("long-batch"))
                    .as("the progress, counted up in place")
                    .anySatisfy(update -> assertThat(
                                    update.getAttachments().get(0).getContent().toString())
                            .containsPattern("Afdeling Marketing: ([1-9]|1[01]) of 12 done"));
        }

        megan.press("next");
        assertThat(megan.cardText()).contains("Block sign-in for the mailbox's account");
    }
}
