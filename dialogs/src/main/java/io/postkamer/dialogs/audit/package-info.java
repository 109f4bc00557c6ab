/**
 * The one audit: what was changed or refused, by whom, on what, with what outcome; written by every change.
 */
package io.postkamer.dialogs.audit;
