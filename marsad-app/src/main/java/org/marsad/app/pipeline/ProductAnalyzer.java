package org.marsad.app.pipeline;

import org.marsad.app.Marsad;

/**
 * The analysis step the product uses for {@code marsad ingest} and the benchmarks: the product
 * analyser from {@link Marsad#analyzer()} (anatomy plus every enrichment step).
 */
public final class ProductAnalyzer {
  private ProductAnalyzer() {}

  public static DocumentAnalyzer create() {
    return Marsad.analyzer()::analyze;
  }
}
