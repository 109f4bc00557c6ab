package io.postkamer.mailbox.demo;

import static io.postkamer.mailbox.Contoso.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Faults a test plans on the demo tenant, to see how callers live with a remote that misbehaves. */
class DemoTenantFaultsTest {
    private final DemoTenant tenant =
            DemoTenant.load(DemoTenantSettings.contoso().withClock(MutableClock.monday()));

    @Test
    @DisplayName("the next two grants are throttled with Retry-After and change nothing; the third works")
    void throttle() {
        tenant.faults().next(DemoOperation.GRANT, 2).throttle(Duration.ofSeconds(7));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tenant.grant(RECEPTIE32, BRAM, Right.SEND_AS, false))
                    .isInstanceOfSatisfying(MailboxException.Throttled.class, e -> {
                        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
                        assertThat(e.isTransient()).isTrue();
                        assertThat(e.problem()).isEqualTo(Problem.THROTTLED);
                    });
            assertThat(tenant.delegates(RECEPTIE32))
                    .noneMatch(g -> g.trusteeId().equals(BRAM));
        }
        assertThat(tenant.grant(RECEPTIE32, BRAM, Right.SEND_AS, false)).isEqualTo(Change.MADE);
        assertThat(tenant.faults().pending(DemoOperation.GRANT)).isZero();
    }

    @Test
    @DisplayName("a remote failure carries its status; 5xx is transient, 4xx is not")
    void remoteFailure() {
        tenant.faults().next(DemoOperation.SET_SIGN_IN_BLOCKED).failRemotely(503);
        tenant.faults().next(DemoOperation.SET_SIGN_IN_BLOCKED).failRemotely(403);
        assertThatThrownBy(() -> tenant.setSignInBlocked(FACTUREN, true))
                .isInstanceOfSatisfying(MailboxException.RemoteFailure.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.isTransient()).isTrue();
                    assertThat(e.getMessage()).contains("Microsoft Graph");
                });
        assertThatThrownBy(() -> tenant.setSignInBlocked(FACTUREN, true))
                .isInstanceOfSatisfying(
                        MailboxException.RemoteFailure.class,
                        e -> assertThat(e.isTransient()).isFalse());
        assertThat(tenant.mailbox(FACTUREN).orElseThrow().account().signInBlocked())
                .isFalse();
    }

    @Test
    @DisplayName(
            "a lost answer: the mailbox is created, the caller gets a timeout, and the retry finds it (ALREADY_SO)")
    void loseAnswer() {
        NewSharedMailbox request = new NewSharedMailbox("Kantine", "kantine", "contoso.com");
        tenant.faults().next(DemoOperation.CREATE_SHARED_MAILBOX).loseAnswer();
        assertThatThrownBy(() -> tenant.createSharedMailbox(request))
                .isInstanceOfSatisfying(MailboxException.RemoteFailure.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.isTransient()).isTrue();
                });
        assertThat(tenant.addressInUse("kantine@contoso.com")).isTrue();
        Created retried = tenant.createSharedMailbox(request);
        assertThat(retried.change()).isEqualTo(Change.ALREADY_SO);
        assertThat(tenant.sharedMailboxes())
                .filteredOn(m -> m.alias().equals("kantine"))
                .hasSize(1);
    }

    @Test
    @DisplayName("a given exception is thrown as planned, only for that operation")
    void givenException() {
        tenant.faults()
                .next(DemoOperation.DELEGATES)
                .thenThrow(new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, RECEPTIE32));
        assertThat(tenant.mailbox(RECEPTIE32)).isPresent();
        assertThatThrownBy(() -> tenant.delegates(RECEPTIE32))
                .isInstanceOfSatisfying(
                        MailboxException.NotFound.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.MAILBOX_NOT_FOUND));
        assertThat(tenant.delegates(RECEPTIE32))
                .extracting(PermissionGrant::trusteeId)
                .contains(FLIP);
    }

    @Test
    @DisplayName("cleared faults are not thrown")
    void clear() {
        tenant.faults().next(DemoOperation.ORGANISATION, 3).failRemotely(500);
        tenant.faults().clear();
        assertThat(tenant.organisation().displayName()).isEqualTo("Contoso");
    }

    @Test
    @DisplayName("planning zero faults is refused")
    void zeroTimes() {
        assertThatThrownBy(() -> tenant.faults().next(DemoOperation.GRANT, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
