/**
 * Adaptive Cards (schema 1.5) as data: JSON templates under {@code resources/cards}, bound by {@link
 * io.postkamer.cards.CardTemplate}, one class per screen, the English and Dutch texts, and the {@link
 * io.postkamer.cards.Verb} vocabulary. Free of the Bot Framework SDK.
 */
package io.postkamer.cards;
