/**
 * The cards of the create-a-shared-mailbox wizard, one per screen.
 */
package io.postkamer.cards.create;
