package io.postkamer.mailbox;

/** What became of one right in a batch: applied (made, or already so) or failed for a typed reason. */
public sealed interface GrantOutcome {

    RightToGrant asked();

    record Applied(RightToGrant asked, Change change) implements GrantOutcome {}

    record Failed(RightToGrant asked, MailboxException failure) implements GrantOutcome {}
}
