/**
 * The conversation: {@link io.postkamer.dialogs.PostkamerBot} and its intent table, which hands each turn to a
 * feature package below.
 */
package io.postkamer.dialogs;
