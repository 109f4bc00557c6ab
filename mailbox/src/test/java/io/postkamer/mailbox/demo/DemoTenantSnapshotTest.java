package io.postkamer.mailbox.demo;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.SANNE_MAILBOX;
import static io.postkamer.mailbox.Contoso.SKU_SPE_E3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoTenantSnapshotTest {
    private static final NewSharedMailbox MARKETING =
            new NewSharedMailbox("Afdeling Marketing", "marketing", "contoso.com");

    private final MutableClock clock = MutableClock.atDemoStart();
    private final InMemoryStore store = new InMemoryStore();

    private DemoTenant start() {
        return DemoTenant.load(DemoTenantSettings.contoso().withClock(clock)
                .withProvisioningDelay(Duration.ofMinutes(1)).withSnapshotStore(store));
    }

    @Test
    @DisplayName("A tenant started from the snapshot sees what the first one created and changed")
    void restartSeesChanges() {
        DemoTenant first = start();
        String id = first.createSharedMailbox(MARKETING).mailbox().id();
        clock.advance(Duration.ofMinutes(1));
        first.grant(id, FLIP, Right.FULL_ACCESS, true);
        first.setSignInBlocked(id, true);
        first.convertToShared(SANNE_MAILBOX);
        first.removeLicence(SANNE_MAILBOX, SKU_SPE_E3);
        CalendarEvent event = first.addEvent(RECEPTIE32, "Overleg", OffsetDateTime.parse("2026-12-02T10:00:00+01:00"),
                OffsetDateTime.parse("2026-12-02T11:00:00+01:00"), "Kamer 1");

        DemoTenant second = start();

        Mailbox marketing = second.mailbox("marketing@contoso.com").orElseThrow();
        assertThat(marketing).isEqualTo(first.mailbox(id).orElseThrow());
        assertThat(marketing.account().signInBlocked()).isTrue();
        assertThat(second.delegates(id)).containsExactly(new PermissionGrant(FLIP, "Flip Schoonen", Right.FULL_ACCESS, true));
        assertThat(second.mailbox(SANNE_MAILBOX).orElseThrow().kind()).isEqualTo(MailboxKind.SHARED);
        assertThat(second.mailbox(SANNE_MAILBOX).orElseThrow().account().licences()).isEmpty();
        assertThat(second.upcomingEvents(RECEPTIE32, OffsetDateTime.parse("2026-12-01T00:00:00Z"), 10)).contains(event);
        assertThat(second.createSharedMailbox(MARKETING).change()).isEqualTo(Change.ALREADY_SO);
        assertThat(second.snapshot()).isEqualTo(first.snapshot());
    }

    @Test
    @DisplayName("A mailbox still provisioning at the snapshot becomes ready at the same moment after a restart")
    void provisioningSurvivesRestart() {
        start().createSharedMailbox(MARKETING);

        DemoTenant second = start();
        assertThat(second.mailbox("marketing").orElseThrow().state()).isEqualTo(ProvisioningState.PROVISIONING);

        clock.advance(Duration.ofMinutes(1));
        assertThat(second.mailbox("marketing").orElseThrow().state()).isEqualTo(ProvisioningState.READY);
    }

    @Test
    @DisplayName("Only changes are saved: reads and ALREADY_SO save nothing, a fresh store starts from the seed")
    void onlyChangesAreSaved() {
        DemoTenant tenant = start();
        tenant.sharedMailboxes();
        tenant.setSignInBlocked(RECEPTIE32, true);

        assertThat(store.saved).isEmpty();
        assertThat(tenant.sharedMailboxes()).hasSize(2);

        tenant.setSignInBlocked(RECEPTIE32, false);
        assertThat(store.saved).hasSize(1);
    }

    @Test
    @DisplayName("A change that cannot be saved is undone and fails as a transient remote failure")
    void failedSaveUndoes() {
        DemoTenant tenant = start();
        store.failNext = true;

        Throwable thrown = catchThrowable(() -> tenant.createSharedMailbox(MARKETING));

        assertThat(thrown).isInstanceOfSatisfying(MailboxException.RemoteFailure.class,
                e -> assertThat(e.isTransient()).isTrue());
        assertThat(tenant.addressInUse("marketing@contoso.com")).isFalse();
        assertThat(tenant.writes()).isEmpty();
        assertThat(tenant.createSharedMailbox(MARKETING).change()).isEqualTo(Change.MADE);
        assertThat(start().addressInUse("marketing@contoso.com")).isTrue();
    }

    @Test
    @DisplayName("The snapshot is the seed format: the unchanged tenant's snapshot reads back as the seed")
    void snapshotIsSeedFormat() {
        DemoTenantData seed = DemoTenantJson.readSeed(DemoTenantSettings.CONTOSO);

        String json = DemoTenantJson.write(start().snapshot());

        assertThat(DemoTenantJson.read(json)).isEqualTo(seed);
    }

    private static final class InMemoryStore implements DemoTenantSnapshotStore {
        final List<String> saved = new ArrayList<>();
        boolean failNext;

        @Override
        public Optional<String> load() {
            return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1));
        }

        @Override
        public void save(String snapshotJson) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("database down");
            }
            saved.add(snapshotJson);
        }
    }
}
