package io.postkamer.dialogs.offboarding;

import static io.postkamer.mailbox.Contoso.ADELE;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.FLIP_ADDRESS;
import static io.postkamer.mailbox.Contoso.FLIP_MAILBOX;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MARKETING_TEAM;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.PIETER;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.offboarding.memory.MemoryOffboardingStore;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoOperation;
import io.postkamer.mailbox.demo.DemoTenant;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Offboarding a person who leaves, as an administrator does it in a chat: the plan card, each step done once in order,
 * a fault that stops the run and a restart after which Resume goes on, the person's own rights elsewhere listed and
 * then removed, and what is refused.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class OffboardingTest {
    private static final String REPLY = "Flip Schoonen werkt hier niet meer. Mail Pieter Jansen.";

    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final OffboardingStore store = new MemoryOffboardingStore();
    private final MemoryStorage storage = new MemoryStorage();
    private final TestChannel channel;
    private PostkamerBot bot = newBot();

    OffboardingTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    /** A bot as an instance of the application starts it; a second one stands for the restart. */
    private PostkamerBot newBot() {
        return new PostkamerBot(
                tenant,
                new ConversationState(storage),
                new UserState(storage),
                BotUnderTest.QUICK,
                Executors.newCachedThreadPool(),
                Clock.systemUTC(),
                Requests.inMemory().withAudit(audit),
                Reviews.inMemory(),
                store,
                Continuations.none());
    }

    private Chat chat(String user, String locale) {
        return new Chat(channel, () -> bot, "offboard-" + user + locale, user, locale);
    }

    private static ObjectNode plan(String manager, boolean sendAs, boolean hide, boolean ownRights) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("mailbox", FLIP_MAILBOX)
                .put("manager", manager)
                .put("sendAs", String.valueOf(sendAs))
                .put("reply", "true")
                .put("replyText", REPLY)
                .put("hide", String.valueOf(hide))
                .put("licences", "true")
                .put("ownRights", String.valueOf(ownRights));
    }

    private List<AuditEntry> entriesOn(String mailbox) {
        return audit.all().stream()
                .filter(e -> e.target().mailbox().equalsIgnoreCase(mailbox))
                .toList();
    }

    private long writes(String line) {
        return tenant.writes().stream().filter(line::equals).count();
    }

    @Test
    @DisplayName("the plan card proposes the manager from the directory, an automatic reply in the reader's language,"
            + " and the licences by product name")
    void planCard() {
        Chat megan = chat(MEGAN, "en-US");

        megan.say("offboard flip.schoonen@contoso.com");

        assertThat(megan.cardText())
                .contains(
                        "Offboard Flip Schoonen",
                        "flip.schoonen@contoso.com",
                        "Medewerker receptie",
                        "Pieter Jansen",
                        "Flip Schoonen no longer works here",
                        "Microsoft 365 E3",
                        "Send As and Send on Behalf fail in Outlook desktop");
        assertThat(megan.card().toString()).contains("\"value\":\"" + PIETER + "\"");
        assertThat(megan.buttons()).containsExactly("offboard.start");

        Chat adele = chat(ADELE, "nl-NL");
        adele.say("meld Flip Schoonen uit dienst");
        assertThat(adele.cardText())
                .contains("Uit dienst: Flip Schoonen", "Flip Schoonen werkt hier niet meer", "Pieter Jansen")
                .doesNotContain("Offboard", "Full Access", "Send As");
    }

    @Test
    @DisplayName("an offboarding does every step once and in order: blocked, signed out, shared, Pieter with Full"
            + " Access and Send As, the reply set, licences gone; Flip's rights elsewhere listed, then removed")
    void offboardsEndToEnd() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("offboard flip.schoonen@contoso.com");

        megan.invoke("offboard.start", plan(PIETER, true, false, false));

        assertThat(megan.cardText())
                .contains(
                        "Flip Schoonen is offboarded",
                        "Block sign-in",
                        "Full Access for Pieter Jansen",
                        "Send As for Pieter Jansen",
                        "Removed: Microsoft 365 E3",
                        "Still held, not removed: Ontvangstgebouw 32 (Full Access, Send As)");
        var flip = tenant.mailbox(FLIP_MAILBOX).orElseThrow();
        assertThat(flip.kind()).isEqualTo(MailboxKind.SHARED);
        assertThat(flip.account().signInBlocked()).isTrue();
        assertThat(flip.account().licences()).isEmpty();
        assertThat(flip.hiddenFromAddressLists()).isFalse();
        assertThat(tenant.automaticReply(FLIP_MAILBOX).sameAs(io.postkamer.mailbox.AutomaticReply.saying(REPLY)))
                .isTrue();
        assertThat(tenant.delegates(FLIP_MAILBOX))
                .extracting(PermissionGrant::trusteeId, PermissionGrant::right)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(PIETER, Right.FULL_ACCESS),
                        org.assertj.core.groups.Tuple.tuple(PIETER, Right.SEND_AS));
        assertThat(writes("sign out everywhere flip.schoonen")).isEqualTo(1);
        assertThat(entriesOn(FLIP_ADDRESS))
                .extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("block sign-in", AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple("sign out everywhere", AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple("convert to shared", AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple("grant FULL_ACCESS", AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple("grant SEND_AS", AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple("set automatic reply", AuditEntry.Outcome.DONE),
                        org.assertj.core.groups.Tuple.tuple("remove licence", AuditEntry.Outcome.DONE));
        assertThat(tenant.delegates(RECEPTIE32)).anyMatch(g -> g.trusteeId().equals(FLIP));
        assertThat(megan.buttons()).contains("offboard.removeRights", "manage.open");

        long offboarding = store.latestFor(FLIP_MAILBOX).orElseThrow().id();
        megan.invoke(
                "offboard.removeRights",
                JsonNodeFactory.instance.objectNode().put("offboarding", String.valueOf(offboarding)));

        assertThat(megan.cardText()).contains("Removed: Ontvangstgebouw 32 (Full Access, Send As)");
        assertThat(tenant.delegates(RECEPTIE32)).noneMatch(g -> g.trusteeId().equals(FLIP));
        assertThat(audit.all())
                .filteredOn(e -> e.action().startsWith("revoke") && e.outcome() == AuditEntry.Outcome.DONE)
                .hasSize(2);
        assertThat(writes("convert flip.schoonen")).isEqualTo(1);
        assertThat(writes("block sign-in flip.schoonen")).isEqualTo(1);
    }

    @Test
    @DisplayName("a fault stops the run at the automatic reply, a hidden mailbox's answer is lost, and after a restart"
            + " Resume goes on from there: every step done once, in Dutch")
    void faultAndRestart() {
        tenant.faults().next(DemoOperation.SET_AUTOMATIC_REPLY).failRemotely(503);
        Chat adele = chat(ADELE, "nl-NL");
        adele.say("uitdienst flip.schoonen@contoso.com");

        adele.invoke("offboard.start", plan(PIETER, false, true, true));

        assertThat(adele.cardText())
                .contains(
                        "Uit dienst melden van Flip Schoonen is gestopt",
                        "Gestopt bij \"Automatisch antwoord\"",
                        "Aanmelden blokkeren")
                .doesNotContain("Resume", "Done");
        assertThat(adele.buttons()).contains("offboard.resume");
        assertThat(tenant.mailbox(FLIP_MAILBOX).orElseThrow().kind()).isEqualTo(MailboxKind.SHARED);
        assertThat(tenant.automaticReply(FLIP_MAILBOX).enabled()).isFalse();
        assertThat(tenant.mailbox(FLIP_MAILBOX).orElseThrow().account().licences())
                .as("nothing after the failed step was done")
                .isNotEmpty();

        bot = newBot();
        tenant.faults().next(DemoOperation.SET_HIDDEN_FROM_ADDRESS_LISTS).loseAnswer();
        long offboarding = store.latestFor(FLIP_MAILBOX).orElseThrow().id();
        adele.invoke(
                "offboard.resume",
                JsonNodeFactory.instance.objectNode().put("offboarding", String.valueOf(offboarding)));

        assertThat(adele.cardText()).contains("Gestopt bij \"In de adreslijsten verbergen\"");
        adele.invoke(
                "offboard.resume",
                JsonNodeFactory.instance.objectNode().put("offboarding", String.valueOf(offboarding)));

        assertThat(adele.cardText())
                .contains("Flip Schoonen is uit dienst gemeld", "Ingetrokken: Ontvangstgebouw 32")
                .doesNotContain("Resume", "Full Access", "Send As");
        assertThat(tenant.mailbox(FLIP_MAILBOX).orElseThrow().hiddenFromAddressLists())
                .isTrue();
        assertThat(tenant.automaticReply(FLIP_MAILBOX).enabled()).isTrue();
        assertThat(tenant.delegates(RECEPTIE32)).noneMatch(g -> g.trusteeId().equals(FLIP));
        assertThat(writes("block sign-in flip.schoonen")).isEqualTo(1);
        assertThat(writes("sign out everywhere flip.schoonen")).isEqualTo(1);
        assertThat(writes("convert flip.schoonen")).isEqualTo(1);
        assertThat(writes("hide flip.schoonen")).isEqualTo(1);
        assertThat(writes("set automatic reply flip.schoonen")).isEqualTo(1);
        assertThat(entriesOn(FLIP_ADDRESS))
                .filteredOn(e -> e.outcome() == AuditEntry.Outcome.DONE)
                .extracting(AuditEntry::action)
                .containsExactly(
                        "block sign-in",
                        "sign out everywhere",
                        "convert to shared",
                        "grant FULL_ACCESS",
                        "set automatic reply",
                        "remove licence");
        assertThat(entriesOn(FLIP_ADDRESS))
                .filteredOn(e -> e.outcome() == AuditEntry.Outcome.FAILED)
                .extracting(AuditEntry::action)
                .containsExactly("set automatic reply", "hide from address lists");
    }

    @Test
    @DisplayName("a mailbox over 50 GB with an archive and a hold keeps its licence with the reason, a blocked sign-in"
            + " is already so, and nobody chosen gives nobody access")
    void largeMailboxAndNobody() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("offboard henk.bakker@contoso.com");
        assertThat(megan.cardText()).contains("still needs Exchange Online Plan 2", "Nobody");

        megan.invoke(
                "offboard.start",
                plan("nobody", true, false, false).put("mailbox", io.postkamer.mailbox.Contoso.HENK_MAILBOX));

        assertThat(megan.cardText())
                .contains(
                        "Henk Bakker is offboarded",
                        "Full Access for nobody",
                        "Nobody was chosen to get the mailbox.",
                        "Kept: Microsoft 365 E3",
                        "Already so; nothing changed.");
        var henk = tenant.mailbox(io.postkamer.mailbox.Contoso.HENK_MAILBOX).orElseThrow();
        assertThat(henk.kind()).isEqualTo(MailboxKind.SHARED);
        assertThat(henk.account().licences()).isNotEmpty();
        assertThat(tenant.delegates(henk.id())).isEmpty();
        assertThat(writes("block sign-in henk.bakker")).isZero();
    }

    @Test
    @DisplayName("the same press sent again (as Teams does after 15 s) shows the offboarding started, and does"
            + " nothing twice")
    void pressSentAgain() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("offboard Flip Schoonen");

        megan.invoke("offboard.start", plan(PIETER, false, false, false));
        megan.invoke("offboard.start", plan(PIETER, false, false, false));

        assertThat(megan.cardText()).contains("already started", "Flip Schoonen is offboarded");
        assertThat(writes("convert flip.schoonen")).isEqualTo(1);
        assertThat(audit.all())
                .filteredOn(e -> e.action().equals("grant FULL_ACCESS"))
                .hasSize(1);
    }

    @Test
    @DisplayName("refused and changing nothing: staff, oneself, a shared mailbox, an unknown address, a group or the"
            + " person as manager, a shared mailbox's id pressed, an unknown offboarding")
    void refusals() {
        Chat ger = chat(GER, "en-US");
        ger.say("offboard flip.schoonen@contoso.com");
        assertThat(ger.lastToast()).contains("not authorised");

        Chat megan = chat(MEGAN, "en-US");
        megan.say("offboard megan.bowen@contoso.com");
        assertThat(megan.lastToast()).contains("cannot offboard yourself");
        megan.say("offboard receptie32@contoso.com");
        assertThat(megan.lastToast()).contains("is not a user mailbox");
        megan.say("offboard nobody@contoso.com");
        assertThat(megan.lastToast()).contains("No mailbox found for \"nobody@contoso.com\"");

        megan.invoke("offboard.start", plan(MARKETING_TEAM, true, false, false));
        assertThat(megan.lastToast()).contains("Marketing Team is not a person here");
        megan.invoke("offboard.start", plan(FLIP, true, false, false));
        assertThat(megan.lastToast()).contains("Flip Schoonen is not a person here");
        megan.invoke("offboard.start", plan(PIETER, false, false, false).put("mailbox", RECEPTIE32));
        assertThat(megan.lastToast()).contains("is not a user mailbox");
        megan.invoke("offboard.resume", JsonNodeFactory.instance.objectNode().put("offboarding", "999"));
        assertThat(megan.lastToast()).contains("not known");

        assertThat(tenant.writes()).isEmpty();
        assertThat(store.latestFor(FLIP_MAILBOX)).isEmpty();
        assertThat(audit.all())
                .extracting(AuditEntry::outcome)
                .as("each refused press audited once, nothing done")
                .containsOnly(AuditEntry.Outcome.REFUSED)
                .hasSize(5);
    }
}
