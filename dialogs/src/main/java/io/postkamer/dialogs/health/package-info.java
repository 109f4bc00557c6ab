/**
 * The health report of the shared mailboxes: what is wrong across the tenant (sign-in allowed, licences not needed or
 * missing, no owners, rights of accounts that are gone, sending from a hidden mailbox, Full Access through groups),
 * read in bulk after the turn with its progress shown, kept a while per tenant, and the fixes, each asked first and
 * made through the same checked, audited calls as the overview's changes.
 */
package io.postkamer.dialogs.health;
