package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.app.http.service.Page;
import org.marsad.app.http.service.PageRequest;
import org.marsad.app.http.service.StoryService;
import org.marsad.nlp.article.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.SearchRequest;

/** The API's stories over the {@link StoryFinder} (the index's story facet and {@code story:} filter). */
public final class CollectionStories implements StoryService {
  private final StoryFinder finder;

  public CollectionStories(ArticleStore store) {
    this.finder = new StoryFinder(store);
  }

  @Override
  public Page<StorySummary> list(PageRequest page) throws IOException {
    // the facet ranks the stories of the whole index (total capped at MAX_FACET_LIMIT); only the page is read
    List<FacetValue> ranked = finder.ranked(null, null, 2, SearchRequest.MAX_FACET_LIMIT);
    int from = Math.min(ranked.size(), (page.page() - 1) * page.size());
    List<StorySummary> items = new ArrayList<>();
    for (FacetValue v : ranked.subList(from, Math.min(ranked.size(), from + page.size()))) {
      finder.story(v.value()).ifPresent(s -> items.add(summary(s)));
    }
    return new Page<>(ranked.size(), items);
  }

  @Override
  public Optional<StoryDetail> get(String id) throws IOException {
    Optional<StoryFinder.Listed> found = finder.story(id);
    if (found.isEmpty()) return Optional.empty();
    StoryFinder.Listed s = found.get();
    List<StoryArticle> articles = new ArrayList<>();
    for (Article a : s.articles()) articles.add(new StoryArticle(a.id(), a.title(), a.source(), a.published(), a.duplicateOf()));
    return Optional.of(new StoryDetail(summary(s), articles, List.of()));
  }

  private static StorySummary summary(StoryFinder.Listed s) {
    return new StorySummary(s.id(), s.label(), (int) s.size(), List.copyOf(s.sources()), s.first(), s.last());
  }
}
