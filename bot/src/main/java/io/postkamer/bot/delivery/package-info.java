/**
 * Messages the bot sends on its own (notices, reminders), paced per conversation as Teams asks, across instances.
 */
package io.postkamer.bot.delivery;
