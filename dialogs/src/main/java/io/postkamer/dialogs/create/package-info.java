/**
 * The create-a-shared-mailbox wizard: one waterfall per screen, one typed state record, its order in {@code
 * WizardOrder}.
 */
package io.postkamer.dialogs.create;
