package io.postkamer.mailbox.m365;

import io.postkamer.mailbox.AutoMapping;
import java.util.Map;
import java.util.Optional;

/**
 * The automapping of each Full Access grant the bot made itself, kept by the bot: Exchange sets automapping when a
 * permission is added and documents no way to read it back, so what the bot did not set is not known. Keys are the
 * mailbox's and the member's directory object ids, compared without case. The bot keeps them in its database, so
 * every instance knows what another one set.
 */
public interface AutoMappingRecords {
    /** What the bot set when it gave this member Full Access, if it did. */
    Optional<Boolean> of(String mailboxId, String memberId);

    /** Every member of the mailbox whose automapping the bot set (ids in lower case), with what it set. */
    Map<String, Boolean> ofMailbox(String mailboxId);

    void record(String mailboxId, String memberId, boolean autoMapping);

    /** Full Access was taken away (by the bot or, as a read shows, elsewhere): a later grant is another story. */
    void forget(String mailboxId, String memberId);

    default AutoMapping known(String mailboxId, String memberId) {
        return of(mailboxId, memberId).map(AutoMapping::of).orElse(AutoMapping.UNKNOWN);
    }
}
