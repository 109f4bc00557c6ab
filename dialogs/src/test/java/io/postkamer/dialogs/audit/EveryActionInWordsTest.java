package io.postkamer.dialogs.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.cards.Texts;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every action the bot writes in the audit is told in the reader's words: in the history and in the export's column
 * of sentences, a Dutch reader never meets the action's code ("export audit", "notify approver").
 */
class EveryActionInWordsTest {
    private static final Texts DUTCH = Texts.forLocale("nl-NL");
    private static final Texts ENGLISH = Texts.forLocale("en-US");

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "create shared mailbox",
                "add members",
                "add group as member",
                "continue creating",
                "open from an ended wizard",
                "open overview",
                "read history",
                "read calendar",
                "add appointment",
                "grant SEND_AS",
                "revoke FULL_ACCESS",
                "remove all rights",
                "switch automapping",
                "hide from address lists",
                "show in address lists",
                "block sign-in",
                "block sign-in for all",
                "unblock sign-in",
                "sign out everywhere",
                "set automatic reply",
                "remove licence",
                "convert to shared",
                "copy mailbox access",
                "offboard",
                "set request approvers",
                "set helpdesk channel",
                "request access",
                "request new mailbox",
                "approve",
                "reject",
                "assign",
                "reassign",
                "fulfil",
                "cancel",
                "notify approver",
                "notify requester",
                "notify requester of reassignment",
                "notify expiry soon",
                "notify expiry",
                "post to helpdesk channel",
                "reminder",
                "export audit",
                "read health report",
                "post health report",
                "start access review",
                "finish access review",
                "notify reviewer",
                "remind reviewer",
                "notify member of removal"
            })
    @DisplayName("each action is a sentence without its code, in Dutch and in English, done or refused")
    void toldInWords(String action) {
        for (AuditEntry.Outcome outcome :
                new AuditEntry.Outcome[] {AuditEntry.Outcome.DONE, AuditEntry.Outcome.REFUSED}) {
            AuditEntry entry = new AuditEntry(
                    Instant.parse("2026-12-05T10:00:00Z"),
                    new AuditEntry.Party("m", "Megan Bowen"),
                    action,
                    new AuditEntry.Target("f", "Facturen", "facturen@contoso.com"),
                    4,
                    outcome,
                    "",
                    "",
                    "");
            String dutch = AuditSentences.what(entry, DUTCH);
            assertThat(dutch)
                    .as("%s, %s, in Dutch", action, outcome)
                    .doesNotContain(action)
                    .contains("Megan Bowen");
            assertThat(AuditSentences.what(entry, ENGLISH))
                    .as("%s, %s, in English", action, outcome)
                    .doesNotContain(": " + action);
        }
    }
}
