/**
 * The cards of access and new-mailbox requests: the forms, a request and its decisions, the lists, the queue and
 * the export.
 */
package io.postkamer.cards.requests;
