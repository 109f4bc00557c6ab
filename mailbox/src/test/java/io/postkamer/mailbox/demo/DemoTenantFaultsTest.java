package io.postkamer.mailbox.demo;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Right;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoTenantFaultsTest {
    private static final NewSharedMailbox MARKETING =
            new NewSharedMailbox("Afdeling Marketing", "marketing", "contoso.com");

    private final DemoTenant tenant = DemoTenant.load(DemoTenantSettings.contoso().withProvisioningDelay(Duration.ZERO));

    @Test
    @DisplayName("The next two grants are throttled with a retry-after and change nothing; the third is made")
    void throttled() {
        tenant.faults().next(Operation.GRANT, 2).throttled(Duration.ofSeconds(30));

        for (int i = 0; i < 2; i++) {
            Throwable thrown = catchThrowable(() -> tenant.grant(RECEPTIE32, FLIP, Right.SEND_AS, false));
            assertThat(thrown).isInstanceOfSatisfying(MailboxException.Throttled.class, e -> {
                assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
                assertThat(e.arguments()).containsExactly("Exchange Online", "30");
                assertThat(e.isTransient()).isTrue();
            });
        }
        assertThat(tenant.writes()).isEmpty();

        assertThat(tenant.grant(RECEPTIE32, FLIP, Right.SEND_AS, false)).isEqualTo(Change.MADE);
        assertThat(tenant.faults().pending(Operation.GRANT)).isZero();
    }

    @Test
    @DisplayName("A remote failure carries its status: 5xx is transient, 4xx is not; Graph operations name Graph")
    void remoteFailure() {
        tenant.faults().next(Operation.CREATE_SHARED_MAILBOX).remoteFailure(503);
        tenant.faults().next(Operation.SET_SIGN_IN_BLOCKED).remoteFailure(403);

        Throwable create = catchThrowable(() -> tenant.createSharedMailbox(MARKETING));
        Throwable block = catchThrowable(() -> tenant.setSignInBlocked(RECEPTIE32, false));

        assertThat(create).isInstanceOfSatisfying(MailboxException.RemoteFailure.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.isTransient()).isTrue();
            assertThat(e.arguments()).first().isEqualTo("Exchange Online");
        });
        assertThat(block).isInstanceOfSatisfying(MailboxException.RemoteFailure.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.isTransient()).isFalse();
            assertThat(e.arguments()).first().isEqualTo("Microsoft Graph");
        });
        assertThat(tenant.addressInUse("marketing@contoso.com")).isFalse();
        assertThat(tenant.mailbox(RECEPTIE32).orElseThrow().account().signInBlocked()).isTrue();
    }

    @Test
    @DisplayName("Any exception can be planned, for reads as well")
    void anyException() {
        tenant.faults().next(Operation.SEARCH_PRINCIPALS).fail(() -> new UncheckedIOException(new java.io.IOException("reset")));

        assertThat(catchThrowable(() -> tenant.searchPrincipals("fl", 5))).isInstanceOf(UncheckedIOException.class);
        assertThat(tenant.searchPrincipals("fl", 5)).hasSize(1);
    }

    @Test
    @DisplayName("A timeout after the write: the mailbox exists, the caller saw a failure, the retry finds ALREADY_SO")
    void timeoutAfterWrite() {
        tenant.faults().next(Operation.CREATE_SHARED_MAILBOX).timeoutAfterWrite();

        Throwable thrown = catchThrowable(() -> tenant.createSharedMailbox(MARKETING));

        assertThat(thrown).isInstanceOfSatisfying(MailboxException.RemoteFailure.class, e -> {
            assertThat(e.status()).isZero();
            assertThat(e.isTransient()).isTrue();
        });
        assertThat(tenant.addressInUse("marketing@contoso.com")).isTrue();
        assertThat(tenant.createSharedMailbox(MARKETING).change()).isEqualTo(Change.ALREADY_SO);
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    @Test
    @DisplayName("Faults are planned per operation and can be cleared")
    void perOperation() {
        tenant.faults().next(Operation.REVOKE).throttled(Duration.ofSeconds(5));

        assertThat(tenant.grant(RECEPTIE32, FLIP, Right.SEND_AS, false)).isEqualTo(Change.MADE);
        assertThat(tenant.faults().pending(Operation.REVOKE)).isEqualTo(1);

        tenant.faults().clear();

        assertThat(tenant.revoke(RECEPTIE32, FLIP, Right.SEND_AS)).isEqualTo(Change.MADE);
    }
}
