/**
 * The HTTP endpoint Teams posts activities to ({@code /api/messages}), and what it refuses before the bot sees a
 * turn.
 */
package io.postkamer.bot.endpoint;
