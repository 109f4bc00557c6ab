package io.postkamer.mailbox.demo;

import static io.postkamer.mailbox.Contoso.ANOUK;
import static io.postkamer.mailbox.Contoso.EXCHANGESTANDARD;
import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.MARKETING_TEAM;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.SANNE_MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Right;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The write log: what a caller changed, in order, so a test can assert that nothing was done twice. */
class DemoTenantWritesTest {
    private final InMemorySnapshotStore store = new InMemorySnapshotStore();
    private final DemoTenant tenant = DemoTenant.load(DemoTenantSettings.contoso().withClock(MutableClock.monday())
            .withProvisioningDelay(Duration.ZERO).withSnapshotStore(store));

    @Test
    @DisplayName("every change is one line, in the order made; the seed and setHybrid are not changes")
    void changesInOrder() {
        tenant.setHybrid(true);
        tenant.setHybrid(false);
        tenant.createSharedMailbox(new NewSharedMailbox("Afdeling Marketing", "marketing", "contoso.com"));
        tenant.grant("marketing@contoso.com", FLIP, Right.FULL_ACCESS, true);
        tenant.grant("marketing@contoso.com", MARKETING_TEAM, Right.FULL_ACCESS, true);
        tenant.grant("marketing@contoso.com", FLIP, Right.SEND_AS, false);
        tenant.revoke(RECEPTIE32, ANOUK, Right.SEND_ON_BEHALF);
        tenant.setSignInBlocked("marketing@contoso.com", true);
        tenant.setHiddenFromAddressLists(FACTUREN, false);
        tenant.convertToShared(SANNE_MAILBOX);
        tenant.removeLicence(SANNE_MAILBOX, EXCHANGESTANDARD);
        tenant.addEvent("marketing@contoso.com", "Kick-off", OffsetDateTime.parse("2026-11-25T10:00:00+01:00"),
                OffsetDateTime.parse("2026-11-25T11:00:00+01:00"), "");

        assertThat(tenant.writes()).containsExactly(
                "create marketing@contoso.com \"Afdeling Marketing\"",
                "grant marketing@contoso.com Flip Schoonen FULL_ACCESS automapping=true",
                "grant marketing@contoso.com Marketing Team FULL_ACCESS automapping=false",
                "grant marketing@contoso.com Flip Schoonen SEND_AS",
                "revoke receptie32@contoso.com Anouk Smit SEND_ON_BEHALF",
                "block sign-in marketing@contoso.com",
                "show facturen@contoso.com",
                "convert to shared sanne.willems@contoso.com",
                "remove licence sanne.willems@contoso.com EXCHANGESTANDARD",
                "add event marketing@contoso.com \"Kick-off\" 2026-11-25T10:00+01:00");
    }

    @Test
    @DisplayName("refusals, ALREADY_SO and injected faults before the change write nothing")
    void refusalsAreNotWrites() {
        tenant.grant(RECEPTIE32, FLIP, Right.SEND_AS, false);
        tenant.setSignInBlocked(RECEPTIE32, true);
        tenant.createSharedMailbox(new NewSharedMailbox("Afdeling Marketing", "marketing", "contoso.com"));
        tenant.createSharedMailbox(new NewSharedMailbox("Afdeling Marketing", "marketing", "contoso.com"));
        assertThatThrownBy(() -> tenant.createSharedMailbox(new NewSharedMailbox("Receptie", "receptie32", "contoso.com")))
                .isInstanceOf(MailboxException.AlreadyExists.class);
        tenant.faults().next(DemoOperation.GRANT).throttle(Duration.ofSeconds(3));
        assertThatThrownBy(() -> tenant.grant(RECEPTIE32, ANOUK, Right.SEND_AS, false))
                .isInstanceOf(MailboxException.Throttled.class);

        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    @Test
    @DisplayName("a lost answer is a write (the change was made); a change the store could not keep is not")
    void lostAnswerAndFailedSave() {
        tenant.faults().next(DemoOperation.SET_SIGN_IN_BLOCKED).loseAnswer();
        assertThatThrownBy(() -> tenant.setSignInBlocked(FACTUREN, true)).isInstanceOf(MailboxException.class);
        store.failSaves(true);
        assertThatThrownBy(() -> tenant.grant(FACTUREN, FLIP, Right.SEND_AS, false))
                .isInstanceOf(MailboxException.RemoteFailure.class);

        assertThat(tenant.writes()).containsExactly("block sign-in facturen@contoso.com");
    }
}
