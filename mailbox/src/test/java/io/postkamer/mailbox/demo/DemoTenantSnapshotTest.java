package io.postkamer.mailbox.demo;

import static io.postkamer.mailbox.Contoso.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state survives a restart through a snapshot store, and a failed save loses nothing and doubles nothing. */
class DemoTenantSnapshotTest {
    private final MutableClock clock = MutableClock.monday();
    private final InMemorySnapshotStore store = new InMemorySnapshotStore();
    private final DemoTenantSettings settings = DemoTenantSettings.contoso()
            .withClock(clock)
            .withProvisioningDelay(Duration.ofMinutes(1))
            .withSnapshotStore(store);

    @Test
    @DisplayName("a new tenant loaded from the snapshot sees every change the first one made")
    void restart() {
        DemoTenant first = DemoTenant.load(settings);
        Mailbox kantine = first.createSharedMailbox(new NewSharedMailbox("Kantine", "kantine", "contoso.nl"))
                .mailbox();
        first.grant(RECEPTIE32, BRAM, Right.FULL_ACCESS, false);
        first.revoke(RECEPTIE32, FLIP, Right.SEND_AS);
        first.setSignInBlocked(FACTUREN, true);
        first.setHiddenFromAddressLists(RECEPTIE32, true);
        first.convertToShared(SANNE_MAILBOX);
        first.removeLicence(SANNE_MAILBOX, EXCHANGESTANDARD);
        OffsetDateTime start = OffsetDateTime.parse("2026-12-02T12:00:00+01:00");
        CalendarEvent lunch = first.addEvent(RECEPTIE32, "Lunch", start, start.plusHours(1), "Kantine");

        DemoTenant second = DemoTenant.load(settings);

        Mailbox restored = second.mailbox("kantine@contoso.nl").orElseThrow();
        assertThat(restored.id()).isEqualTo(kantine.id());
        assertThat(restored.state()).isEqualTo(ProvisioningState.PROVISIONING);
        clock.advance(Duration.ofMinutes(1));
        assertThat(second.mailbox(kantine.id()).orElseThrow().isReady()).isTrue();
        assertThat(second.delegates(RECEPTIE32)).isEqualTo(first.delegates(RECEPTIE32));
        assertThat(second.mailbox(FACTUREN).orElseThrow().account().signInBlocked())
                .isTrue();
        assertThat(second.mailbox(RECEPTIE32).orElseThrow().hiddenFromAddressLists())
                .isTrue();
        assertThat(second.mailbox(SANNE_MAILBOX).orElseThrow().isShared()).isTrue();
        assertThat(second.mailbox(SANNE_MAILBOX).orElseThrow().account().licences())
                .isEmpty();
        assertThat(second.upcomingEvents(RECEPTIE32, start.minusMinutes(1), 10)).contains(lunch);
        assertThat(second.snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    @DisplayName("only changes are saved: refusals and ALREADY_SO write nothing")
    void onlyChangesAreSaved() {
        DemoTenant tenant = DemoTenant.load(settings);
        tenant.grant(RECEPTIE32, FLIP, Right.SEND_AS, false);
        assertThatThrownBy(() -> tenant.convertToShared(RECEPTIE32)).isInstanceOf(MailboxException.class);
        tenant.mailbox(RECEPTIE32);
        assertThat(store.saves()).isZero();
        tenant.grant(RECEPTIE32, BRAM, Right.SEND_AS, false);
        assertThat(store.saves()).isEqualTo(1);
    }

    @Test
    @DisplayName("when the store fails the change is undone and reported as a transient failure")
    void failedSaveUndoesTheChange() {
        DemoTenant tenant = DemoTenant.load(settings);
        tenant.grant(RECEPTIE32, BRAM, Right.SEND_AS, false);
        store.failSaves(true);
        assertThatThrownBy(() -> tenant.setSignInBlocked(FACTUREN, true))
                .isInstanceOfSatisfying(
                        MailboxException.RemoteFailure.class,
                        e -> assertThat(e.isTransient()).isTrue());
        assertThat(tenant.mailbox(FACTUREN).orElseThrow().account().signInBlocked())
                .isFalse();
        assertThat(tenant.delegates(RECEPTIE32)).anyMatch(g -> g.trusteeId().equals(BRAM));
        store.failSaves(false);
        assertThat(tenant.setSignInBlocked(FACTUREN, true)).isEqualTo(Change.MADE);
        assertThat(DemoTenant.load(settings)
                        .mailbox(FACTUREN)
                        .orElseThrow()
                        .account()
                        .signInBlocked())
                .isTrue();
    }

    @Test
    @DisplayName("a snapshot is itself a seed: a tenant started from it as a file holds the same state")
    void snapshotIsASeed(@TempDir Path dir) throws Exception {
        DemoTenant tenant = DemoTenant.load(settings);
        tenant.grant(FACTUREN, GER, Right.SEND_ON_BEHALF, false);
        Path file = dir.resolve("tenant.json");
        Files.writeString(file, tenant.snapshot());

        DemoTenant fromFile =
                DemoTenant.load(DemoTenantSettings.contoso().withClock(clock).withSeed(file.toString()));

        assertThat(fromFile.delegates(FACTUREN)).isEqualTo(tenant.delegates(FACTUREN));
        assertThat(fromFile.snapshot()).isEqualTo(tenant.snapshot());
    }
}
