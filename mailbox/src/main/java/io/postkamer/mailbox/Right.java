package io.postkamer.mailbox;

/** The three rights a member can hold on a shared mailbox. */
public enum Right {
    /** Open the mailbox and act as its owner; cannot send without one of the other two. */
    FULL_ACCESS,
    /** Mail looks as if the mailbox itself sent it. */
    SEND_AS,
    /** Mail shows "member on behalf of mailbox". */
    SEND_ON_BEHALF
}
