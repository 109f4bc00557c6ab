/**
 * The cards of the shared mailboxes that exist: the list, an overview, its confirmations, the calendar and the
 * guidance.
 */
package io.postkamer.cards.manage;
