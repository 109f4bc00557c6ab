package io.postkamer.mailbox.m365;

import java.time.Duration;

/**
 * A decided wait before trying a remote call again: which operation (a cmdlet, or a Graph method and path without
 * ids) on which mailbox (empty for none), after which attempt, for how long, and why.
 */
public record RetryNotice(String operation, String mailbox, int attempt, Duration waitFor, Throwable cause) {}
