package io.postkamer.dialogs.requests;

import static io.postkamer.mailbox.Contoso.ADELE;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.LOTTE;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.NESTOR;
import static io.postkamer.mailbox.Contoso.PIETER;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditFilter;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class AccessRequestConversationTest {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final Requests requests = Requests.inMemory(messenger, new RequestSettings(List.of(LOTTE)), MONDAY);
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

    AccessRequestConversationTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        messenger.sendThrough(channel.messenger());
    }

    private Chat chat(String user, String locale) {
        Chat chat = new Chat(channel, () -> bot, "personal-" + user, user, locale);
        chat.say("hi");
        return chat;
    }

    @BeforeEach
    void flipHasNoSendAsYet() {
        tenant.revoke(RECEPTIE32, FLIP, Right.SEND_AS);
    }

    private static Map<String, String> sendAs(String reason) {
        Map<String, String> inputs = new HashMap<>(Map.of(
                "mailbox",
                RECEPTIE32,
                "fullAccess",
                "false",
                "sendAs",
                "true",
                "sendOnBehalf",
                "false",
                "reason",
                reason));
        inputs.put("until", "");
        return inputs;
    }

    private static TestChannel.Turn press(Chat chat, JsonNode card, String verb, Map<String, String> inputs) {
        return chat.invoke(verb, CardActions.data(card, verb, inputs));
    }

    /** Flip asks for Send As on Ontvangstgebouw 32; returns the card Pieter received. */
    private JsonNode flipAsksForSendAs(Chat flip) {
        flip.say("request access to receptie32");
        assertThat(flip.cardText())
                .contains("Request access to a shared mailbox", "Ontvangstgebouw 32 (receptie32@contoso.com)");
        assertThat(flip.card().findValue("choices").toString()).contains(RECEPTIE32);
        flip.press("request.submit", sendAs("I take over the reception on Tuesdays"));
        assertThat(flip.cardText())
                .contains(
                        "Request #1: access to Ontvangstgebouw 32",
                        "Flip Schoonen",
                        "Send As",
                        "I take over the reception on Tuesdays",
                        "Waiting for approval",
                        "Pieter Jansen",
                        "This is your request");
        assertThat(CardActions.verbs(flip.card())).doesNotContain("request.approve");
        assertThat(messenger.to(PIETER)).hasSize(1);
        return messenger.to(PIETER).get(0).card();
    }

    @Test
    @DisplayName(
            "an approver who never used the bot cannot be reached: Flip is told whom to ask, and the request waits for them")
    void approverNeverReached() {
        Chat flip = chat(FLIP, "en-US");
        flip.say("request access to receptie32");
        flip.press("request.submit", sendAs("I take over the reception on Tuesdays"));

        assertThat(messenger.to(PIETER)).isEmpty();
        assertThat(flip.cardText())
                .contains(
                        "Request #1: nobody has seen it yet",
                        "Pieter Jansen has not used Postkamer in Teams yet",
                        "the helpdesk can also pass it to another approver or reject it");
        assertThat(requests.store().find(1).orElseThrow().state()).isEqualTo(RequestState.PENDING);

        Chat pieter = chat(PIETER, "en-US");
        pieter.say("approvals");
        assertThat(pieter.cardText()).contains("Ontvangstgebouw 32");
    }

    @Test
    @DisplayName(
            "Flip asks for Send As on receptie32, his manager Pieter approves: granted once, Flip is told how to use it")
    void managerApproves() {
        Chat pieter = chat(PIETER, "en-US");
        Chat flip = chat(FLIP, "en-US");
        JsonNode approval = flipAsksForSendAs(flip);
        assertThat(approval.toString())
                .contains(
                        "You can approve or reject this request",
                        "request.approve",
                        "request.reject",
                        "\"refresh\"",
                        "29:" + FLIP,
                        "29:" + PIETER);
        assertThat(tenant.writes()).containsExactly("revoke receptie32 Flip Schoonen SEND_AS");

        press(pieter, approval, "request.approve", Map.of());
        assertThat(pieter.cardText())
                .contains("Approved by Pieter Jansen on Nov 23, 2026", "The permissions have been granted.");
        assertThat(CardActions.verbs(pieter.card())).doesNotContain("request.approve");
        assertThat(tenant.writes())
                .containsExactly("revoke receptie32 Flip Schoonen SEND_AS", "grant receptie32 Flip Schoonen SEND_AS");
        assertThat(messenger.to(FLIP)).hasSize(1);
        assertThat(messenger.to(FLIP).get(0).card().toString())
                .contains(
                        "Request #1 approved",
                        "Your request for Send As on Ontvangstgebouw 32 (receptie32@contoso.com) was approved by Pieter Jansen",
                        "can take up to an hour");

        press(pieter, approval, "request.approve", Map.of());
        assertThat(pieter.lastToast()).isEqualTo("This request has already been decided.");
        assertThat(tenant.writes()).hasSize(2);
        assertThat(messenger.to(FLIP)).hasSize(1);

        flip.say("my requests");
        assertThat(flip.cardText())
                .contains(
                        "Your requests",
                        "#1 · Send As on Ontvangstgebouw 32 · asked by Flip Schoonen less than an hour ago"
                                + " · Approved by Pieter Jansen on Nov 23, 2026");
        assertThat(requests.audit().ofRequest(1))
                .extracting(
                        AuditEntry::action,
                        e -> e.actor().id(),
                        e -> e.outcome().word())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("request", FLIP, "done"),
                        org.assertj.core.groups.Tuple.tuple("notify approver", "postkamer", "delivered"),
                        org.assertj.core.groups.Tuple.tuple("approve", PIETER, "done"),
                        org.assertj.core.groups.Tuple.tuple("grant SEND_AS", "postkamer", "done"),
                        org.assertj.core.groups.Tuple.tuple("notify requester", "postkamer", "delivered"));
        assertThat(requests.audit().ofMailbox("receptie32@contoso.com", 10))
                .extracting(
                        e -> e.action(),
                        e -> e.actor().id(),
                        e -> e.actor().name(),
                        AuditEntry::request,
                        AuditEntry::outcome)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "grant SEND_AS", "postkamer", "Postkamer", 1L, AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple(
                                "approve", PIETER, "Pieter Jansen", 1L, AuditEntry.Outcome.DONE));
    }

    @Test
    @DisplayName("Pieter rejects with a reason: nothing is granted and Flip reads the reason")
    void managerRejectsWithReason() {
        Chat pieter = chat(PIETER, "en-US");
        Chat flip = chat(FLIP, "en-US");
        JsonNode approval = flipAsksForSendAs(flip);

        press(pieter, approval, "request.reject", Map.of());
        assertThat(pieter.cardText()).contains("Reason for rejecting");
        pieter.invoke(
                "request.rejectconfirm",
                CardActions.data(pieter.card(), "request.rejectconfirm", Map.of("rejectReason", " ")));
        assertThat(pieter.cardText()).contains("Give a reason for rejecting.");
        assertThat(requests.store().find(1).orElseThrow().state()).isEqualTo(RequestState.PENDING);

        pieter.invoke(
                "request.rejectconfirm",
                CardActions.data(
                        pieter.card(), "request.rejectconfirm", Map.of("rejectReason", "Anouk covers Tuesdays")));
        assertThat(pieter.cardText()).contains("Rejected by Pieter Jansen on Nov 23, 2026: Anouk covers Tuesdays");
        assertThat(tenant.writes()).containsExactly("revoke receptie32 Flip Schoonen SEND_AS");
        assertThat(messenger.to(FLIP))
                .singleElement()
                .extracting(sent -> sent.card().toString())
                .asString()
                .contains("Request #1 rejected", "was rejected by Pieter Jansen: Anouk covers Tuesdays");
    }

    @Test
    @DisplayName("nobody approves their own request, not even an administrator")
    void selfApprovalRefused() {
        chat(PIETER, "en-US");
        Chat flip = chat(FLIP, "en-US");
        flipAsksForSendAs(flip);
        flip.invoke(
                "request.approve", CardActions.data(messenger.to(PIETER).get(0).card(), "request.approve", Map.of()));
        assertThat(flip.lastToast()).isEqualTo("You cannot approve or reject your own request.");

        Chat megan = chat(MEGAN, "en-US");
        megan.say("request access to Facturen");
        megan.press(
                "request.submit",
                Map.of(
                        "mailbox",
                        io.postkamer.mailbox.Contoso.FACTUREN,
                        "fullAccess",
                        "true",
                        "sendAs",
                        "false",
                        "sendOnBehalf",
                        "false",
                        "reason",
                        "Audit",
                        "until",
                        ""));
        assertThat(megan.cardText()).contains("Request #2");
        megan.invoke(
                "request.approve",
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode()
                        .put("request", 2));
        assertThat(megan.lastToast()).isEqualTo("You cannot approve or reject your own request.");

        assertThat(requests.store().pending()).hasSize(2);
        assertThat(tenant.writes()).containsExactly("revoke receptie32 Flip Schoonen SEND_AS");
        assertThat(requests.audit().all(AuditFilter.everything()))
                .filteredOn(e -> e.outcome() == AuditEntry.Outcome.REFUSED)
                .extracting(e -> e.actor().id(), AuditEntry::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FLIP, "request.refused.own"),
                        org.assertj.core.groups.Tuple.tuple(MEGAN, "request.refused.own"));
    }

    @Test
    @DisplayName(
            "a crafted Approve from someone who is not an approver is refused and recorded; an administrator may approve")
    void nonApproverRefusedAdminMayApprove() {
        chat(PIETER, "en-US");
        Chat flip = chat(FLIP, "en-US");
        JsonNode approval = flipAsksForSendAs(flip);
        Chat ger = chat(GER, "en-US");

        ger.invoke("request.approve", CardActions.data(approval, "request.approve", Map.of()));
        assertThat(ger.lastToast()).isEqualTo("You are not an approver of this request.");
        ger.invoke(
                "request.rejectconfirm", CardActions.data(approval, "request.approve", Map.of("rejectReason", "no")));
        assertThat(ger.lastToast()).isEqualTo("You are not an approver of this request.");
        ger.invoke("request.refresh", CardActions.data(approval, "request.approve", Map.of()));
        assertThat(ger.lastToast())
                .as("someone who is not its requester, approver, helpdesk or an administrator")
                .isEqualTo("You cannot see this: request #1.");
        assertThat(requests.store().find(1).orElseThrow().state()).isEqualTo(RequestState.PENDING);
        assertThat(tenant.writes()).hasSize(1);
        assertThat(requests.audit().ofRequest(1))
                .filteredOn(e -> e.actor().id().equals(GER))
                .extracting(AuditEntry::action, e -> e.outcome().word(), AuditEntry::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("approve", "refused", "request.refused.notApprover"),
                        org.assertj.core.groups.Tuple.tuple("reject", "refused", "request.refused.notApprover"),
                        org.assertj.core.groups.Tuple.tuple(
                                "view", "refused", "not the requester, an approver, the helpdesk or an administrator"));

        Chat adele = chat(ADELE, "en-US");
        adele.invoke("request.approve", CardActions.data(approval, "request.approve", Map.of()));
        assertThat(adele.cardText()).contains("Approved by Adele Vance");
        assertThat(tenant.writes()).last().isEqualTo("grant receptie32 Flip Schoonen SEND_AS");
    }

    @Test
    @DisplayName("mailbox owners set by an admin approve instead of the manager; without a manager the helpdesk does")
    void ownersThenManagerThenHelpdesk() {
        Chat flip = chat(FLIP, "en-US");
        flip.say("set owners of receptie32@contoso.com to Lotte de Vries");
        assertThat(flip.lastToast()).contains("Only an Exchange administrator");

        Chat megan = chat(MEGAN, "en-US");
        megan.say("set owners of receptie32@contoso.com to Ger Verbeek, Lotte de Vries");
        assertThat(megan.lastToast())
                .isEqualTo(
                        "Owners of Ontvangstgebouw 32: Ger Verbeek, Lotte de Vries. They approve access requests for this mailbox.");
        chat(GER, "en-US");
        flip.say("request access");
        flip.press("request.submit", sendAs("Reception"));
        assertThat(flip.cardText()).contains("Ger Verbeek, Lotte de Vries");
        assertThat(messenger.to(GER)).hasSize(1);
        assertThat(messenger.to(PIETER)).isEmpty();

        Chat pieter = chat(PIETER, "en-US");
        pieter.invoke(
                "request.approve", CardActions.data(messenger.to(GER).get(0).card(), "request.approve", Map.of()));
        assertThat(pieter.lastToast()).isEqualTo("You are not an approver of this request.");

        chat(LOTTE, "nl-NL");
        Chat nestor = chat(NESTOR, "nl-NL");
        nestor.say("toegang aanvragen");
        assertThat(nestor.cardText()).contains("Toegang tot een gedeeld postvak aanvragen");
        nestor.press(
                "request.submit",
                Map.of(
                        "mailbox",
                        io.postkamer.mailbox.Contoso.FACTUREN,
                        "fullAccess",
                        "true",
                        "sendAs",
                        "false",
                        "sendOnBehalf",
                        "false",
                        "reason",
                        "Facturen boeken",
                        "until",
                        "2026-12-31"));
        assertThat(nestor.cardText())
                .contains(
                        "Aanvraag #2: toegang tot Facturen", "Lotte de Vries", "Wacht op goedkeuring", "31 dec. 2026");
    }

    @Test
    @DisplayName(
            "a form with no permission, no reason or a past end date is shown again with the reason; nothing is stored")
    void badFormChangesNothing() {
        Chat flip = chat(FLIP, "en-US");
        flip.say("request access");
        Map<String, String> none = new HashMap<>(sendAs("Reception"));
        none.put("sendAs", "false");
        flip.press("request.submit", none);
        assertThat(flip.cardText()).contains("Choose at least one permission.");
        Map<String, String> past = new HashMap<>(sendAs("Reception"));
        past.put("until", "2026-11-23");
        flip.press("request.submit", past);
        assertThat(flip.cardText()).contains("The end date must be a date after today.");
        flip.press("request.submit", Map.of("mailbox", RECEPTIE32, "fullAccess", "true", "reason", "x"));
        assertThat(flip.lastToast()).contains("You already have Full Access on Ontvangstgebouw 32");
        assertThat(requests.store().pending()).isEmpty();

        flip.press("request.submit", sendAs("Reception"));
        flip.press("request.submit", sendAs("Reception"));
        assertThat(requests.store().pending()).hasSize(1);
        assertThat(messenger.to(PIETER)).isEmpty();
        assertThat(requests.audit().ofRequest(1))
                .extracting(AuditEntry::action, e -> e.outcome().word())
                .contains(org.assertj.core.groups.Tuple.tuple("notify approver", "not delivered"));
    }
}
