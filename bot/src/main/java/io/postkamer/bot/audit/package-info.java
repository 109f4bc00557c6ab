/**
 * The audit trail kept in the database (one table for every change, refusal and decision), and its CSV export.
 */
package io.postkamer.bot.audit;
