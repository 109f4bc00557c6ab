/**
 * What every flow shares: reading a turn's input, the intent table, showing and replacing cards, running mailbox
 * calls off the turn's thread with their audit, the one mailbox finder.
 */
package io.postkamer.dialogs.common;
