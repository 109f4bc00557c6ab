/**
 * JMH benchmarks of the mailbox service and the bot, run by {@code benchmarks/run}; their figures are in
 * docs/performance.md. This package: the people picker's search against a stand-in directory.
 */
package io.postkamer.benchmarks;
