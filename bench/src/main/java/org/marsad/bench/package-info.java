/** Benchmark and evaluation harnesses, run with {@code bench/run CLASS args}; figures go to bench/RESULTS.md. */
package org.marsad.bench;
