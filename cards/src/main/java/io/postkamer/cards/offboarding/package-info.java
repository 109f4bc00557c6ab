/** The offboarding's cards: what will happen, and how far it is. */
package io.postkamer.cards.offboarding;
