package io.postkamer.mailbox.demo;

import static io.postkamer.mailbox.Contoso.EXCHANGESTANDARD;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MARKETING_TEAM;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.SANNE_MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The demo tenant's log of changes, which conversation tests read instead of the tenant's state. */
class DemoTenantWriteLogTest {
    private static final NewSharedMailbox MARKETING =
            new NewSharedMailbox("Afdeling Marketing", "marketing", "contoso.com");

    private final MutableClock clock = MutableClock.monday();
    private final InMemorySnapshotStore store = new InMemorySnapshotStore();
    private final DemoTenant tenant = DemoTenant.load(DemoTenantSettings.contoso()
            .withClock(clock)
            .withProvisioningDelay(Duration.ofMinutes(2))
            .withSnapshotStore(store));

    @Test
    @DisplayName("The create flow is logged one line per change, in order; ALREADY_SO and refusals add nothing")
    void createFlow() {
        tenant.createSharedMailbox(MARKETING);
        tenant.createSharedMailbox(MARKETING);
        assertThatThrownBy(() -> tenant.grant("marketing@contoso.com", FLIP, Right.FULL_ACCESS, true))
                .isInstanceOf(MailboxException.NotReady.class);
        tenant.finishProvisioning();
        tenant.grant("marketing@contoso.com", FLIP, Right.FULL_ACCESS, true);
        tenant.grant("marketing@contoso.com", FLIP, Right.SEND_AS, false);
        tenant.grant("marketing@contoso.com", FLIP, Right.SEND_AS, false);
        tenant.grant("marketing@contoso.com", GER, Right.SEND_ON_BEHALF, false);
        tenant.setSignInBlocked("marketing@contoso.com", true);
        assertThatThrownBy(
                        () -> tenant.createSharedMailbox(new NewSharedMailbox("Receptie", "receptie32", "contoso.com")))
                .isInstanceOf(MailboxException.AlreadyExists.class);

        assertThat(tenant.writes())
                .containsExactly(
                        "create marketing@contoso.com \"Afdeling Marketing\"",
                        "grant marketing Flip Schoonen FULL_ACCESS automapping=true",
                        "grant marketing Flip Schoonen SEND_AS",
                        "grant marketing Ger Verbeek SEND_ON_BEHALF",
                        "block sign-in marketing");
    }

    @Test
    @DisplayName("Revoking, hiding, showing, converting, removing a licence, unblocking and adding an event are logged")
    void otherChanges() {
        tenant.grant(RECEPTIE32, MARKETING_TEAM, Right.FULL_ACCESS, true);
        tenant.revoke(RECEPTIE32, MARKETING_TEAM, Right.FULL_ACCESS);
        tenant.revoke(RECEPTIE32, MARKETING_TEAM, Right.FULL_ACCESS);
        tenant.setHiddenFromAddressLists(RECEPTIE32, true);
        tenant.setHiddenFromAddressLists(RECEPTIE32, false);
        tenant.setSignInBlocked(RECEPTIE32, false);
        tenant.convertToShared(SANNE_MAILBOX);
        tenant.removeLicence(SANNE_MAILBOX, EXCHANGESTANDARD);
        OffsetDateTime start = OffsetDateTime.parse("2026-12-02T10:00:00+01:00");
        tenant.addEvent(RECEPTIE32, "Overleg", start, start.plusHours(1), "");
        tenant.addEvent(RECEPTIE32, "Overleg", start, start.plusHours(1), "");

        String sanne = tenant.mailbox(SANNE_MAILBOX).orElseThrow().alias();
        assertThat(tenant.writes())
                .containsExactly(
                        "grant receptie32 Marketing Team FULL_ACCESS automapping=false",
                        "revoke receptie32 Marketing Team FULL_ACCESS",
                        "hide receptie32",
                        "show receptie32",
                        "unblock sign-in receptie32",
                        "convert " + sanne,
                        "remove licence " + sanne + " EXCHANGESTANDARD",
                        "add event receptie32 \"Overleg\"");
    }

    @Test
    @DisplayName("A change that could not be saved is not logged; a change whose answer was lost is logged once")
    void failuresAndLostAnswers() {
        store.failSaves(true);
        assertThatThrownBy(() -> tenant.createSharedMailbox(MARKETING))
                .isInstanceOf(MailboxException.RemoteFailure.class);
        store.failSaves(false);
        assertThat(tenant.writes()).isEmpty();

        tenant.faults().next(DemoOperation.CREATE_SHARED_MAILBOX).loseAnswer();
        assertThatThrownBy(() -> tenant.createSharedMailbox(MARKETING))
                .isInstanceOf(MailboxException.RemoteFailure.class);
        assertThat(tenant.createSharedMailbox(MARKETING).change()).isEqualTo(Change.ALREADY_SO);

        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    @Test
    @DisplayName(
            "finishProvisioning makes new mailboxes ready at once, and a restart from the snapshot keeps them ready")
    void finishProvisioning() {
        String id = tenant.createSharedMailbox(MARKETING).mailbox().id();

        tenant.finishProvisioning();

        assertThat(tenant.mailbox(id).orElseThrow().state()).isEqualTo(ProvisioningState.READY);
        assertThat(tenant.grant(id, FLIP, Right.SEND_AS, false)).isEqualTo(Change.MADE);
        DemoTenant restarted =
                DemoTenant.load(DemoTenantSettings.contoso().withClock(clock).withSnapshotStore(store));
        assertThat(restarted.mailbox(id).orElseThrow().state()).isEqualTo(ProvisioningState.READY);
    }
}
