package io.postkamer.dialogs.security;

import static io.postkamer.mailbox.Contoso.ADELE;
import static io.postkamer.mailbox.Contoso.BRAM;
import static io.postkamer.mailbox.Contoso.DELETED_ACCOUNT;
import static io.postkamer.mailbox.Contoso.EXCHANGESTANDARD;
import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.ISAIAH;
import static io.postkamer.mailbox.Contoso.KLANTENSERVICE;
import static io.postkamer.mailbox.Contoso.LOTTE;
import static io.postkamer.mailbox.Contoso.MARKETING_TEAM;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.PROJECT_ZUID;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.SANNE;
import static io.postkamer.mailbox.Contoso.SANNE_MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.UserState;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditFilter;
import io.postkamer.dialogs.common.Continuations;
import io.postkamer.dialogs.requests.RequestSettings;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every verb a card can emit, crafted with a foreign target (a person's id where a shared mailbox
 * belongs, another mailbox, a member without the right, a request that is not theirs), sent by a
 * member of staff, an Exchange Administrator and a Global Administrator, on the demo tenant and on the
 * Microsoft 365 client against its stand-in. Where it must be refused: nothing is written to the tenant,
 * and exactly one refusal is audited.
 */
class CraftedPressesTest {
    private static final Set<String> STAFF = Set.of(FLIP);
    private static final Set<String> EVERYONE = Set.of(FLIP, ADELE, MEGAN);

    /** One crafted press: its verb, its data, and who must be refused it. */
    record Press(String verb, ObjectNode data, Set<String> refusedTo) {
        @Override
        public String toString() {
            return verb + " " + data;
        }
    }

    /** The backend a run talks to. */
    enum Backend {
        DEMO,
        MICROSOFT_365
    }

    private FakeMicrosoft365 m365;

    @AfterEach
    void stop() {
        if (m365 != null) {
            m365.close();
        }
    }

    private static ObjectNode data(String... pairs) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put(pairs[i], pairs[i + 1]);
        }
        return data;
    }

    /** As the confirmation's own button sends it. */
    private static ObjectNode confirmed(String... pairs) {
        return data(pairs).put("confirmed", true);
    }

    static List<Press> presses() {
        List<Press> presses = new ArrayList<>();
        // A person's id (Megan, a Global Administrator, with a user mailbox) where a shared mailbox belongs.
        for (String verb : List.of(
                "manage.hide",
                "manage.show",
                "manage.block",
                "manage.unblock",
                "manage.unblockAsk",
                "manage.open",
                "manage.calendar",
                "manage.addMembers",
                "manage.sentItems")) {
            presses.add(new Press(verb, data("mailbox", MEGAN), EVERYONE));
        }
        // Members added to a person's mailbox, or to another one under a shared mailbox's name: refused as well.
        for (String mailbox : List.of(MEGAN, "sanne.willems@contoso.com")) {
            presses.add(new Press(
                    "manage.applyMembers",
                    data("mailbox", mailbox, "people", GER, "fullAccess", "true", "sendAs", "true"),
                    EVERYONE));
        }
        // A shared mailbox's own account where a person belongs, as a new member: it is no one to give rights to.
        presses.add(new Press(
                "manage.applyMembers",
                data("mailbox", RECEPTIE32, "people", FACTUREN, "fullAccess", "true", "sendAs", "true"),
                EVERYONE));
        presses.add(new Press(
                "manage.removeLicence",
                data("mailbox", MEGAN, "sku", "05e9a617-0261-4cee-bb44-138d3ef5d965", "name", "Microsoft 365 E3"),
                EVERYONE));
        presses.add(new Press(
                "manage.addEvent",
                data(
                        "mailbox",
                        MEGAN,
                        "subject",
                        "Overleg",
                        "date",
                        "2030-06-03",
                        "start",
                        "10:00",
                        "end",
                        "11:00",
                        "location",
                        ""),
                EVERYONE));
        presses.add(new Press("manage.revoke", data("mailbox", MEGAN, "member", FLIP, "right", "SEND_AS"), EVERYONE));
        // A member and a right the shared mailbox does not hold.
        presses.add(new Press(
                "manage.revoke",
                data("mailbox", RECEPTIE32, "member", GER, "right", "SEND_AS", "name", "Anouk Smit"),
                EVERYONE));
        presses.add(new Press(
                "manage.revokeAll", data("mailbox", FACTUREN, "member", FLIP, "name", "Ger Verbeek"), EVERYONE));
        presses.add(new Press(
                "manage.automapping",
                data("mailbox", RECEPTIE32, "member", BRAM, "autoMapping", "true", "name", "Bram de Jong"),
                EVERYONE));
        presses.add(new Press("manage.removeLicence", data("mailbox", RECEPTIE32, "sku", "not-assigned"), EVERYONE));
        // The Sent Items copies of a user's mailbox, either way.
        presses.add(
                new Press("manage.sentItems", data("mailbox", "sanne.willems@contoso.com", "keep", "true"), EVERYONE));
        presses.add(new Press("manage.sentItems", data("mailbox", SANNE_MAILBOX, "keep", "false"), EVERYONE));
        // A group's id where a person belongs: automapping never works through a group, so there is none to switch.
        presses.add(new Press(
                "manage.automapping",
                data("mailbox", KLANTENSERVICE, "member", MARKETING_TEAM, "autoMapping", "true", "name", "Marketing"),
                EVERYONE));
        // Converting what is already shared.
        presses.add(new Press("manage.convert", data("mailbox", RECEPTIE32), EVERYONE));
        // Handing a request on: staff may not; an administrator may, but there is no request #1.
        presses.add(new Press("request.reassign", data("request", "1", "approver", FLIP), EVERYONE));
        // Administrators' screens, pressed by staff.
        presses.add(new Press("manage.hide", data("mailbox", RECEPTIE32), STAFF));
        presses.add(new Press("manage.sentItems", data("mailbox", RECEPTIE32, "keep", "true"), STAFF));
        presses.add(new Press("history", data("mailbox", RECEPTIE32), STAFF));
        presses.add(new Press("manage.convert", data("mailbox", "sanne.willems@contoso.com"), STAFF));
        // A confirmation's own button, crafted: confirmed or not, the same checks, the same one refusal.
        presses.add(new Press("manage.hide", confirmed("mailbox", MEGAN), EVERYONE));
        presses.add(
                new Press("manage.revoke", confirmed("mailbox", MEGAN, "member", FLIP, "right", "SEND_AS"), EVERYONE));
        presses.add(new Press(
                "manage.revoke", confirmed("mailbox", RECEPTIE32, "member", GER, "right", "SEND_AS"), EVERYONE));
        presses.add(new Press("manage.revokeAll", confirmed("mailbox", FACTUREN, "member", FLIP), EVERYONE));
        presses.add(new Press(
                "manage.removeLicence",
                confirmed("mailbox", MEGAN, "sku", "05e9a617-0261-4cee-bb44-138d3ef5d965"),
                EVERYONE));
        presses.add(
                new Press("manage.removeLicence", confirmed("mailbox", RECEPTIE32, "sku", "not-assigned"), EVERYONE));
        presses.add(new Press("manage.convert", confirmed("mailbox", RECEPTIE32), EVERYONE));
        // Staff asking for, or confirming, a change that exists: refused before anything is asked or changed.
        presses.add(new Press("manage.hide", confirmed("mailbox", RECEPTIE32), STAFF));
        presses.add(
                new Press("manage.revoke", data("mailbox", RECEPTIE32, "member", GER, "right", "FULL_ACCESS"), STAFF));
        presses.add(new Press(
                "manage.revoke", confirmed("mailbox", RECEPTIE32, "member", GER, "right", "FULL_ACCESS"), STAFF));
        presses.add(new Press("manage.revokeAll", data("mailbox", RECEPTIE32, "member", GER), STAFF));
        presses.add(new Press("manage.revokeAll", confirmed("mailbox", RECEPTIE32, "member", GER), STAFF));
        presses.add(new Press("manage.convert", confirmed("mailbox", "sanne.willems@contoso.com"), STAFF));
        // The health report's fixes: a person's id or a user mailbox where a shared mailbox belongs, a right not
        // held, a right of someone whose account is active, a licence not assigned or still needed; staff pressing.
        for (String verb : List.of("health.block", "health.show")) {
            presses.add(new Press(verb, data("mailbox", MEGAN), EVERYONE));
            presses.add(new Press(verb, confirmed("mailbox", "sanne.willems@contoso.com"), EVERYONE));
        }
        presses.add(new Press(
                "health.removeLicence",
                confirmed("mailbox", MEGAN, "sku", "05e9a617-0261-4cee-bb44-138d3ef5d965"),
                EVERYONE));
        presses.add(
                new Press("health.removeLicence", data("mailbox", KLANTENSERVICE, "sku", "not-assigned"), EVERYONE));
        presses.add(
                new Press("health.removeLicence", confirmed("mailbox", RECEPTIE32, "sku", EXCHANGESTANDARD), EVERYONE));
        presses.add(new Press(
                "health.removePermission", data("mailbox", MEGAN, "member", FLIP, "right", "SEND_AS"), EVERYONE));
        presses.add(new Press(
                "health.removePermission",
                confirmed("mailbox", KLANTENSERVICE, "member", SANNE, "right", "SEND_AS"),
                EVERYONE));
        presses.add(new Press(
                "health.removePermission",
                data("mailbox", KLANTENSERVICE, "member", ISAIAH, "right", "FULL_ACCESS"),
                EVERYONE));
        presses.add(new Press(
                "health.removePermission",
                confirmed("mailbox", RECEPTIE32, "member", GER, "right", "FULL_ACCESS"),
                EVERYONE));
        presses.add(new Press(
                "health.removePermission",
                confirmed("mailbox", KLANTENSERVICE, "member", DELETED_ACCOUNT, "right", "FULL_ACCESS"),
                EVERYONE));
        presses.add(new Press("health.blockAll", confirmed("report", "1"), EVERYONE));
        presses.add(new Press("health.block", confirmed("mailbox", FACTUREN), STAFF));
        presses.add(new Press(
                "health.removePermission",
                confirmed("mailbox", KLANTENSERVICE, "member", SANNE, "right", "FULL_ACCESS"),
                STAFF));
        // A group's Full Access given to its members: staff; another mailbox where the group holds nothing; a person's
        // id where the group belongs; a group that holds no Full Access there; a shared mailbox's id where the group
        // belongs; a user mailbox as the mailbox.
        presses.add(
                new Press("health.groupMembers", confirmed("mailbox", KLANTENSERVICE, "group", MARKETING_TEAM), STAFF));
        presses.add(new Press("health.groupMembers", data("mailbox", KLANTENSERVICE, "group", MARKETING_TEAM), STAFF));
        presses.add(
                new Press("health.groupMembers", confirmed("mailbox", RECEPTIE32, "group", MARKETING_TEAM), EVERYONE));
        presses.add(new Press("health.groupMembers", data("mailbox", KLANTENSERVICE, "group", ISAIAH), EVERYONE));
        presses.add(new Press(
                "health.groupMembers", confirmed("mailbox", KLANTENSERVICE, "group", PROJECT_ZUID), EVERYONE));
        presses.add(
                new Press("health.groupMembers", confirmed("mailbox", KLANTENSERVICE, "group", RECEPTIE32), EVERYONE));
        presses.add(new Press("health.groupMembers", data("mailbox", MEGAN, "group", MARKETING_TEAM), EVERYONE));
        // Owners set from the report: staff; a person's mailbox; a group or a shared mailbox's account as an owner.
        presses.add(new Press("health.setOwners", confirmed("mailbox", FACTUREN, "owners." + FACTUREN, GER), STAFF));
        presses.add(new Press("health.setOwners", confirmed("mailbox", MEGAN, "owners." + MEGAN, GER), EVERYONE));
        presses.add(new Press(
                "health.setOwners", confirmed("mailbox", FACTUREN, "owners." + FACTUREN, MARKETING_TEAM), EVERYONE));
        presses.add(new Press(
                "health.setOwners", data("mailbox", FACTUREN, "owners." + FACTUREN, GER + "," + RECEPTIE32), EVERYONE));
        presses.add(new Press("health.report", data(), STAFF));
        // The report posted to the helpdesk channel on its own carries the same fixes, in front of staff too.
        presses.add(new Press(
                "health.removeLicence", confirmed("mailbox", KLANTENSERVICE, "sku", EXCHANGESTANDARD), STAFF));
        presses.add(new Press("health.show", confirmed("mailbox", FACTUREN), STAFF));
        presses.add(new Press("health.more", data("finding", "NO_OWNER"), STAFF));
        // Access reviews: a person's mailbox to review, staff starting one, a review, item or mailbox nobody here
        // reviews.
        String nextWeek = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
        presses.add(new Press(
                "review.start", data("mailbox", MEGAN, "deadline", nextWeek, "undecided", "REMOVE"), EVERYONE));
        presses.add(new Press("review.start", data("mailbox", "", "deadline", nextWeek, "undecided", "KEEP"), STAFF));
        presses.add(new Press("review.decide", data("item", "1", "decision", "REMOVE"), EVERYONE));
        for (String verb : List.of("review.complete", "review.keepAll", "review.show")) {
            presses.add(new Press(verb, data("review", "1", "mailbox", RECEPTIE32), EVERYONE));
        }
        // Offboarding: a shared mailbox where a person's belongs, one's own, a group or the person as manager, an
        // offboarding that does not exist; staff pressing a plan that would otherwise be fine.
        presses.add(new Press("offboard.start", data("mailbox", RECEPTIE32, "manager", GER), EVERYONE));
        presses.add(new Press("offboard.start", data("mailbox", FLIP, "manager", MARKETING_TEAM), EVERYONE));
        presses.add(new Press("offboard.start", data("mailbox", FLIP, "manager", FLIP), EVERYONE));
        presses.add(new Press("offboard.start", data("mailbox", MEGAN, "manager", GER), Set.of(FLIP, MEGAN)));
        presses.add(new Press("offboard.start", data("mailbox", FLIP, "manager", GER, "reply", "true"), STAFF));
        for (String verb : List.of("offboard.resume", "offboard.removeRights", "offboard.show")) {
            presses.add(new Press(verb, data("offboarding", "1"), EVERYONE));
        }
        // Copying access: a card this bot never showed, a person's id where a shared mailbox belongs, staff pressing.
        presses.add(new Press(
                "copy.apply",
                data("token", "t1", "source", FLIP, "target", GER, "copy." + RECEPTIE32, "true"),
                EVERYONE));
        presses.add(new Press("copy.apply", data("source", FLIP, "target", BRAM, "copy." + MEGAN, "true"), EVERYONE));
        presses.add(new Press("copy.show", data("token", "t1"), EVERYONE));
        // An ended wizard's card naming a person, or pressed by staff.
        presses.add(new Press("next", data("token", "t1", "mailbox", MEGAN), EVERYONE));
        presses.add(new Press("create", data("token", "t1", "mailbox", MEGAN), EVERYONE));
        presses.add(new Press("group", data("token", "t1", "mailbox", MEGAN), EVERYONE));
        presses.add(new Press("next", data("token", "t1", "mailbox", RECEPTIE32), STAFF));
        return presses;
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Backend backend : Backend.values()) {
            for (Press press : presses()) {
                for (String actor : press.refusedTo()) {
                    cases.add(Arguments.of(backend, Named.of(name(actor), actor), press));
                }
            }
        }
        return cases.stream();
    }

    private static String name(String actor) {
        return actor.equals(FLIP) ? "staff" : actor.equals(ADELE) ? "Exchange Administrator" : "Global Administrator";
    }

    @ParameterizedTest(name = "{0}: {2} by {1}")
    @MethodSource("cases")
    void refusedWithoutWritesAndAuditedOnce(Backend backend, String actor, Press press) {
        DemoTenant tenant = ContosoTenant.readyAtOnce();
        MailboxService service = tenant;
        if (backend == Backend.MICROSOFT_365) {
            m365 = FakeMicrosoft365.start(tenant);
            service = m365.newService();
        }
        Requests requests = Requests.inMemory(
                (to, message) -> java.util.concurrent.CompletableFuture.completedFuture(null),
                new RequestSettings(List.of(LOTTE)),
                Clock.systemUTC());
        MemoryStorage storage = new MemoryStorage();
        PostkamerBot bot = new PostkamerBot(
                service,
                new ConversationState(storage),
                new UserState(storage),
                BotUnderTest.QUICK,
                Executors.newCachedThreadPool(),
                Clock.systemUTC(),
                requests,
                Reviews.inMemory(),
                Continuations.none());
        Chat chat = new Chat(new TestChannel(TestChannel.Delivery.CONNECTOR), () -> bot, "crafted", actor, "en-US");
        List<String> writesBefore = tenant.writes();

        chat.invoke(press.verb(), press.data().deepCopy());

        assertThat(tenant.writes()).as("nothing written").isEqualTo(writesBefore);
        if (m365 != null) {
            assertThat(m365.requests())
                    .as("no changing request to Graph or Exchange")
                    .noneMatch(FakeMicrosoft365.Received::isChange);
        }
        List<AuditEntry> refusals = requests.audit().all(AuditFilter.everything()).stream()
                .filter(entry -> entry.outcome() == AuditEntry.Outcome.REFUSED)
                .toList();
        assertThat(refusals).as("one audited refusal").hasSize(1);
        assertThat(refusals.get(0).actor().id()).isEqualTo(actor);
        assertThat(refusals.get(0).detail()).isNotBlank();
        assertThat(requests.audit().all(AuditFilter.everything()))
                .as("nothing else recorded as done")
                .noneMatch(entry -> entry.outcome() == AuditEntry.Outcome.DONE);
    }
}
