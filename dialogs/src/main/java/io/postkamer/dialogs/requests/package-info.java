/**
 * Requests and approvals: access and new-mailbox requests, decisions, the helpdesk queue, owners, notices to people
 * who never wrote to the bot, expiry and the audit export.
 */
package io.postkamer.dialogs.requests;
