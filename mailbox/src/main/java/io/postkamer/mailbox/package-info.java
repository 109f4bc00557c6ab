/**
 * The mailbox service: the domain (immutable records, typed errors) and {@link
 * io.postkamer.mailbox.MailboxService}, which both backends implement. Free of the Bot Framework SDK.
 */
package io.postkamer.mailbox;
