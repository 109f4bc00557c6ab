package io.postkamer.bot.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.Postgres;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditTrail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail is written by the running bot into its database and outlives a restart. */
class JdbcAuditTrailTest {
    private static final String MEGAN = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";
    private static final String FLIP = "291d3957-a94a-4d01-b0be-52a317710a3d";
    private static final String RECEPTIE32 = "31652c84-4fd0-4b22-940a-9ce4af7611f1";

    @Test
    @DisplayName("on H2: a change and a refusal made over HTTP are in the trail, newest first, after a restart")
    void auditOnH2(@TempDir Path data) {
        auditSurvivesRestart("postkamer.data-dir=" + data);
    }

    @Test
    @DisplayName("on PostgreSQL: the same trail, the same order")
    void auditOnPostgres(@TempDir Path data) throws Exception {
        try (EmbeddedPostgres postgres = Postgres.start()) {
            auditSurvivesRestart("postkamer.data-dir=" + data, "spring.datasource.url=" + Postgres.jdbcUrl(postgres));
        }
    }

    private static void auditSurvivesRestart(String... settings) {
        try (ConfigurableApplicationContext app = App.start(settings)) {
            press(app, MEGAN, "manage.hide");
            press(app, FLIP, "manage.show");
        }
        try (ConfigurableApplicationContext app = App.start(settings)) {
            List<AuditEntry> trail = app.getBean(AuditTrail.class).history("RECEPTIE32@contoso.com", 10);

            assertThat(trail).extracting(AuditEntry::actorId, AuditEntry::action, AuditEntry::outcome).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(FLIP, "show in address lists", AuditEntry.Outcome.REFUSED),
                    org.assertj.core.groups.Tuple.tuple(MEGAN, "hide from address lists", AuditEntry.Outcome.DONE));
            assertThat(trail.get(1).before()).isEqualTo("shown");
            assertThat(trail.get(1).after()).isEqualTo("hidden");
        }
    }

    private static void press(ConfigurableApplicationContext app, String who, String verb) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putObject("action").put("type", "Action.Execute").put("verb", verb).putObject("data")
                .put("mailbox", RECEPTIE32);
        assertThat(App.post(app, "/api/messages", Activities.expectReplies(Activities.invoke("audit-" + who, who,
                "adaptiveCard/action", value, "en-US")).toString(), null).statusCode()).isEqualTo(200);
    }
}
