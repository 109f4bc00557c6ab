package io.postkamer.dialogs.requests;

import java.util.List;

/** The requests history as CSV (RFC 4180): one line per entry, oldest first, with a header. */
public final class AuditCsv {
    private AuditCsv() {
    }

    public static String of(List<HistoryEntry> entries) {
        StringBuilder csv = new StringBuilder("request,at,actor,event,subject,outcome,detail\r\n");
        for (HistoryEntry entry : entries) {
            csv.append(entry.number()).append(',').append(entry.at()).append(',').append(field(entry.actorId()))
                    .append(',').append(field(entry.event())).append(',').append(field(entry.subject())).append(',')
                    .append(field(entry.outcome())).append(',').append(field(entry.detail())).append("\r\n");
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
