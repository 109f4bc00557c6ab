package io.postkamer.dialogs.requests;

import io.postkamer.cards.Texts;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditSentences;
import java.util.List;

/**
 * The audit as CSV (RFC 4180): one line per entry, oldest first, with a header. Names are shown, ids
 * in columns of their own. The fixed columns keep the audit's own words, for tools and auditors; the last two
 * tell each entry and its outcome as sentences in the reader's language.
 */
public final class AuditCsv {
    private static final String HEADER =
            "at,actor,actor id,action,target,target id,mailbox,request,outcome,detail,before,after,";

    private AuditCsv() {}

    public static String of(List<AuditEntry> entries, Texts texts) {
        StringBuilder csv = new StringBuilder(HEADER)
                .append(field(texts.get("request.export.column.what")))
                .append(',')
                .append(field(texts.get("request.export.column.outcome")))
                .append("\r\n");
        for (AuditEntry entry : entries) {
            List<String> cells = List.of(
                    entry.at().toString(),
                    entry.actor().name(),
                    entry.actor().id(),
                    entry.action(),
                    entry.target().name(),
                    entry.target().id(),
                    entry.target().mailbox(),
                    entry.request() == 0 ? "" : Long.toString(entry.request()),
                    entry.outcome().word(),
                    entry.detail(),
                    entry.before(),
                    entry.after(),
                    AuditSentences.what(entry, texts),
                    AuditSentences.outcome(entry, texts));
            for (int i = 0; i < cells.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(field(cells.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** Quoted when needed; a leading = + - @ TAB or CR is neutralised so a spreadsheet never runs it as a formula. */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
