/** Copies of access offered on cards, kept in the application's database, where every instance sees them. */
package io.postkamer.bot.copyaccess;
