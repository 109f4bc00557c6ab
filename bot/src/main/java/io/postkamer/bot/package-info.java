/**
 * The Spring Boot application that hosts the bot: {@link io.postkamer.bot.PostkamerApplication} and nothing else;
 * each concern lives in a package of its own below.
 */
package io.postkamer.bot;
