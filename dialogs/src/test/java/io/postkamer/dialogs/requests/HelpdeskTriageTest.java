package io.postkamer.dialogs.requests;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.LOTTE;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.PIETER;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.requests.memory.MemoryDownloads;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class HelpdeskTriageTest {
    private static final String CHANNEL = "19:helpdesk@thread.tacv2";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final RecordingMessenger messenger = new RecordingMessenger();
    private final Requests requests = Requests.inMemory(
            messenger, new RequestSettings(List.of(LOTTE), Duration.ofDays(2), Optional.empty()), clock);
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final MemoryStorage storage = new MemoryStorage();
    private final PostkamerBot bot = new PostkamerBot(
            tenant,
            new ConversationState(storage),
            new UserState(storage),
            BotUnderTest.QUICK,
            Executors.newCachedThreadPool(),
            clock,
            requests,
            Reviews.inMemory(),
            Continuations.none());
    private final TestChannel channel;

    HelpdeskTriageTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        messenger.sendThrough(channel.messenger());
    }

    private final AccessExpiry jobs = new AccessExpiry(
            tenant,
            requests,
            new RequestRecorder(requests, new io.postkamer.dialogs.audit.DirectoryNames(tenant)),
            "i1");

    private Chat chat(String user) {
        Chat chat = new Chat(channel, () -> bot, "personal-" + user, user, "en-US");
        chat.say("hi");
        return chat;
    }

    @BeforeEach
    void flipHasNoSendAsYet() {
        tenant.revoke(RECEPTIE32, FLIP, Right.SEND_AS);
    }

    private void flipAsks(Chat flip) {
        flip.say("request access");
        flip.press(
                "request.submit", Map.of("mailbox", RECEPTIE32, "sendAs", "true", "reason", "Reception", "until", ""));
    }

    @Test
    @DisplayName(
            "an admin picks the helpdesk channel; new requests appear there; the helpdesk assigns and rejects from the queue")
    void channelQueueAssignReject() {
        Chat megan =
                new Chat(channel, () -> bot, CHANNEL + ";messageid=1700", MEGAN, "en-US").conversationType("channel");
        Chat flipInChannel =
                new Chat(channel, () -> bot, CHANNEL + ";messageid=1701", FLIP, "en-US").conversationType("channel");
        flipInChannel.say("<at>Postkamer</at> set helpdesk channel");
        assertThat(flipInChannel.lastToast()).contains("Only an Exchange administrator");
        megan.say("<at>Postkamer</at> set helpdesk channel");
        assertThat(megan.lastToast()).contains("This channel is now the helpdesk channel");

        Chat flip = chat(FLIP);
        chat(PIETER);
        Chat lotte = chat(LOTTE);
        flipAsks(flip);
        assertThat(messenger.inConversation(CHANNEL))
                .singleElement()
                .satisfies(sent -> assertThat(sent.card().toString())
                        .contains(
                                "Request #1: access to Ontvangstgebouw 32",
                                "Waiting for Pieter Jansen to decide.",
                                "\"refresh\"")
                        .doesNotContain("request.approve"))
                .satisfies(sent -> assertThat(sent.card().path("refresh").path("userIds"))
                        .as("refreshed for the requester, the approver and the helpdesk, each with their own view")
                        .extracting(node -> node.asText())
                        .containsExactly("29:" + FLIP, "29:" + PIETER, "29:" + LOTTE));

        Chat ger = chat(GER);
        ger.say("queue");
        assertThat(ger.lastToast()).contains("Only the helpdesk and administrators");

        lotte.say("queue");
        assertThat(lotte.cardText())
                .contains(
                        "Open requests",
                        "#1 · Send As on Ontvangstgebouw 32 · asked by Flip Schoonen less than an hour ago"
                                + " · waiting for Pieter Jansen · not assigned");
        assertThat(CardActions.verbs(lotte.card()))
                .as("the manager decides: the helpdesk may reject, not approve")
                .doesNotContain("request.approve");
        lotte.invoke("request.assign", CardActions.data(lotte.card(), "request.assign", Map.of()));
        assertThat(lotte.cardText()).contains("waiting for Pieter Jansen · assigned to Lotte de Vries");

        lotte.invoke("request.reject", CardActions.data(lotte.card(), "request.reject", Map.of()));
        assertThat(lotte.cardText()).contains("Reason for rejecting").doesNotContain("You can approve");
        assertThat(CardActions.verbs(lotte.card())).doesNotContain("request.approve");
        lotte.invoke(
                "request.rejectconfirm",
                CardActions.data(
                        lotte.card(),
                        "request.rejectconfirm",
                        Map.of("rejectReason", "Use the reception mailbox only with Full Access")));
        assertThat(lotte.cardText()).contains("Rejected by Lotte de Vries");
        assertThat(messenger.to(FLIP))
                .singleElement()
                .satisfies(sent -> assertThat(sent.card().toString()).contains("was rejected by Lotte de Vries"));
        Chat pieter = chat(PIETER);
        pieter.invoke(
                "request.approve", CardActions.data(messenger.to(PIETER).get(0).card(), "request.approve", Map.of()));
        assertThat(pieter.lastToast()).isEqualTo("This request has already been decided.");
        assertThat(tenant.writes()).containsExactly("revoke receptie32 Flip Schoonen SEND_AS");
        lotte.say("queue");
        assertThat(lotte.cardText()).contains("No requests are waiting.");
    }

    @Test
    @DisplayName(
            "a request pending longer than two days is brought up once more to its approvers and the helpdesk channel")
    void reminderOnce() {
        Chat megan = new Chat(channel, () -> bot, CHANNEL, MEGAN, "en-US").conversationType("channel");
        megan.say("set helpdesk channel");
        chat(PIETER);
        flipAsks(chat(FLIP));
        assertThat(messenger.to(PIETER)).hasSize(1);

        clock.advance(Duration.ofDays(1));
        jobs.runDue();
        assertThat(messenger.to(PIETER)).hasSize(1);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        jobs.runDue();
        jobs.runDue();
        assertThat(messenger.to(PIETER)).hasSize(2);
        assertThat(messenger.inConversation(CHANNEL)).hasSize(2);
        assertThat(messenger.inConversation(CHANNEL).get(1).card().toString())
                .contains("Request #1 has been waiting since Nov 23, 2026");
        assertThat(requests.audit().ofRequest(1))
                .filteredOn(e -> e.action().equals("reminder"))
                .hasSize(1);
    }

    @Test
    @DisplayName("an admin exports the requests audit as CSV from chat, as a download link on a card; others may not")
    void csvExport() {
        Chat pieter = chat(PIETER);
        Chat flip = chat(FLIP);
        flipAsks(flip);
        pieter.invoke(
                "request.approve", CardActions.data(messenger.to(PIETER).get(0).card(), "request.approve", Map.of()));
        ObjectNode facturen = JsonNodeFactory.instance.objectNode().put("mailbox", "facturen@contoso.com");

        flip.say("export audit");
        assertThat(flip.lastToast()).contains("Only an Exchange administrator");
        flip.invoke("manage.hide", facturen);

        Chat megan = chat(MEGAN);
        megan.invoke("manage.hide", facturen);
        megan.say("export audit");
        JsonNode card = megan.card();
        assertThat(megan.cardText())
                .contains("Audit export", "every change, request, notice and refusal", "The link works for 10 minutes");
        URI link = URI.create(card.path("actions").get(0).path("url").asText());
        assertThat(card.path("actions").get(0).path("type").asText()).isEqualTo("Action.OpenUrl");
        assertThat(link.toString()).startsWith("https://postkamer.test/downloads/");
        Downloads.Download file =
                ((MemoryDownloads) requests.downloads()).at(link).orElseThrow();
        assertThat(file.fileName()).isEqualTo("postkamer-audit.csv");
        assertThat(file.contentType()).startsWith("text/csv");
        String csv = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(csv.lines())
                .first()
                .isEqualTo("at,actor,actor id,action,target,target id,mailbox,request,outcome,detail,before,after,"
                        + "what happened (in words),how it ended (in words)");
        assertThat(csv)
                .contains(
                        "Flip Schoonen," + FLIP + ",request,Ontvangstgebouw 32," + RECEPTIE32
                                + ",receptie32@contoso.com,1,done,",
                        "Pieter Jansen," + PIETER + ",approve,Ontvangstgebouw 32," + RECEPTIE32
                                + ",receptie32@contoso.com,1,done,",
                        "Postkamer,postkamer,grant SEND_AS,Ontvangstgebouw 32,",
                        "Flip Schoonen," + FLIP + ",export audit,,,,,refused,not an administrator",
                        "Flip Schoonen," + FLIP + ",hide from address lists,Facturen,",
                        "Megan Bowen," + MEGAN + ",hide from address lists,Facturen,");
        assertThat(csv)
                .containsPattern(
                        "Flip Schoonen,[^,]+,hide from address lists,Facturen,[^,]+,facturen@contoso.com,,refused,");

        megan.say("export audit of Facturen from 2026-11-23 to 2026-11-23");
        Downloads.Download facturenOnly = ((MemoryDownloads) requests.downloads())
                .at(URI.create(megan.card().path("actions").get(0).path("url").asText()))
                .orElseThrow();
        assertThat(new String(facturenOnly.content(), StandardCharsets.UTF_8)
                        .lines()
                        .skip(1))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains(",facturen@contoso.com,"));
        Chat meganInDutch = new Chat(channel, () -> bot, "personal-nl-" + MEGAN, MEGAN, "nl-NL");
        meganInDutch.say("exporteer audit van Facturen vanaf 2026-11-23");
        String dutch = new String(
                ((MemoryDownloads) requests.downloads())
                        .at(URI.create(meganInDutch
                                .card()
                                .path("actions")
                                .get(0)
                                .path("url")
                                .asText()))
                        .orElseThrow()
                        .content(),
                StandardCharsets.UTF_8);
        assertThat(dutch.lines().findFirst().orElseThrow())
                .endsWith("wat er gebeurde (in woorden),hoe het afliep (in woorden)");
        assertThat(dutch)
                .contains("Megan Bowen heeft Facturen in de adreslijsten verborgen,Was al zo: niets gewijzigd")
                .contains("Flip Schoonen vroeg om Facturen in de adreslijsten te verbergen,Geweigerd: geen beheerder");
        megan.say("exporteer audit van Facturen vanaf 2026-11-24");
        assertThat(megan.cardText()).contains(", 0 lines");
    }
}
