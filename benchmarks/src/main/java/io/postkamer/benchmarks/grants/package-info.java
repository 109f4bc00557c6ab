/**
 * Benchmark: many rights granted on one mailbox in one batch, against the Exchange stand-in.
 */
package io.postkamer.benchmarks.grants;
