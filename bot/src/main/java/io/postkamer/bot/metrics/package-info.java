/**
 * Micrometer metrics: turns, remote calls, retries, caches and pending notices, on {@code /actuator/prometheus}
 * when exposed.
 */
package io.postkamer.bot.metrics;
