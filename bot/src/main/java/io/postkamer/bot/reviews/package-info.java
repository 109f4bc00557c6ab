/**
 * Access reviews in the database, their settings, and the rounds that prepare, remind and close them.
 */
package io.postkamer.bot.reviews;
