package io.postkamer.mailbox.demo;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MARKETING_TEAM;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What only the demo tenant has: its settings, its write log, and being shared by many threads. */
class DemoTenantTest {
    private static final NewSharedMailbox MARKETING =
            new NewSharedMailbox("Afdeling Marketing", "marketing", "contoso.com");

    private final MutableClock clock = MutableClock.atDemoStart();

    private DemoTenant tenant(Duration provisioning) {
        return DemoTenant.load(DemoTenantSettings.contoso().withClock(clock).withProvisioningDelay(provisioning));
    }

    @Test
    @DisplayName("A new shared mailbox is provisioning for exactly the configured delay")
    void provisioningDelay() {
        DemoTenant tenant = tenant(Duration.ofMinutes(2));
        String id = tenant.createSharedMailbox(MARKETING).mailbox().id();

        clock.advance(Duration.ofSeconds(119));
        assertThat(tenant.mailbox(id).orElseThrow().state()).isEqualTo(ProvisioningState.PROVISIONING);
        assertThatThrownBy(() -> tenant.setSignInBlocked(id, true))
                .isInstanceOfSatisfying(MailboxException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MAILBOX_NOT_READY));

        clock.advance(Duration.ofSeconds(1));
        assertThat(tenant.mailbox(id).orElseThrow().state()).isEqualTo(ProvisioningState.READY);
        assertThat(tenant.setSignInBlocked(id, true)).isEqualTo(Change.MADE);
    }

    @Test
    @DisplayName("Without a provisioning delay a new mailbox is ready at once; by default it takes five seconds")
    void noDelay() {
        assertThat(tenant(Duration.ZERO).createSharedMailbox(MARKETING).mailbox().isReady()).isTrue();
        assertThat(DemoTenantSettings.contoso().provisioningDelay()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    @DisplayName("finishProvisioning makes a provisioning mailbox ready without waiting")
    void finishProvisioning() {
        DemoTenant tenant = tenant(Duration.ofHours(1));
        String id = tenant.createSharedMailbox(MARKETING).mailbox().id();

        tenant.finishProvisioning();

        assertThat(tenant.grant(id, FLIP, Right.SEND_AS, false)).isEqualTo(Change.MADE);
    }

    @Test
    @DisplayName("A hybrid organisation refuses to create a shared mailbox and nothing is written")
    void hybrid() {
        DemoTenant tenant = DemoTenant.load(DemoTenantSettings.contoso().withHybrid(true));

        assertThat(tenant.organisation().hybrid()).isTrue();
        assertThatThrownBy(() -> tenant.createSharedMailbox(MARKETING))
                .isInstanceOfSatisfying(MailboxException.class, e -> assertThat(e.problem()).isEqualTo(Problem.HYBRID_ORGANISATION));
        assertThat(tenant.writes()).isEmpty();
        assertThat(tenant.addressInUse("marketing@contoso.com")).isFalse();
    }

    @Test
    @DisplayName("The write log lists each change once, in order; ALREADY_SO and refusals write nothing")
    void writeLog() {
        DemoTenant tenant = tenant(Duration.ZERO);

        tenant.createSharedMailbox(MARKETING);
        tenant.createSharedMailbox(MARKETING);
        tenant.grant("marketing@contoso.com", FLIP, Right.FULL_ACCESS, true);
        tenant.grant("marketing@contoso.com", FLIP, Right.SEND_AS, false);
        tenant.grant("marketing@contoso.com", FLIP, Right.SEND_AS, false);
        tenant.grant("marketing@contoso.com", GER, Right.SEND_ON_BEHALF, false);
        tenant.setSignInBlocked("marketing@contoso.com", true);
        tenant.revoke("marketing@contoso.com", GER, Right.SEND_ON_BEHALF);
        tenant.setHiddenFromAddressLists("marketing@contoso.com", true);
        tenant.addEvent("marketing@contoso.com", "Overleg", OffsetDateTime.parse("2026-12-02T10:00:00+01:00"),
                OffsetDateTime.parse("2026-12-02T11:00:00+01:00"), "");
        assertThatThrownBy(() -> tenant.createSharedMailbox(new NewSharedMailbox("X", "receptie32", "contoso.com")))
                .isInstanceOf(MailboxException.AlreadyExists.class);

        assertThat(tenant.writes()).containsExactly(
                "create marketing@contoso.com \"Afdeling Marketing\"",
                "grant marketing Flip Schoonen FULL_ACCESS automapping=true",
                "grant marketing Flip Schoonen SEND_AS",
                "grant marketing Ger Verbeek SEND_ON_BEHALF",
                "block sign-in marketing",
                "revoke marketing Ger Verbeek SEND_ON_BEHALF",
                "hide marketing",
                "add event marketing \"Overleg\"");
    }

    @Test
    @DisplayName("A group granted Full Access never gets automapping")
    void groupHasNoAutomapping() {
        DemoTenant tenant = tenant(Duration.ZERO);

        tenant.grant(RECEPTIE32, MARKETING_TEAM, Right.FULL_ACCESS, true);

        assertThat(tenant.delegates(RECEPTIE32))
                .contains(new PermissionGrant(MARKETING_TEAM, "Marketing Team", Right.FULL_ACCESS, false));
    }

    @Test
    @DisplayName("An alias another mailbox has is refused with ADDRESS_TAKEN, also on the other domain")
    void aliasTaken() {
        DemoTenant tenant = tenant(Duration.ZERO);

        assertThatThrownBy(() -> tenant.createSharedMailbox(new NewSharedMailbox("Sanne", "sanne.bakker", "contoso.com")))
                .isInstanceOfSatisfying(MailboxException.AlreadyExists.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.ADDRESS_TAKEN));
    }

    @Test
    @DisplayName("A new mailbox gets the same id in every run")
    void stableIds() {
        String first = tenant(Duration.ZERO).createSharedMailbox(MARKETING).mailbox().id();
        String second = tenant(Duration.ZERO).createSharedMailbox(MARKETING).mailbox().id();

        assertThat(first).isEqualTo(second).matches("[0-9a-f-]{36}");
    }

    @Test
    @DisplayName("Many threads granting the same right at once make one grant")
    void concurrentGrants() throws Exception {
        DemoTenant tenant = tenant(Duration.ZERO);

        List<Change> changes = inParallel(16, i -> () -> tenant.grant(RECEPTIE32, FLIP, Right.SEND_AS, false));

        assertThat(changes).containsOnlyOnce(Change.MADE);
        assertThat(tenant.delegates(RECEPTIE32)).filteredOn(g -> g.trusteeId().equals(FLIP)).hasSize(1);
        assertThat(tenant.writes()).hasSize(1);
    }

    @Test
    @DisplayName("Many threads creating the same mailbox at once create it once; different mailboxes all get created")
    void concurrentCreates() throws Exception {
        DemoTenant tenant = tenant(Duration.ZERO);

        List<Created> same = inParallel(16, i -> () -> tenant.createSharedMailbox(MARKETING));
        List<Created> different = inParallel(16, i -> () ->
                tenant.createSharedMailbox(new NewSharedMailbox("Team " + i, "team" + i, "contoso.nl")));

        assertThat(same).extracting(Created::change).containsOnlyOnce(Change.MADE);
        assertThat(different).extracting(Created::change).containsOnly(Change.MADE);
        assertThat(tenant.sharedMailboxes()).hasSize(2 + 1 + 16);
    }

    private static <T> List<T> inParallel(int threads, java.util.function.IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = pool.invokeAll(IntStream.range(0, threads).mapToObj(task).toList());
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
