package org.marsad.app.corpus;

import java.util.function.UnaryOperator;
import org.marsad.nlp.entity.EntityRegistry;

/**
 * What a typed query becomes before it is run against the collection: Latin names as their Arabic
 * name and entity ({@link LatinNameExpansion}), Arabic names in entity filters also as the entity
 * they resolve to ({@link EntityNameFilterExpansion}), then entity ids with the ids merged into them
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
    String named = EntityNameFilterExpansion.expand(LatinNameExpansion.expand(query, registry), registry);
    return MergedIdExpansion.expand(named, registry);
  }

  /**
   * The query's rewrite, with what it read of the registry: {@link Rewrite#current} says whether
   * {@link #apply} would still give the same text, so a caller that rewrites the same queries again
   * and again (saved alerts, on every article) may keep each one while it is current. Registering
   * other names keeps it current; the ones it looked up (a Latin name's entities, their aliases and
   * counts, an id's merges) do not.
   */
  public Rewrite recorded(String query) {
    if (registry == null) return new Rewrite(apply(query), null, null);
    EntityRegistry.Recorded<String> r = registry.recording(() -> apply(query));
    return new Rewrite(r.value(), registry, r.reads());
  }

  /** A rewritten query and what the rewrite read of the registry ({@link EntityRegistry#recording}). */
  public static final class Rewrite {
    private final String text;
    private final EntityRegistry registry;
    private final EntityRegistry.Reads reads;

    private Rewrite(String text, EntityRegistry registry, EntityRegistry.Reads reads) {
      this.text = text;
      this.registry = registry;
      this.reads = reads;
    }

    public String text() {
      return text;
    }

    /** Whether nothing the rewrite read has changed since, so that rewriting again gives {@link #text}. */
    public boolean current() {
      return registry == null || registry.unchanged(reads);
    }
  }
}
