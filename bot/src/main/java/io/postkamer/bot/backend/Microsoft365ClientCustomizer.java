package io.postkamer.bot.backend;

import io.postkamer.mailbox.m365.Microsoft365MailboxService;

/**
 * Adjusts the Microsoft 365 client before it is built, e.g. an HTTP client that trusts a test
 * server's certificate. The application defines none: in production the client uses the JDK's
 * default trust store.
 */
@FunctionalInterface
public interface Microsoft365ClientCustomizer {
    void customize(Microsoft365MailboxService.Builder builder);
}
