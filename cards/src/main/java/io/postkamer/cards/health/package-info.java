/**
 * The cards of the shared mailboxes' health report: the report, one finding in full, its progress while the tenant
 * is read, and the question before a fix.
 */
package io.postkamer.cards.health;
