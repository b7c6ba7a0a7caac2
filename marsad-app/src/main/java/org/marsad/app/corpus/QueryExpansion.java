package org.marsad.app.corpus;

import java.util.function.UnaryOperator;
import org.marsad.nlp.entity.EntityRegistry;

/**
 * What a typed query becomes before it is run against the collection: Latin names as their Arabic
 * name and entity ({@link LatinNameExpansion}), then entity ids with the ids merged into them
 * ({@link MergedIdExpansion}). Search (CLI and API) and saved alerts read a query through this one
 * rewrite, so a saved search fires on what the search finds.
 */
public final class QueryExpansion implements UnaryOperator<String> {
  private final EntityRegistry registry;

  private QueryExpansion(EntityRegistry registry) {
    this.registry = registry;
  }

  /** The rewrite over the registry as it is when a query is read (it grows during ingest). */
  public static QueryExpansion of(EntityRegistry registry) {
    return new QueryExpansion(registry);
  }

  @Override
  public String apply(String query) {
    return MergedIdExpansion.expand(LatinNameExpansion.expand(query, registry), registry);
  }

  /**
   * The registry's {@linkplain EntityRegistry#version version}: a query's rewrite stays the same
   * while it does, so a caller that rewrites the same queries again and again (saved alerts, on
   * every article) may keep them until it changes.
   */
  public long version() {
    return registry == null ? 0 : registry.version();
  }
}
