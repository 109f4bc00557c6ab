package io.postkamer.bot.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.bot.testing.App;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** What a newcomer created on the demo tenant is still there after the bot restarts. */
class DemoTenantSurvivesRestartTest {
    private static final String FLIP = "291d3957-a94a-4d01-b0be-52a317710a3d";

    @Test
    @DisplayName("a mailbox and a grant made on the demo tenant survive a restart of the application")
    void createdMailboxSurvivesRestart(@TempDir Path data) {
        String mailboxId;
        try (ConfigurableApplicationContext app = App.start("postkamer.data-dir=" + data)) {
            DemoTenant tenant = app.getBean(DemoTenant.class);
            mailboxId = tenant.createSharedMailbox(
                            new NewSharedMailbox("Afdeling Marketing", "marketing", "contoso.com"))
                    .mailbox()
                    .id();
            assertThat(tenant.grant(mailboxId, FLIP, Right.SEND_AS, false)).isEqualTo(Change.MADE);
        }

        try (ConfigurableApplicationContext app = App.start("postkamer.data-dir=" + data)) {
            DemoTenant tenant = app.getBean(DemoTenant.class);
            assertThat(tenant.mailbox("marketing@contoso.com"))
                    .hasValueSatisfying(
                            mailbox -> assertThat(mailbox.displayName()).isEqualTo("Afdeling Marketing"));
            assertThat(tenant.delegates(mailboxId)).anySatisfy(grant -> {
                assertThat(grant.trusteeId()).isEqualTo(FLIP);
                assertThat(grant.right()).isEqualTo(Right.SEND_AS);
            });
        }
    }

    @Test
    @DisplayName("with persistence switched off, a restart starts again from the seed")
    void notPersistedStartsFromSeed(@TempDir Path data) {
        try (ConfigurableApplicationContext app =
                App.start("postkamer.data-dir=" + data, "postkamer.demo.persist=false")) {
            app.getBean(DemoTenant.class)
                    .createSharedMailbox(new NewSharedMailbox("Afdeling Marketing", "marketing", "contoso.com"));
        }

        try (ConfigurableApplicationContext app =
                App.start("postkamer.data-dir=" + data, "postkamer.demo.persist=false")) {
            assertThat(app.getBean(DemoTenant.class).mailbox("marketing@contoso.com"))
                    .isEmpty();
        }
    }
}
