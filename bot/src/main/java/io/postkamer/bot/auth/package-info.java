/**
 * Who may talk to the endpoint: the bot's credentials, the tenants it serves, and where anonymous (local) replies
 * may go.
 */
package io.postkamer.bot.auth;
