package io.postkamer.dialogs.manage;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.manage.HistoryCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditSentences;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.ReaderZone;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The audit trail of one mailbox, for administrators: by address, alias, id or display name. */
final class MailboxHistory {
    private static final int LENGTH = 30;

    private final MailboxCalls calls;

    MailboxHistory(MailboxCalls calls) {
        this.calls = calls;
    }

    CompletableFuture<Void> show(TurnContext turn, Texts texts, String actor, String nameOrAddress) {
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure() || !admin.get()) {
                return ManageReplies.refuseRead(
                        calls,
                        turn,
                        texts,
                        actor,
                        nameOrAddress,
                        "read history",
                        new MailboxException.NotAuthorised(actor));
            }
            return calls.read(service -> service.mailbox(nameOrAddress)
                            .or(() -> calls.finder().shared(service, nameOrAddress))
                            .map(mailbox -> new Trail(
                                    mailbox,
                                    entries(
                                            texts,
                                            ReaderZone.of(turn),
                                            calls.audit().ofMailbox(mailbox.primarySmtpAddress(), LENGTH)))))
                    .thenCompose(found -> {
                        if (found.isFailure()) {
                            return ManageReplies.say(turn, texts, Message.of(found.problem()));
                        }
                        return found.get()
                                .map(trail -> ManageReplies.show(
                                        turn,
                                        HistoryCard.render(
                                                texts,
                                                trail.mailbox().id(),
                                                trail.mailbox().displayName(),
                                                trail.entries())))
                                .orElseGet(() ->
                                        ManageReplies.say(turn, texts, Message.of("manage.notFound", nameOrAddress)));
                    });
        });
    }

    private record Trail(Mailbox mailbox, List<HistoryCard.Entry> entries) {}

    /** Each entry as a sentence in the reader's language, at the reader's time. */
    private static List<HistoryCard.Entry> entries(Texts texts, ZoneId zone, List<AuditEntry> trail) {
        return trail.stream()
                .map(entry -> new HistoryCard.Entry(
                        texts.dateTime(entry.at().atZone(zone)),
                        entry.actor().name(),
                        AuditSentences.what(entry, texts),
                        AuditSentences.outcome(entry, texts),
                        entry.outcome() == AuditEntry.Outcome.REFUSED
                                || entry.outcome() == AuditEntry.Outcome.FAILED
                                || entry.outcome() == AuditEntry.Outcome.NOT_DELIVERED))
                .toList();
    }
}
