/**
 * Access reviews: an administrator (or the schedule) starts one for a shared mailbox or all of them, each mailbox's
 * owners (else the administrators) keep or remove every member's rights on a card, and at the deadline, or when a
 * reviewer is done, removals are made once and the members told.
 */
package io.postkamer.dialogs.reviews;
