package io.postkamer.bot.audit;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.JdbcTemplate;

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
            List<AuditEntry> trail = app.getBean(AuditTrail.class).ofMailbox("RECEPTIE32@contoso.com", 10);

            assertThat(trail)
                    .extracting(
                            e -> e.actor().id(),
                            e -> e.actor().name(),
                            AuditEntry::action,
                            e -> e.target().name(),
                            AuditEntry::outcome)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    FLIP,
                                    "Flip Schoonen",
                                    "show in address lists",
                                    "Ontvangstgebouw 32",
                                    AuditEntry.Outcome.REFUSED),
                            org.assertj.core.groups.Tuple.tuple(
                                    MEGAN,
                                    "Megan Bowen",
                                    "hide from address lists",
                                    "Ontvangstgebouw 32",
                                    AuditEntry.Outcome.DONE));
            assertThat(trail.get(1).before()).isEqualTo("shown");
            assertThat(trail.get(1).after()).isEqualTo("hidden");
        }
    }

    @Test
    @DisplayName("upgrading to the one audit keeps every line of the mailbox audit and the request history, once")
    void oldTrailsAreMerged(@TempDir Path data) {
        try (ConfigurableApplicationContext before =
                App.start("postkamer.data-dir=" + data, "spring.flyway.target=5")) {
            JdbcTemplate jdbc = before.getBean(JdbcTemplate.class);
            jdbc.update(
                    "INSERT INTO audit_entry (at, actor_id, mailbox, action, before_state, after_state, outcome, detail) "
                            + "VALUES (TIMESTAMP '2026-11-20 10:00:00', ?, 'RECEPTIE32@contoso.com', 'block sign-in', 'allowed', "
                            + "'blocked', 'DONE', '')",
                    MEGAN);
            jdbc.update(
                    "INSERT INTO audit_entry (at, actor_id, mailbox, action, before_state, after_state, outcome, detail) "
                            + "VALUES (TIMESTAMP '2026-11-20 11:00:00', 'postkamer', 'receptie32@contoso.com', "
                            + "'request #1 grant SEND_AS', '', 'Flip Schoonen', 'DONE', '')");
            jdbc.update(
                    "INSERT INTO request_history (request_number, happened_at, actor_id, event_name, subject, outcome, "
                            + "detail) VALUES (1, TIMESTAMP '2026-11-20 11:00:00', 'postkamer', 'grant SEND_AS', "
                            + "'receptie32@contoso.com', 'done', 'MADE')");
            jdbc.update(
                    "INSERT INTO request_history (request_number, happened_at, actor_id, event_name, subject, outcome, "
                            + "detail) VALUES (1, TIMESTAMP '2026-11-20 11:01:00', 'postkamer', 'notify requester', "
                            + "'receptie32@contoso.com', 'not delivered', 'unknown host')");
        }
        try (ConfigurableApplicationContext after = App.start("postkamer.data-dir=" + data)) {
            AuditTrail audit = after.getBean(AuditTrail.class);

            assertThat(audit.all(io.postkamer.dialogs.audit.AuditFilter.everything()))
                    .extracting(
                            AuditEntry::action,
                            AuditEntry::request,
                            AuditEntry::outcome,
                            e -> e.target().mailbox())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "block sign-in", 0L, AuditEntry.Outcome.DONE, "receptie32@contoso.com"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "grant SEND_AS", 1L, AuditEntry.Outcome.DONE, "receptie32@contoso.com"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "notify requester",
                                    1L,
                                    AuditEntry.Outcome.NOT_DELIVERED,
                                    "receptie32@contoso.com"));
            assertThat(audit.ofRequest(1)).hasSize(2);
        }
    }

    private static void press(ConfigurableApplicationContext app, String who, String verb) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putObject("action")
                .put("type", "Action.Execute")
                .put("verb", verb)
                .putObject("data")
                .put("mailbox", RECEPTIE32)
                // The confirmation's own button: the change itself, as the audit records it.
                .put("confirmed", true);
        assertThat(App.post(
                                app,
                                "/api/messages",
                                Activities.expectReplies(Activities.invoke(
                                                "audit-" + who, who, "adaptiveCard/action", value, "en-US"))
                                        .toString(),
                                null)
                        .statusCode())
                .isEqualTo(200);
    }
}
