/**
 * "Give Ger the same mailbox access as Flip": an administrator copies one person's Full Access, Send As and Send on
 * Behalf on the shared mailboxes to another person, choosing the mailboxes on a card; read in bulk, checked again
 * against the tenant when pressed, granted once and audited per right.
 */
package io.postkamer.dialogs.copyaccess;
