package io.postkamer.dialogs.requests;

import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.LOTTE;
import static io.postkamer.mailbox.Contoso.NESTOR;
import static io.postkamer.mailbox.Contoso.PIETER;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import io.postkamer.mailbox.demo.DemoTenant;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The helpdesk as the approver of last resort, and as the one who hands a request to another approver;
 * the footers of a request's card for each reader; a request opened by its number.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class HelpdeskDecidesTest {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    /** Words of the English cards that must not appear on a Dutch one. */
    private static final List<String> ENGLISH_WORDS =
            List.of("Approve", "Reject", "Waiting", "request", "You ", "approved", "asked by", "Only the");

    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final Requests requests = Requests.inMemory(messenger, new RequestSettings(List.of(LOTTE)), MONDAY);
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

    HelpdeskDecidesTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        messenger.sendThrough(channel.messenger());
    }

    @BeforeEach
    void flipHasNoSendAsYet() {
        tenant.revoke(RECEPTIE32, FLIP, Right.SEND_AS);
    }

    private Chat chat(String user, String locale) {
        Chat chat = new Chat(channel, () -> bot, "personal-" + user, user, locale);
        chat.say("hi");
        return chat;
    }

    /** Nestor, at the top of the organisation, asks for Full Access on Facturen, which has no owners. */
    private static void nestorAsksForFacturen(Chat nestor) {
        nestor.say("request access");
        nestor.press(
                "request.submit",
                Map.of(
                        "mailbox",
                        FACTUREN,
                        "fullAccess",
                        "true",
                        "sendAs",
                        "false",
                        "sendOnBehalf",
                        "false",
                        "reason",
                        "Invoices",
                        "until",
                        ""));
    }

    /** Flip asks for Send As on Ontvangstgebouw 32; his manager Pieter decides. */
    private static void flipAsksForSendAs(Chat flip) {
        flip.say("request access");
        flip.press(
                "request.submit",
                Map.of(
                        "mailbox",
                        RECEPTIE32,
                        "fullAccess",
                        "false",
                        "sendAs",
                        "true",
                        "sendOnBehalf",
                        "false",
                        "reason",
                        "Reception",
                        "until",
                        ""));
    }

    private static void assertNoEnglish(String dutchCard) {
        // A choice's value (a person's id) is in the card's text here, but Teams never shows it.
        assertThat(dutchCard).doesNotContain(ENGLISH_WORDS).doesNotContain("request.", "29:");
    }

    @Test
    @DisplayName(
            "without owners or a manager the helpdesk decides: Approve on its card, in the queue and next to the reject form; the footers follow")
    void helpdeskIsApproverOfLastResort() {
        Chat lotte = chat(LOTTE, "en-US");
        Chat nestor = chat(NESTOR, "en-US");
        nestorAsksForFacturen(nestor);
        assertThat(nestor.cardText())
                .contains("This is your request. Waiting for Lotte de Vries to decide")
                .doesNotContain("Only the approvers");
        JsonNode notice = messenger.to(LOTTE).get(0).card();
        assertThat(CardActions.verbs(notice)).contains("request.approve", "request.reject");

        lotte.say("request 1");
        assertThat(lotte.cardText()).contains("You can approve or reject this request.");
        assertThat(CardActions.verbs(lotte.card())).contains("request.approve", "request.reject", "request.reassign");

        lotte.say("queue");
        assertThat(lotte.cardText())
                .contains("#1 · Full Access on Facturen · asked by Nestor Wilke less than an hour ago"
                        + " · waiting for Lotte de Vries · not assigned")
                .doesNotContain("Only the approvers");
        assertThat(CardActions.verbs(lotte.card())).contains("request.approve", "request.reject");

        lotte.invoke("request.reject", CardActions.data(lotte.card(), "request.reject", Map.of()));
        assertThat(lotte.cardText()).contains("Reason for rejecting", "Say why you reject this request");
        assertThat(CardActions.verbs(lotte.card())).contains("request.rejectconfirm", "request.approve");

        lotte.invoke("request.approve", CardActions.data(lotte.card(), "request.approve", Map.of()));
        assertThat(lotte.cardText())
                .contains("Approved by Lotte de Vries on Nov 23, 2026", "You approved this request on Nov 23, 2026.")
                .doesNotContain("Only the approvers", "You can approve");
        assertThat(CardActions.verbs(lotte.card())).doesNotContain("request.approve", "request.reassign");
        assertThat(tenant.writes()).anyMatch(write -> write.startsWith("grant facturen Nestor Wilke FULL_ACCESS"));

        nestor.say("request #1");
        assertThat(nestor.cardText()).contains("Lotte de Vries approved this request on Nov 23, 2026.");
        nestor.say("my requests");
        assertThat(nestor.cardText())
                .contains("#1 · Full Access on Facturen · asked by Nestor Wilke less than an hour ago"
                        + " · Approved by Lotte de Vries on Nov 23, 2026");
    }

    @Test
    @DisplayName(
            "zonder eigenaar of manager beslist de helpdesk, in het Nederlands: goedkeuren vanuit de wachtrij, voetteksten zonder Engels")
    void helpdeskDecidesInDutch() {
        Chat lotte = chat(LOTTE, "nl-NL");
        Chat nestor = chat(NESTOR, "nl-NL");
        nestorAsksForFacturen(nestor);
        assertThat(nestor.cardText()).contains("Dit is uw aanvraag. Die wacht op een beslissing van Lotte de Vries");
        assertNoEnglish(nestor.cardText());

        lotte.say("wachtrij");
        assertThat(lotte.cardText())
                .contains("#1 · Volledige toegang voor Facturen · aangevraagd door Nestor Wilke, minder dan een uur"
                        + " geleden · wacht op Lotte de Vries · niet toegewezen");
        assertNoEnglish(lotte.cardText());
        assertThat(CardActions.verbs(lotte.card())).contains("request.approve");

        lotte.say("aanvraag 1");
        assertThat(lotte.cardText()).contains("U kunt deze aanvraag goedkeuren of afwijzen.");
        assertNoEnglish(lotte.cardText());

        lotte.say("wachtrij");
        lotte.invoke("request.approve", CardActions.data(lotte.card(), "request.approve", Map.of()));
        assertThat(lotte.cardText()).contains("U hebt deze aanvraag op 23 nov. 2026 goedgekeurd.");
        assertNoEnglish(lotte.cardText());

        nestor.say("aanvraag #1");
        assertThat(nestor.cardText()).contains("Lotte de Vries heeft deze aanvraag op 23 nov. 2026 goedgekeurd.");
        assertNoEnglish(nestor.cardText());
        nestor.say("mijn aanvragen");
        assertThat(nestor.cardText()).contains("Goedgekeurd door Lotte de Vries op 23 nov. 2026");
        assertNoEnglish(nestor.cardText());
    }

    @Test
    @DisplayName(
            "the helpdesk hands a request to another approver: told like a new request's approver, they decide; the audit has it")
    void helpdeskReassigns() {
        chat(PIETER, "en-US");
        Chat ger = chat(GER, "en-US");
        Chat flip = chat(FLIP, "en-US");
        flipAsksForSendAs(flip);
        assertThat(flip.cardText()).contains("Waiting for Pieter Jansen to decide");

        Chat lotte = chat(LOTTE, "en-US");
        lotte.say("request 1");
        assertThat(lotte.cardText())
                .contains(
                        "Waiting for Pieter Jansen to decide. As the helpdesk you can reject it or pass it to another approver.",
                        "Pass it to another approver")
                .doesNotContain("Only the approvers");
        assertThat(CardActions.verbs(lotte.card()))
                .contains("request.reject", "request.reassign")
                .doesNotContain("request.approve");
        assertThat(lotte.card().toString())
                .as("the manager offered first, any person through the picker")
                .contains("\"title\":\"Pieter Jansen\"", "postkamer.people");

        lotte.invoke("request.reassign", CardActions.data(lotte.card(), "request.reassign", Map.of("approver", GER)));
        assertThat(lotte.cardText()).contains("Waiting for Ger Verbeek to decide.");
        assertThat(messenger.to(FLIP))
                .as("the requester is told who decides now")
                .anySatisfy(sent -> assertThat(sent.card().toString())
                        .contains(
                                "Request #1 passed on",
                                "The helpdesk passed your request for Send As on Ontvangstgebouw 32 (receptie32@contoso.com)"
                                        + " to Ger Verbeek, who can now decide it."));
        assertThat(messenger.to(GER))
                .singleElement()
                .satisfies(sent -> assertThat(sent.card().toString())
                        .contains(
                                "Request #1: access to Ontvangstgebouw 32", "You can approve or reject this request."));
        ger.say("approvals");
        assertThat(ger.cardText()).contains("#1 · Send As on Ontvangstgebouw 32");
        lotte.say("queue");
        lotte.invoke("request.assign", CardActions.data(lotte.card(), "request.assign", Map.of()));
        assertThat(lotte.cardText())
                .as("taking it on keeps it with the approver it was handed to")
                .contains("waiting for Ger Verbeek · assigned to Lotte de Vries");

        ger.invoke("request.approve", CardActions.data(messenger.to(GER).get(0).card(), "request.approve", Map.of()));
        assertThat(ger.cardText()).contains("You approved this request on Nov 23, 2026.");
        assertThat(tenant.writes()).last().isEqualTo("grant receptie32 Flip Schoonen SEND_AS");
        lotte.say("request 1");
        assertThat(lotte.cardText()).contains("Ger Verbeek approved this request on Nov 23, 2026.");
        assertThat(requests.audit().ofRequest(1))
                .extracting(
                        AuditEntry::action,
                        e -> e.actor().id(),
                        e -> e.outcome().word(),
                        AuditEntry::detail)
                .contains(
                        tuple("reassign", LOTTE, "done", "from Pieter Jansen to Ger Verbeek"),
                        tuple("notify approver", "postkamer", "delivered", "Ger Verbeek (" + GER + ")"),
                        tuple(
                                "notify requester of reassignment",
                                "postkamer",
                                "delivered",
                                "Flip Schoonen (" + FLIP + ")"),
                        tuple("approve", GER, "done", ""));
    }

    @Test
    @DisplayName(
            "de helpdesk geeft een aanvraag door, in het Nederlands; de nieuwe goedkeurder krijgt hem in het Nederlands")
    void helpdeskReassignsInDutch() {
        chat(PIETER, "nl-NL");
        Chat ger = chat(GER, "nl-NL");
        Chat flip = chat(FLIP, "nl-NL");
        flipAsksForSendAs(flip);
        Chat lotte = chat(LOTTE, "nl-NL");
        lotte.say("aanvraag 1 openen");
        assertThat(lotte.cardText())
                .contains(
                        "Wacht op een beslissing van Pieter Jansen. Als helpdesk kunt u de aanvraag afwijzen of aan een"
                                + " andere goedkeurder doorgeven.",
                        "Doorgeven aan een andere goedkeurder",
                        "Doorgeven");
        assertNoEnglish(lotte.cardText());
        lotte.invoke("request.reassign", CardActions.data(lotte.card(), "request.reassign", Map.of("approver", GER)));
        assertThat(lotte.cardText()).contains("Wacht op een beslissing van Ger Verbeek.");
        assertThat(messenger.to(FLIP))
                .anySatisfy(sent -> assertThat(sent.card().toString())
                        .contains("Aanvraag #1 doorgegeven", "doorgegeven aan Ger Verbeek, die er nu over beslist."));
        assertThat(messenger.to(GER))
                .singleElement()
                .satisfies(sent ->
                        assertThat(sent.card().toString()).contains("U kunt deze aanvraag goedkeuren of afwijzen."));
        ger.invoke("request.reject", CardActions.data(messenger.to(GER).get(0).card(), "request.reject", Map.of()));
        ger.invoke(
                "request.rejectconfirm",
                CardActions.data(
                        ger.card(), "request.rejectconfirm", Map.of("rejectReason", "Anouk doet de receptie")));
        assertThat(ger.cardText()).contains("U hebt deze aanvraag op 23 nov. 2026 afgewezen.");
        assertNoEnglish(ger.cardText());
        flip.say("aanvraag 1");
        assertThat(flip.cardText()).contains("Ger Verbeek heeft deze aanvraag op 23 nov. 2026 afgewezen.");
    }

    @Test
    @DisplayName(
            "crafted presses are refused, audited and change nothing: a reassign by staff, to the requester, to nobody, of another number; opening another's request")
    void craftedPressesRefused() {
        chat(PIETER, "en-US");
        Chat flip = chat(FLIP, "en-US");
        flipAsksForSendAs(flip);
        Chat ger = chat(GER, "en-US");
        Chat lotte = chat(LOTTE, "en-US");
        List<String> writes = tenant.writes();

        ger.invoke("request.reassign", data(1, GER));
        assertThat(ger.lastToast())
                .isEqualTo("Only the helpdesk and administrators can pass a request to another approver.");
        ger.say("request 1");
        assertThat(ger.lastToast()).isEqualTo("You cannot see this: request #1.");
        ger.invoke("request.approve", data(1, GER));
        assertThat(ger.lastToast()).isEqualTo("You are not an approver of this request.");
        flip.invoke("request.reassign", data(1, PIETER));
        assertThat(flip.lastToast())
                .isEqualTo("Only the helpdesk and administrators can pass a request to another approver.");

        lotte.invoke("request.reassign", data(1, FLIP));
        assertThat(lotte.lastToast()).isEqualTo("The requester cannot decide their own request: choose someone else.");
        lotte.invoke("request.reassign", data(1, "00000000-0000-0000-0000-000000000000"));
        assertThat(lotte.lastToast()).isEqualTo("That person is not in the directory: choose someone from the list.");
        lotte.invoke("request.reassign", data(7, GER));
        assertThat(lotte.lastToast()).isEqualTo("There is no request #7.");
        lotte.invoke("request.approve", data(1, ""));
        assertThat(lotte.lastToast()).isEqualTo("You are not an approver of this request.");

        AccessRequest unchanged = requests.store().find(1).orElseThrow();
        assertThat(unchanged.state()).isEqualTo(RequestState.PENDING);
        assertThat(unchanged.approverIds()).containsExactly(PIETER);
        assertThat(unchanged.assignedTo()).isEmpty();
        assertThat(unchanged.reassignedTo()).isEmpty();
        assertThat(tenant.writes()).isEqualTo(writes);
        assertThat(messenger.to(GER)).isEmpty();
        assertThat(requests.audit().all(io.postkamer.dialogs.audit.AuditFilter.everything()))
                .filteredOn(e -> e.outcome() == AuditEntry.Outcome.REFUSED)
                .extracting(e -> e.actor().id(), AuditEntry::action)
                .containsExactly(
                        tuple(GER, "reassign"),
                        tuple(GER, "view"),
                        tuple(GER, "approve"),
                        tuple(FLIP, "reassign"),
                        tuple(LOTTE, "reassign"),
                        tuple(LOTTE, "reassign"),
                        tuple(LOTTE, "reassign"),
                        tuple(LOTTE, "approve"));
        assertThat(requests.audit().all(io.postkamer.dialogs.audit.AuditFilter.everything()))
                .filteredOn(e -> e.action().equals("reassign"))
                .noneMatch(e -> e.outcome() == AuditEntry.Outcome.DONE);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode data(long request, String approver) {
        return JsonNodeFactory.instance.objectNode().put("request", request).put("approver", approver);
    }
}
