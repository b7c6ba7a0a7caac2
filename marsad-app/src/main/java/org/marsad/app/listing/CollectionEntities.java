package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.app.corpus.MergedIdExpansion;
import org.marsad.app.http.service.EntityService;
import org.marsad.app.http.service.Page;
import org.marsad.app.http.service.PageRequest;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * Entities of a collection for the API: names, aliases and mention counts from the entity
 * registry; article counts, the daily timeline and co-occurring entities from the index (one
 * filtered search with facets per entity).
 */
public final class CollectionEntities implements EntityService {
  private static final int LATEST_QUOTES = 10;

  private final EntityRegistry registry;
  private final ArticleStore store;

  public CollectionEntities(EntityRegistry registry, ArticleStore store) {
    this.registry = registry;
    this.store = store;
  }

  @Override
  public Page<EntitySummary> list(String prefix, String type, PageRequest page) throws IOException {
    List<EntityRecord> all = EntityRanking.ranked(registry, type, prefix);
    int from = Math.min(all.size(), (page.page() - 1) * page.size());
    List<EntitySummary> items = new ArrayList<>();
    for (EntityRecord e : all.subList(from, Math.min(all.size(), from + page.size()))) {
      items.add(new EntitySummary(e.id(), e.canonical(), e.type(), e.count(), articles(e)));
    }
    return new Page<>(all.size(), items);
  }

  @Override
  public Optional<EntityProfile> profile(String id) throws IOException {
    Optional<EntityRecord> found = registry.byId(id);
    if (found.isEmpty()) return Optional.empty();
    EntityRecord e = found.get();
    SearchResult r = store.search(SearchRequest.of(filter(e)).withPage(0, 0));
    List<DailyCount> timeline = new ArrayList<>();
    for (FacetValue v : r.facets().getOrDefault("date", List.of())) timeline.add(new DailyCount(v.value(), v.count()));
    timeline.sort((a, b) -> a.date().compareTo(b.date()));
    List<RelatedEntity> related = new ArrayList<>();
    for (EntityFacetRows.Row row : EntityFacetRows.of(r.facets(), registry, store, filter(e), null)) {
      if (!e.id().equals(row.id())) related.add(new RelatedEntity(row.id(), row.name(), row.type(), row.articles())); // not itself, under any of its names
    }
    var quotes = new QuoteFinder(store, registry).find(e.id(), "", null, null, 0, LATEST_QUOTES).quotes();
    return Optional.of(new EntityProfile(e.id(), e.canonical(), e.type(), null, e.count(), r.total(), DisplayAliases.of(e, registry.surfaces(e.id())),
        timeline, related, quotes));
  }

  private long articles(EntityRecord e) throws IOException {
    return store.search(SearchRequest.of(filter(e)).withPage(0, 0)).total();
  }

  /** The search filter of an entity: its id, and the ids merged into it, in the field of its type. */
  String filter(EntityRecord e) {
    return MergedIdExpansion.filter(e, registry);
  }
}
