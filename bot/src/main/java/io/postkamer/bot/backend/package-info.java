/**
 * Which mailbox service the bot runs on: the embedded demo tenant or Microsoft 365 (Graph and the Exchange admin
 * API), with the tenant's shared call budget.
 */
package io.postkamer.bot.backend;
