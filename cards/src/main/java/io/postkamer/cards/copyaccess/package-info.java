/** The cards of copying one person's mailbox access to another: the choice, the progress and the outcome. */
package io.postkamer.cards.copyaccess;
