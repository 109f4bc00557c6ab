/**
 * The shared mailboxes that exist: list, find, overview, hide, block, rights, licences, convert, calendar and
 * history.
 */
package io.postkamer.dialogs.manage;
