package io.postkamer.mailbox.m365;

import java.time.Duration;

/** A decided wait before trying a remote call again: after which attempt, for how long, and why. */
public record RetryNotice(String operation, int attempt, Duration waitFor, Throwable cause) {
}
