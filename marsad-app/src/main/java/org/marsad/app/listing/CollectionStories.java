package org.marsad.app.listing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.OptionalLong;
import org.marsad.app.http.service.Page;
import org.marsad.app.http.service.PageRequest;
import org.marsad.app.http.service.StoryService;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/** The API's stories over the {@link StoryFinder} (the index's story facet and {@code story:} filter). */
public final class CollectionStories implements StoryService {
  private final ArticleStore store;
  private final EntityRegistry registry;
  private final StoryFinder finder;
  /** The newest day and the store generation it was read at: /api/stories?days=N asks on every request. */
  private volatile NewestDay newest;

  private record NewestDay(long generation, Optional<LocalDate> day) {}

  /** A story's entities link to their entity pages by registry id (a name the registry does not know has none). */
  public CollectionStories(ArticleStore store, EntityRegistry registry) {
    this.store = store;
    this.registry = registry;
    this.finder = new StoryFinder(store);
  }

  @Override
  public Page<StorySummary> list(PageRequest page, LocalDate from, LocalDate to) throws IOException {
    String fromDay = from == null ? null : from.toString(), toDay = to == null ? null : to.toString();
    // the facet ranks the stories of the window (total capped at MAX_FACET_LIMIT); only the page is read
    List<FacetValue> ranked = finder.ranked(fromDay, toDay, 2, SearchRequest.MAX_FACET_LIMIT);
    int first = Math.min(ranked.size(), (page.page() - 1) * page.size());
    List<StorySummary> items = new ArrayList<>();
    for (FacetValue v : ranked.subList(first, Math.min(ranked.size(), first + page.size()))) {
      finder.story(v.value(), fromDay, toDay).ifPresent(s -> items.add(summary(s)));
    }
    return new Page<>(ranked.size(), items);
  }

  /**
   * The day of the newest article, duplicates too. It takes a match-all search with the day
   * histogram (every article's day), so it is kept until the store's {@link ArticleStore#generation}
   * changes (a commit that searches see); a store that cannot tell (Solr) is asked every time.
   */
  @Override
  public Optional<LocalDate> newestDay() throws IOException {
    OptionalLong generation = store.generation(); // read first: an answer read after it is at least as new
    NewestDay cached = newest;
    if (generation.isPresent() && cached != null && cached.generation() == generation.getAsLong()) return cached.day();
    Optional<LocalDate> day = readNewestDay();
    if (generation.isPresent()) newest = new NewestDay(generation.getAsLong(), day);
    return day;
  }

  private Optional<LocalDate> readNewestDay() throws IOException {
    SearchResult r = store.search(SearchRequest.of("").withPage(0, 0).withDuplicates(true));
    LocalDate newest = null;
    for (FacetValue v : r.facets().getOrDefault("date", List.of())) {
      if (v.count() == 0 || v.value().length() < 10) continue;
      LocalDate d = LocalDate.parse(v.value().substring(0, 10));
      if (newest == null || d.isAfter(newest)) newest = d;
    }
    return Optional.ofNullable(newest);
  }

  @Override
  public Optional<StoryDetail> get(String id) throws IOException {
    Optional<StoryFinder.Listed> found = finder.story(id);
    if (found.isEmpty()) return Optional.empty();
    StoryFinder.Listed s = found.get();
    // the hits do not say which article repeats which: the story without its near-duplicates
    // names the originals, and only the others' records are read for their duplicateOf
    Set<String> originals = new HashSet<>();
    SearchResult withoutCopies = store.search(SearchRequest.of("story:" + id).withPage(0, StoryFinder.MAX_ARTICLES)
        .withSort(SearchRequest.SortOrder.DATE).withoutSnippets());
    for (Hit h : withoutCopies.hits()) originals.add(h.id());
    List<StoryArticle> articles = new ArrayList<>();
    for (Hit a : s.articles()) {
      String duplicateOf = originals.contains(a.id()) ? null : store.get(a.id()).map(Article::duplicateOf).orElse(null);
      articles.add(new StoryArticle(a.id(), a.title(), a.source(), a.published(), duplicateOf));
    }
    // who and where the story is about: the entity facets of its articles (republications not
    // counted twice), which the story page listed as an always empty "Entities" card before
    return Optional.of(new StoryDetail(summary(s), articles, FacetEntities.of(withoutCopies.facets(), registry, store, "story:" + id)));
  }

  private static StorySummary summary(StoryFinder.Listed s) {
    return new StorySummary(s.id(), s.label(), (int) s.size(), List.copyOf(s.sources()), s.first(), s.last());
  }
}
