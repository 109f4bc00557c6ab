package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.requests.ExportCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditFilter;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Problem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * "export audit", for administrators: the audit, of one mailbox or all and between two days if asked, as a
 * CSV file behind a download link that works for a short while. Every export and every refusal is audited.
 */
final class AuditExport {
    private final MailboxCalls calls;
    private final Requests requests;
    private final RequestRecorder recorder;

    AuditExport(MailboxCalls calls, Requests requests, RequestRecorder recorder) {
        this.calls = calls;
        this.requests = requests;
        this.recorder = recorder;
    }

    /** What an export came to: how many lines, and where to download them. */
    private record Exported(int lines, URI link) {}

    CompletableFuture<Void> export(TurnContext turn, Asker asker, RequestIntents.Export asked) {
        Texts texts = asker.texts();
        return calls.isAdministrator(asker.id()).thenCompose(admin -> {
            if (admin.isFailure() || !admin.get()) {
                return calls.store(service -> recorded(asker, AuditEntry.Outcome.REFUSED, "not an administrator"))
                        .thenCompose(refused -> CardReplies.say(turn, texts.get("request.export.adminsOnly")));
            }
            return calls.store(service -> offer(service, asker, asked))
                    .thenCompose(exported -> exported.isFailure()
                            ? RequestReplies.sayProblem(turn, texts, exported)
                            : RequestReplies.show(
                                    turn,
                                    ExportCard.render(
                                            texts,
                                            exported.get().lines(),
                                            exported.get().link(),
                                            requests.downloads().validFor())));
        });
    }

    private AuditEntry.Outcome recorded(Asker asker, AuditEntry.Outcome outcome, String detail) {
        recorder.record(asker.id(), "export audit", AuditEntry.Target.NONE, outcome, detail);
        return outcome;
    }

    /** The entries asked for, as a file to download; a mailbox named that is not there is a problem to say. */
    private Exported offer(MailboxService service, Asker asker, RequestIntents.Export asked) {
        Texts texts = asker.texts();
        Optional<String> mailbox = asked.mailbox()
                .map(name -> calls.finder()
                        .entry(service, name)
                        .map(MailboxEntry::primarySmtpAddress)
                        .or(() -> service.mailbox(name).map(Mailbox::primarySmtpAddress))
                        .orElseThrow(() -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, name)));
        AuditFilter filter = new AuditFilter(
                mailbox, asked.from().map(AuditExport::startOf), asked.until().map(day -> startOf(day.plusDays(1))));
        List<AuditEntry> entries = requests.audit().all(filter);
        URI link = requests.downloads()
                .offer(new Downloads.Download(
                        "postkamer-audit.csv",
                        "text/csv; charset=utf-8",
                        AuditCsv.of(entries, texts).getBytes(StandardCharsets.UTF_8)));
        recorded(
                asker,
                AuditEntry.Outcome.DONE,
                entries.size() + " lines"
                        + asked.mailbox().map(m -> ", mailbox " + m).orElse("")
                        + asked.from().map(d -> ", from " + d).orElse("")
                        + asked.until().map(d -> ", until " + d).orElse(""));
        return new Exported(entries.size(), link);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
