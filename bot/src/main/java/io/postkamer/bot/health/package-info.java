/**
 * The health report posted to the helpdesk channel once per period: which periods were posted, in the database, and
 * the round that posts it.
 */
package io.postkamer.bot.health;
