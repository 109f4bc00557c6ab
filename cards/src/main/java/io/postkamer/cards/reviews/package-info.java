/**
 * The cards of access reviews: the question that starts one, each mailbox's card for its reviewers, and the list.
 */
package io.postkamer.cards.reviews;
