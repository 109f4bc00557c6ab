package io.postkamer.dialogs.requests.memory;

import io.postkamer.dialogs.requests.HistoryEntry;
import io.postkamer.dialogs.requests.RequestHistory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The requests history in memory. */
public final class MemoryRequestHistory implements RequestHistory {
    private final List<HistoryEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(HistoryEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<HistoryEntry> of(long number) {
        return entries.stream().filter(entry -> entry.number() == number).toList();
    }

    @Override
    public List<HistoryEntry> all() {
        return List.copyOf(entries);
    }
}
