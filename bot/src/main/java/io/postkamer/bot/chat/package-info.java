/**
 * The local chat page: a Teams stand-in on one machine that talks to the bot through a local connector, as any
 * person of the demo tenant.
 */
package io.postkamer.bot.chat;
