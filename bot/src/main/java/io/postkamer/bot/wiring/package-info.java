/**
 * The bot, its adapter and how a turn is answered within Teams' window ({@link
 * io.postkamer.bot.wiring.PostkamerAdapter}).
 */
package io.postkamer.bot.wiring;
