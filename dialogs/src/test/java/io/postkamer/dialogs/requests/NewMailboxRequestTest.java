package io.postkamer.dialogs.requests;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.NESTOR;
import static io.postkamer.mailbox.Contoso.PIETER;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.demo.DemoTenant;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class NewMailboxRequestTest {
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final Requests requests = Requests.inMemory(messenger, RequestSettings.none(), Clock.systemUTC());
    private final MemoryStorage storage = new MemoryStorage();
    private final PostkamerBot bot = new PostkamerBot(
            tenant,
            new ConversationState(storage),
            new UserState(storage),
            BotUnderTest.QUICK,
            Executors.newCachedThreadPool(),
            Clock.systemUTC(),
            requests,
            Continuations.none());
    private final TestChannel channel;

    NewMailboxRequestTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        messenger.sendThrough(channel.messenger());
    }

    private Chat chat(String user, String locale) {
        Chat chat = new Chat(channel, () -> bot, "personal-" + user, user, locale);
        chat.say("hi");
        return chat;
    }

    @Test
    @DisplayName(
            "Flip asks for a new shared mailbox; Pieter approves; an admin's 'Create this mailbox' opens the create conversation with the name and the proposed members chosen")
    void requestApproveFulfil() {
        Chat pieter = chat(PIETER, "en-US");
        Chat flip = chat(FLIP, "en-US");
        flip.say("request a new shared mailbox");
        assertThat(flip.cardText()).contains("Request a new shared mailbox", "Proposed members (optional)");
        flip.press("request.submitnew", Map.of("name", "", "reason", "Campaign mail"));
        assertThat(flip.cardText()).contains("Give a name (at most 64 characters)");
        flip.press(
                "request.submitnew",
                Map.of("name", "Afdeling Marketing", "reason", "Campaign mail", "members", FLIP + "," + GER));
        assertThat(flip.cardText())
                .contains(
                        "Request #1: new shared mailbox Afdeling Marketing",
                        "New shared mailbox; proposed members: Flip Schoonen, Ger Verbeek",
                        "Campaign mail",
                        "Pieter Jansen");
        assertThat(CardActions.verbs(flip.card())).doesNotContain("request.fulfil");
        flip.invoke(
                "request.fulfil", CardActions.data(messenger.to(PIETER).get(0).card(), "request.approve", Map.of()));
        assertThat(flip.lastToast()).isEqualTo("You cannot approve or reject your own request.");

        pieter.invoke(
                "request.approve", CardActions.data(messenger.to(PIETER).get(0).card(), "request.approve", Map.of()));
        assertThat(pieter.cardText()).contains("Approved by Pieter Jansen");
        assertThat(messenger.to(FLIP).get(0).card().toString()).contains("Request #1 approved");
        assertThat(tenant.writes()).isEmpty();

        Chat ger = chat(GER, "en-US");
        ger.invoke(
                "request.fulfil", CardActions.data(messenger.to(PIETER).get(0).card(), "request.approve", Map.of()));
        assertThat(ger.lastToast()).contains("Only an Exchange administrator");

        Chat megan = chat(MEGAN, "en-US");
        megan.invoke(
                "request.refresh", CardActions.data(messenger.to(PIETER).get(0).card(), "request.approve", Map.of()));
        assertThat(CardActions.verbs(megan.card())).contains("request.fulfil");
        megan.invoke("request.fulfil", CardActions.data(megan.card(), "request.fulfil", Map.of()));
        assertThat(megan.cardText())
                .contains("I propose this address for \"Afdeling Marketing\"", "afdeling.marketing");
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        megan.press("create");
        assertThat(megan.cardText()).contains("Add members");
        com.fasterxml.jackson.databind.JsonNode picker = megan.card().findParents("id").stream()
                .filter(input -> input.path("id").asText().equals("members"))
                .findFirst()
                .orElseThrow();
        assertThat(picker.path("value").asText().split(","))
                .as("the members Flip proposed, already chosen")
                .containsExactlyInAnyOrder(FLIP, GER);
        assertThat(requests.audit().ofRequest(1))
                .extracting(
                        AuditEntry::action,
                        e -> e.actor().id(),
                        e -> e.outcome().word())
                .contains(
                        org.assertj.core.groups.Tuple.tuple("fulfil", FLIP, "refused"),
                        org.assertj.core.groups.Tuple.tuple("fulfil", GER, "refused"),
                        org.assertj.core.groups.Tuple.tuple("fulfil", MEGAN, "done"));
    }

    @Test
    @DisplayName("een nieuw gedeeld postvak aanvragen, in het Nederlands; zonder manager beslist een beheerder")
    void dutchNoManager() {
        Chat nestor = chat(NESTOR, "nl-NL");
        nestor.say("een nieuw gedeeld postvak aanvragen");
        assertThat(nestor.cardText()).contains("Een nieuw gedeeld postvak aanvragen");
        nestor.press("request.submitnew", Map.of("name", "Directie", "reason", "Post van de directie"));
        assertThat(nestor.cardText())
                .contains("Aanvraag #1: nieuw gedeeld postvak Directie", "nog niemand", "Een beheerder");
        Chat megan = chat(MEGAN, "nl-NL");
        megan.invoke(
                "request.fulfil",
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode()
                        .put("request", 1));
        assertThat(megan.cardText()).contains("Directie");
        assertThat(requests.store().find(1).orElseThrow().state()).isEqualTo(RequestState.APPROVED);
        assertThat(requests.store().find(1).orElseThrow().decidedBy()).contains(MEGAN);
        assertThat(messenger.to(NESTOR))
                .singleElement()
                .satisfies(sent -> assertThat(sent.card().toString())
                        .contains("Aanvraag #1 goedgekeurd", "goedgekeurd door Megan Bowen"));
    }
}
