package io.postkamer.dialogs.audit;

import java.util.List;

/** The one audit: appended to, never changed. The bot keeps it in its database. */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** The latest entries about a mailbox (its primary address), newest first. */
    List<AuditEntry> ofMailbox(String address, int limit);

    /** Everything about one access request, oldest first. */
    List<AuditEntry> ofRequest(long number);

    /** What the filter admits, oldest first. */
    List<AuditEntry> all(AuditFilter filter);
}
