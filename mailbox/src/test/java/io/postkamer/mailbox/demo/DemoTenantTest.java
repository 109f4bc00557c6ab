package io.postkamer.mailbox.demo;

import static io.postkamer.mailbox.Contoso.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What only the demo tenant does: its provisioning clock, its seed's calendar, its own rules. */
class DemoTenantTest {
    private static final Duration DELAY = Duration.ofMinutes(2);
    private final MutableClock clock = MutableClock.monday();
    private DemoTenant tenant;

    @BeforeEach
    void contoso() {
        tenant = DemoTenant.load(DemoTenantSettings.contoso().withClock(clock).withProvisioningDelay(DELAY));
    }

    @Test
    @DisplayName("a new mailbox provisions for exactly the configured delay")
    void provisioningDelay() {
        Mailbox created = tenant.createSharedMailbox(new NewSharedMailbox("Kantine", "kantine", "contoso.com"))
                .mailbox();
        clock.advance(DELAY.minusSeconds(1));
        assertThat(tenant.mailbox(created.id()).orElseThrow().state()).isEqualTo(ProvisioningState.PROVISIONING);
        assertThatThrownBy(() -> tenant.grant(created.id(), FLIP, Right.SEND_AS, false))
                .isInstanceOf(MailboxException.NotReady.class)
                .satisfies(e -> assertThat(((MailboxException) e).isTransient()).isTrue());
        clock.advance(Duration.ofSeconds(1));
        assertThat(tenant.mailbox(created.id()).orElseThrow().state()).isEqualTo(ProvisioningState.READY);
    }

    @Test
    @DisplayName("a provisioning mailbox can already have its sign-in blocked, and has no delegates yet")
    void signInWhileProvisioning() {
        Mailbox created = tenant.createSharedMailbox(new NewSharedMailbox("Kantine", "kantine", "contoso.com"))
                .mailbox();
        assertThat(tenant.setSignInBlocked(created.id(), true)).isEqualTo(Change.MADE);
        assertThat(tenant.delegates(created.id())).isEmpty();
    }

    @Test
    @DisplayName("the same address under another display name is taken, even while the first one provisions")
    void sameAddressOtherName() {
        tenant.createSharedMailbox(new NewSharedMailbox("Kantine", "kantine", "contoso.com"));
        assertThatThrownBy(() ->
                        tenant.createSharedMailbox(new NewSharedMailbox("Kantine Oost", "kantine", "contoso.com")))
                .isInstanceOf(MailboxException.AlreadyExists.class)
                .satisfies(e -> assertThat(((MailboxException) e).arguments()).containsExactly("kantine@contoso.com"));
    }

    @Test
    @DisplayName("a domain is accepted in any case; the address is stored in lower case")
    void domainCase() {
        Created created = tenant.createSharedMailbox(new NewSharedMailbox("Kantine", "kantine", "Contoso.NL"));
        assertThat(created.mailbox().primarySmtpAddress()).isEqualTo("kantine@contoso.nl");
    }

    @Test
    @DisplayName("a group never gets automapping: Exchange cannot map a mailbox through a group")
    void groupHasNoAutoMapping() {
        tenant.grant(RECEPTIE32, MARKETING_TEAM, Right.FULL_ACCESS, true);
        assertThat(tenant.delegates(RECEPTIE32))
                .filteredOn(g -> g.trusteeId().equals(MARKETING_TEAM))
                .extracting(PermissionGrant::right, PermissionGrant::autoMapping)
                .containsExactly(tuple(Right.FULL_ACCESS, AutoMapping.OFF));
    }

    @Test
    @DisplayName("a user mailbox keeps its licence: removing it would disable the mailbox")
    void userMailboxKeepsLicence() {
        assertThatThrownBy(() -> tenant.removeLicence(SANNE_MAILBOX, EXCHANGESTANDARD))
                .satisfies(e -> assertThat(((MailboxException) e).problem()).isEqualTo(Problem.LICENCE_STILL_NEEDED));
    }

    @Test
    @DisplayName("the seed's events are counted from the day the tenant starts, in Amsterdam time")
    void seededEventsAreUpcoming() {
        List<CalendarEvent> events = tenant.upcomingEvents(RECEPTIE32, OffsetDateTime.now(clock), 10);
        assertThat(events)
                .extracting(CalendarEvent::subject)
                .containsExactly(
                        "Bezoek leverancier koffieautomaten", "Brandoefening", "Rondleiding nieuwe medewerkers");
        assertThat(events.get(0)
                        .start()
                        .atZoneSameInstant(ZoneId.of("Europe/Amsterdam"))
                        .toLocalDateTime())
                .hasToString("2026-11-25T10:00");
        assertThat(events.get(0).end()).isEqualTo(events.get(0).start().plusMinutes(60));
    }

    @Test
    @DisplayName("adding the same event twice (a retried request) keeps one event")
    void addEventTwice() {
        OffsetDateTime start = OffsetDateTime.now(clock).plusDays(2);
        CalendarEvent first = tenant.addEvent(RECEPTIE32, "Lunch", start, start.plusHours(1), "Kantine");
        CalendarEvent again = tenant.addEvent(RECEPTIE32, "Lunch", start, start.plusHours(1), "Kantine");
        assertThat(again).isEqualTo(first);
        assertThat(tenant.upcomingEvents(RECEPTIE32, start.minusMinutes(1), 10))
                .filteredOn(e -> e.subject().equals("Lunch"))
                .hasSize(1);
    }

    @Test
    @DisplayName("the calendar of a provisioning mailbox: MAILBOX_NOT_READY")
    void calendarWhileProvisioning() {
        Mailbox created = tenant.createSharedMailbox(new NewSharedMailbox("Kantine", "kantine", "contoso.com"))
                .mailbox();
        OffsetDateTime start = OffsetDateTime.now(clock).plusDays(2);
        assertThatThrownBy(() -> tenant.addEvent(created.id(), "Lunch", start, start.plusHours(1), ""))
                .satisfies(e -> assertThat(((MailboxException) e).problem()).isEqualTo(Problem.MAILBOX_NOT_READY));
    }

    @Test
    @DisplayName("the organisation can be made hybrid and back")
    void hybridSwitch() {
        assertThat(tenant.setHybrid(true)).isEqualTo(Change.MADE);
        assertThat(tenant.organisation().hybrid()).isTrue();
        assertThat(tenant.setHybrid(true)).isEqualTo(Change.ALREADY_SO);
        tenant.setHybrid(false);
        assertThat(tenant.createSharedMailbox(new NewSharedMailbox("Kantine", "kantine", "contoso.com"))
                        .change())
                .isEqualTo(Change.MADE);
    }

    @Test
    @DisplayName("ids are found without regard to case")
    void idsIgnoreCase() {
        assertThat(tenant.person(MEGAN.toUpperCase())).isPresent();
        assertThat(tenant.mailbox(RECEPTIE32.toUpperCase())).isPresent();
    }
}
