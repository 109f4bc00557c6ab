package io.postkamer.dialogs.audit;

import java.util.List;

/** Where every change is recorded; the bot keeps it in its database. */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** The latest entries about a mailbox (its address, alias or id as recorded), newest first. */
    List<AuditEntry> history(String mailbox, int limit);
}
