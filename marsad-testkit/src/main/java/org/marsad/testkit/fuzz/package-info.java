/**
 * Support for fuzz targets (Jazzer {@code @FuzzTest}s in each module): which failures are
 * documented input errors and which are findings, and cheap structural checks on results.
 * See docs/fuzzing.md.
 */
package org.marsad.testkit.fuzz;
