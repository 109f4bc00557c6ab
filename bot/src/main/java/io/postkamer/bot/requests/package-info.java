/**
 * The requests' stores in the database, the scheduler that reminds and expires, and the export downloads.
 */
package io.postkamer.bot.requests;
