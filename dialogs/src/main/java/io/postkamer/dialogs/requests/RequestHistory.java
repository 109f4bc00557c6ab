package io.postkamer.dialogs.requests;

import java.util.List;

/** Every request, decision, refusal and change, kept for the audit. Appended to, never changed. */
public interface RequestHistory {
    void record(HistoryEntry entry);

    /** The entries of one request, oldest first. */
    List<HistoryEntry> of(long number);

    /** Every entry, oldest first. */
    List<HistoryEntry> all();
}
