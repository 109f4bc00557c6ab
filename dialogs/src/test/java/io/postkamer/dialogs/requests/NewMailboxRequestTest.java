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
import io.postkamer.dialogs.reviews.Reviews;
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
            Reviews.inMemory(),
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
                        "Pieter Jansen")
                .as("a new mailbox is asked for, with no permissions and no end date to speak of")
                .contains("Asked for")
                .doesNotContain("Permissions", "Until", "No end date");
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
                .contains("Aanvraag #1: nieuw gedeeld postvak Directie", "nog niemand", "Een beheerder", "Gevraagd")
                .doesNotContain("Machtigingen", "Tot en met", "Geen einddatum");
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

    /** Flip asks for "Afdeling Marketing" and Pieter, his manager, approves it. */
    private void marketingApprovedByPieter(String locale) {
        Chat pieter = chat(PIETER, locale);
        Chat flip = chat(FLIP, locale);
        flip.say("request a new shared mailbox");
        flip.press(
                "request.submitnew",
                Map.of("name", "Afdeling Marketing", "reason", "Campaign mail", "members", FLIP + "," + GER));
        pieter.invoke(
                "request.approve", CardActions.data(messenger.to(PIETER).get(0).card(), "request.approve", Map.of()));
    }

    @Test
    @DisplayName(
            "an approved new-mailbox request waits for administrators in 'approvals', the queue and 'request 1', with Create this mailbox; others may not open it")
    void approvedNewMailboxReachesAdministrators() {
        marketingApprovedByPieter("en-US");
        Chat megan = chat(MEGAN, "en-US");
        megan.say("approvals");
        assertThat(megan.cardText())
                .contains(
                        "Requests waiting for you",
                        "#1 · new shared mailbox Afdeling Marketing · asked by Flip Schoonen less than an hour ago"
                                + " · approved by Pieter Jansen on ",
                        ", not created yet");
        assertThat(CardActions.verbs(megan.card())).contains("request.fulfil");
        megan.say("queue");
        assertThat(megan.cardText()).contains("#1 · new shared mailbox Afdeling Marketing", "not created yet");
        assertThat(CardActions.verbs(megan.card()))
                .contains("request.fulfil")
                .doesNotContain("request.assign", "request.reject");
        megan.say("request #1");
        assertThat(megan.cardText()).contains("Pieter Jansen approved this request on ");
        assertThat(CardActions.verbs(megan.card())).contains("request.fulfil");

        Chat ger = chat(GER, "en-US");
        ger.say("request 1");
        assertThat(ger.lastToast()).isEqualTo("You cannot see this: request #1.");
        ger.say("approvals");
        assertThat(ger.cardText()).contains("There are no requests here.");
        Chat flip = chat(FLIP, "en-US");
        flip.say("approvals");
        assertThat(CardActions.verbs(flip.card()))
                .as("the requester does not create their own request")
                .doesNotContain("request.fulfil");
        assertThat(requests.audit().ofRequest(1))
                .filteredOn(e -> e.outcome() == AuditEntry.Outcome.REFUSED)
                .extracting(AuditEntry::action, e -> e.actor().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("view", GER));

        megan.say("approvals");
        megan.invoke("request.fulfil", CardActions.data(megan.card(), "request.fulfil", Map.of()));
        assertThat(megan.cardText()).contains("I propose this address for \"Afdeling Marketing\"");
        megan.say("approvals");
        assertThat(megan.cardText())
                .as("creating it has started: no longer waiting")
                .contains("There are no requests here.");
    }

    @Test
    @DisplayName(
            "een goedgekeurde aanvraag voor een nieuw postvak staat voor beheerders in 'goedkeuringen' en de wachtrij, in het Nederlands")
    void approvedNewMailboxInDutch() {
        marketingApprovedByPieter("nl-NL");
        Chat megan = chat(MEGAN, "nl-NL");
        megan.say("goedkeuringen");
        assertThat(megan.cardText())
                .contains(
                        "Aanvragen die op u wachten",
                        "#1 · nieuw gedeeld postvak Afdeling Marketing · aangevraagd door Flip Schoonen, minder dan een"
                                + " uur geleden · goedgekeurd door Pieter Jansen op ",
                        "nog niet gemaakt",
                        "Dit postvak maken")
                .doesNotContain("approved", "Create", "asked");
        megan.say("wachtrij");
        assertThat(megan.cardText()).contains("nieuw gedeeld postvak Afdeling Marketing", "Dit postvak maken");
        megan.say("aanvraag 1");
        assertThat(megan.cardText())
                .contains("Pieter Jansen heeft deze aanvraag op ", "goedgekeurd.", "Dit postvak maken")
                .doesNotContain("approved", "Only the");
    }
}
