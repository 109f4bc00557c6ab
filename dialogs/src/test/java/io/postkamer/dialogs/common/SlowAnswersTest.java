package io.postkamer.dialogs.common;

import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.schema.Activity;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.MailboxService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A tenant that takes longer than a person waits: the turn answers with a card that says it is at it, and the
 * answer takes that card's place where the channel allows it (Teams); where the answer comes in the HTTP response,
 * both arrive, in order. A tenant that answers in time shows no such card.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class SlowAnswersTest {
    private static final Duration PATIENCE = Duration.ofMillis(300);
    private static final Duration SLOW = Duration.ofMillis(1_200);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WORKING = Texts.forLocale("en-US").get("working.title");

    private final TestChannel channel;
    private final MailboxService tenant = ContosoTenant.readyAtOnce();
    private volatile boolean slow = true;

    SlowAnswersTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    /** Every page of mailboxes takes {@link #SLOW} while {@link #slow} holds. */
    private MailboxService slowTenant() {
        return (MailboxService) Proxy.newProxyInstance(
                MailboxService.class.getClassLoader(), new Class<?>[] {MailboxService.class}, (proxy, method, args) -> {
                    if (slow && method.getName().equals("sharedMailboxes") && method.getParameterCount() == 2) {
                        Thread.sleep(SLOW.toMillis());
                    }
                    try {
                        return method.invoke(tenant, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private PostkamerBot bot() {
        BotSettings quick = BotUnderTest.QUICK;
        BotSettings patient = new BotSettings(
                quick.firstPoll(),
                quick.maxPollInterval(),
                quick.pollBudget(),
                quick.pickerChoices(),
                PATIENCE,
                quick.followUpFor());
        MemoryStorage storage = new MemoryStorage();
        return BotUnderTest.over(
                slowTenant(), storage, patient, Executors.newCachedThreadPool(), new InMemoryAuditTrail());
    }

    private static boolean isWorkingCard(Activity activity) {
        return cardOf(activity).map(card -> card.toString().contains(WORKING)).orElse(false);
    }

    private static Optional<JsonNode> cardOf(Activity activity) {
        return Optional.ofNullable(activity.getAttachments())
                .flatMap(list -> list.stream().findFirst())
                .map(attachment -> JSON.valueToTree(attachment.getContent()));
    }

    @Test
    @DisplayName("a typed command that outlasts patience shows the working card, and the list takes its place")
    void typedCommandGetsAWorkingCardThatTheAnswerReplaces() {
        PostkamerBot bot = bot();
        Chat megan = new Chat(channel, () -> bot, "slow-typed", MEGAN, "en-US");
        TestChannel.Turn turn = megan.say("show shared mailboxes");

        assertThat(turn.posted()).first().matches(SlowAnswersTest::isWorkingCard, "the working card");
        if (channel.delivery() == TestChannel.Delivery.CONNECTOR) {
            assertThat(turn.posted()).as("nothing below the working card").hasSize(1);
            assertThat(turn.updated()).singleElement().satisfies(update -> {
                assertThat(update.getId()).isEqualTo(turn.posted().get(0).getId());
                assertThat(cardOf(update).orElseThrow().toString()).contains("Ontvangstgebouw 32");
            });
        } else {
            assertThat(turn.posted()).as("the working card, then the answer").hasSize(2);
            assertThat(cardOf(turn.posted().get(1)).orElseThrow().toString()).contains("Ontvangstgebouw 32");
        }
        assertThat(megan.cardText()).contains("Ontvangstgebouw 32").doesNotContain(WORKING);
    }

    @Test
    @DisplayName("a pressed button that outlasts patience becomes the working card, then the answer")
    void pressedButtonBecomesTheWorkingCardThenTheAnswer() {
        PostkamerBot bot = bot();
        Chat megan = new Chat(channel, () -> bot, "slow-press", MEGAN, "en-US");
        slow = false;
        megan.say("show shared mailboxes");
        slow = true;
        TestChannel.Turn turn = megan.invoke("list", JsonNodeFactory.instance.objectNode());

        JsonNode answer = JSON.valueToTree(turn.invokeResponse().orElseThrow().getBody());
        assertThat(answer.path("value").toString())
                .as("the invoke is answered with the working card")
                .contains(WORKING);
        if (channel.delivery() == TestChannel.Delivery.CONNECTOR) {
            assertThat(turn.updated())
                    .singleElement()
                    .satisfies(update ->
                            assertThat(cardOf(update).orElseThrow().toString()).contains("Ontvangstgebouw 32"));
            assertThat(megan.cardText()).contains("Ontvangstgebouw 32");
        } else {
            assertThat(turn.posted())
                    .singleElement()
                    .satisfies(posted ->
                            assertThat(cardOf(posted).orElseThrow().toString()).contains("Ontvangstgebouw 32"));
        }
    }

    @Test
    @DisplayName("a tenant that answers in time shows no working card")
    void quickAnswerShowsNoWorkingCard() {
        slow = false;
        PostkamerBot bot = bot();
        Chat megan = new Chat(channel, () -> bot, "quick", MEGAN, "en-US");
        TestChannel.Turn turn = megan.say("show shared mailboxes");
        assertThat(turn.posted())
                .singleElement()
                .satisfies(posted -> assertThat(isWorkingCard(posted)).isFalse());
        assertThat(turn.updated()).isEmpty();
        assertThat(List.of(megan.cardText())).noneMatch(text -> text.contains(WORKING));
    }
}
