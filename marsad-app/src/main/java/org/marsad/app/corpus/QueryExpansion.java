package org.marsad.app.corpus;

import java.util.function.UnaryOperator;
import org.marsad.nlp.entity.EntityRegistry;

/**
 * What a typed query becomes before it is run against the collection: Latin names as their Arabic
 * name and entity ({@link LatinNameExpansion}), then entity ids with the ids merged into them
 * ({@link MergedIdExpansion}). Search (CLI and API) and saved alerts read a query through this one
 * rewrite, so a saved search fires on what the search finds.
 */
public final class QueryExpansion {
  private QueryExpansion() {}

  /** The rewrite over the registry as it is when a query is read (it grows during ingest). */
  public static UnaryOperator<String> of(EntityRegistry registry) {
    return q -> MergedIdExpansion.expand(LatinNameExpansion.expand(q, registry), registry);
  }
}
