package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.mailbox.AutomaticReply;
import io.postkamer.mailbox.Change;
import java.util.List;

/**
 * A mailbox's automatic reply, through Exchange's auto-reply configuration. Exchange keeps the messages as HTML; the
 * text is sent as HTML with its line breaks kept, and compared by the words a reader sees, so a reply tried again after
 * a lost answer finds its own earlier effect.
 */
final class AutomaticReplies {
    private final ExchangeAdminClient exchange;
    private final Resilience resilience;
    private final MailboxReads mailboxes;

    AutomaticReplies(ExchangeAdminClient exchange, Resilience resilience, MailboxReads mailboxes) {
        this.exchange = exchange;
        this.resilience = resilience;
        this.mailboxes = mailboxes;
    }

    AutomaticReply read(String mailboxId) {
        String address = mailboxes.require(mailboxId).primarySmtpAddress();
        return resilience.run(address, attempt -> current(address));
    }

    Change set(String mailboxId, AutomaticReply reply) {
        reply.requireValid();
        String address = mailboxes.require(mailboxId).primarySmtpAddress();
        return resilience.write(address, sent -> {
            if (current(address).sameAs(reply)) {
                return sent.get() ? Change.MADE : Change.ALREADY_SO;
            }
            sent.set(true);
            Cmdlet set = Cmdlet.named("Set-MailboxAutoReplyConfiguration")
                    .with("Identity", address)
                    .with("AutoReplyState", reply.enabled() ? "Enabled" : "Disabled");
            if (reply.enabled()) {
                set = set.with("InternalMessage", html(reply.internalMessage()))
                        .with("ExternalMessage", html(reply.externalMessage()))
                        .with("ExternalAudience", "All");
            }
            exchange.invoke(set);
            return Change.MADE;
        });
    }

    private AutomaticReply current(String address) {
        List<JsonNode> found = exchange.invoke(
                Cmdlet.named("Get-MailboxAutoReplyConfiguration").with("Identity", address));
        if (found.isEmpty()) {
            return AutomaticReply.OFF;
        }
        JsonNode c = found.get(0);
        boolean enabled = !"Disabled".equalsIgnoreCase(c.path("AutoReplyState").asText("Disabled"));
        return new AutomaticReply(
                enabled,
                c.path("InternalMessage").asText(""),
                c.path("ExternalMessage").asText(""));
    }

    /** The text as Exchange shows it in Outlook: escaped, each line its own. */
    private static String html(String text) {
        String escaped = text.strip()
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("\r\n", "\n")
                .replace("\n", "<br>");
        return "<html><body>" + escaped + "</body></html>";
    }
}
