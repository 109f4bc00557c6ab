package io.postkamer.dialogs.requests.memory;

import io.postkamer.dialogs.requests.AccessRequest;
import io.postkamer.dialogs.requests.ApplyState;
import io.postkamer.dialogs.requests.Decision;
import io.postkamer.dialogs.requests.NewAccessRequest;
import io.postkamer.dialogs.requests.RequestState;
import io.postkamer.dialogs.requests.RequestStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Requests in memory, for one instance (tests, a bot without a database). */
public final class MemoryRequestStore implements RequestStore {
    private final Map<Long, AccessRequest> requests = new TreeMap<>();
    private long last;

    @Override
    public synchronized AccessRequest create(NewAccessRequest request) {
        AccessRequest stored = AccessRequest.from(++last, request);
        requests.put(stored.number(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<AccessRequest> find(long number) {
        return Optional.ofNullable(requests.get(number));
    }

    @Override
    public synchronized List<AccessRequest> byRequester(String requesterId) {
        return requests.values().stream()
                .filter(r -> r.requesterId().equalsIgnoreCase(requesterId))
                .sorted(Comparator.comparingLong(AccessRequest::number).reversed())
                .toList();
    }

    @Override
    public synchronized List<AccessRequest> pending() {
        return requests.values().stream().filter(AccessRequest::isPending).toList();
    }

    @Override
    public synchronized boolean decide(Decision decision) {
        AccessRequest current = requests.get(decision.number());
        if (current == null || current.state() != RequestState.PENDING) {
            return false;
        }
        requests.put(current.number(), current.decided(decision));
        return true;
    }

    @Override
    public synchronized boolean recordApplied(long number, ApplyState outcome, String detail, Instant at) {
        AccessRequest current = requests.get(number);
        if (current == null || current.state() != RequestState.APPROVED || current.applied() != ApplyState.NOT_YET) {
            return false;
        }
        requests.put(number, current.appliedAs(outcome, detail));
        return true;
    }

    @Override
    public synchronized boolean assign(long number, String personId, String name) {
        AccessRequest current = requests.get(number);
        if (current == null || !current.isPending()) {
            return false;
        }
        requests.put(number, current.assignedTo(personId, name));
        return true;
    }

    @Override
    public synchronized boolean reassign(long number, String approverId) {
        AccessRequest current = requests.get(number);
        if (current == null || !current.isPending()) {
            return false;
        }
        requests.put(number, current.reassignedTo(approverId));
        return true;
    }

    @Override
    public synchronized List<AccessRequest> approvedNewMailboxes() {
        return requests.values().stream()
                .filter(r -> r.isNewMailbox() && r.state() == RequestState.APPROVED)
                .toList();
    }

    @Override
    public synchronized boolean markReminded(long number, Instant at) {
        AccessRequest current = requests.get(number);
        if (current == null || !current.isPending() || current.remindedAt().isPresent()) {
            return false;
        }
        requests.put(number, current.remindedAt(at));
        return true;
    }
}
