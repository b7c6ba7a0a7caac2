package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.nlp.article.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * Stories in a time window, from the story id every ingested article carries: the newest
 * {@code scan} articles of the window (at most {@link #MAX_SCAN}) are read and grouped.
 */
public final class StoryFinder {
  public static final int MAX_SCAN = 1000;

  /** A story as listed: its articles in publication order and its label (first title). */
  public record Listed(String id, String label, List<Article> articles, Set<String> sources, String first, String last) {}

  private final ArticleStore store;

  public StoryFinder(ArticleStore store) {
    this.store = store;
  }

  /** Stories with at least {@code minArticles} articles, largest first. */
  public List<Listed> stories(String from, String to, int minArticles, int scan) throws IOException {
    StringBuilder q = new StringBuilder();
    if (from != null) q.append("from:").append(from).append(' ');
    if (to != null) q.append("to:").append(to);
    Map<String, List<Article>> byStory = new LinkedHashMap<>();
    SearchResult r = store.search(SearchRequest.of(q.toString().strip())
        .withSort(SearchRequest.SortOrder.DATE).withPage(0, Math.min(Math.max(scan, 1), MAX_SCAN))
        .withDuplicates(true)); // a republication is part of the story it repeats
    for (Hit h : r.hits()) {
      Article a = store.get(h.id()).orElse(null);
      if (a != null && a.storyId() != null) byStory.computeIfAbsent(a.storyId(), k -> new ArrayList<>()).add(a);
    }
    List<Listed> stories = new ArrayList<>();
    for (Map.Entry<String, List<Article>> e : byStory.entrySet()) {
      if (e.getValue().size() < minArticles) continue;
      List<Article> arts = new ArrayList<>(e.getValue());
      arts.sort(Comparator.comparing(a -> a.published() == null ? "" : a.published()));
      Set<String> sources = new LinkedHashSet<>();
      arts.forEach(a -> { if (a.source() != null) sources.add(a.source()); });
      String label = arts.stream().map(Article::title).filter(t -> t != null && !t.isBlank()).findFirst().orElse(arts.get(0).lead());
      stories.add(new Listed(e.getKey(), label, arts, sources, arts.get(0).published(), arts.get(arts.size() - 1).published()));
    }
    stories.sort(Comparator.comparingInt((Listed s) -> s.articles().size()).reversed());
    return stories;
  }
}
