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

/** The API's stories over the {@link StoryFinder} (the newest articles of the index). */
public final class CollectionStories implements StoryService {
  private final StoryFinder finder;

  public CollectionStories(ArticleStore store) {
    this.finder = new StoryFinder(store);
  }

  @Override
  public Page<StorySummary> list(PageRequest page) throws IOException {
    List<StoryFinder.Listed> all = finder.stories(null, null, 2, StoryFinder.MAX_SCAN);
    int from = Math.min(all.size(), (page.page() - 1) * page.size());
    List<StorySummary> items = new ArrayList<>();
    for (StoryFinder.Listed s : all.subList(from, Math.min(all.size(), from + page.size()))) items.add(summary(s));
    return new Page<>(all.size(), items);
  }

  @Override
  public Optional<StoryDetail> get(String id) throws IOException {
    for (StoryFinder.Listed s : finder.stories(null, null, 1, StoryFinder.MAX_SCAN)) {
      if (!s.id().equals(id)) continue;
      List<StoryArticle> articles = new ArrayList<>();
      for (Article a : s.articles()) articles.add(new StoryArticle(a.id(), a.title(), a.source(), a.published(), a.duplicateOf()));
      return Optional.of(new StoryDetail(summary(s), articles, List.of()));
    }
    return Optional.empty();
  }

  private static StorySummary summary(StoryFinder.Listed s) {
    return new StorySummary(s.id(), s.label(), s.articles().size(), List.copyOf(s.sources()), s.first(), s.last());
  }
}
