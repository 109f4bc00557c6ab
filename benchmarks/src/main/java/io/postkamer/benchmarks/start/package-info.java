/**
 * Benchmark: how long the built bot takes to start and answer its first turn.
 */
package io.postkamer.benchmarks.start;
