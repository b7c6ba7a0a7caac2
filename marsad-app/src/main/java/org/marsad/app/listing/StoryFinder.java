package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.nlp.article.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * Stories in a time window, from the index: the {@code story} facet of the window's articles
 * ranks the stories by their number of articles there (over the whole index, not a sample),
 * and a {@code story:ID} search fetches each listed story's articles.
 */
public final class StoryFinder {
  /** At most this many articles of one story are read (the count stays exact). */
  public static final int MAX_ARTICLES = 500;

  /**
   * A story as listed: its articles in the window in publication order (at most
   * {@link #MAX_ARTICLES}, the newest, as search hits: id, title, source, published), how many
   * there are, its label (its first article's title) and its first and last dates, all over its
   * articles in the window: {@link #stories} lists a window, {@link #story} and {@link #labels}
   * (a search's story facet) read the whole story, so a story that started before a listed
   * window is labelled there by its first article in the window.
   */
  public record Listed(String id, String label, List<Hit> articles, long size, Set<String> sources,
                       String first, String last) {}

  private final ArticleStore store;

  public StoryFinder(ArticleStore store) {
    this.store = store;
  }

  /**
   * The {@code limit} largest stories with at least {@code minArticles} articles in [from, to]
   * (days, either may be null), largest first, then newest first.
   */
  public List<Listed> stories(String from, String to, int minArticles, int limit) throws IOException {
    String window = window(from, to);
    List<Listed> stories = new ArrayList<>();
    for (FacetValue v : ranked(from, to, minArticles, limit)) read(v.value(), window).ifPresent(stories::add);
    stories.sort(Comparator.comparingLong(Listed::size).reversed()
        .thenComparing(Listed::last, Comparator.nullsLast(Comparator.reverseOrder())));
    return stories;
  }

  /**
   * Story ids with their number of articles in [from, to], largest first: the top {@code limit}
   * (at most {@link SearchRequest#MAX_FACET_LIMIT}) values of the window's story facet with at
   * least {@code minArticles}. Cheap: no article is read.
   */
  public List<FacetValue> ranked(String from, String to, int minArticles, int limit) throws IOException {
    if (limit < 1) return List.of();
    int facetLimit = Math.min(limit, SearchRequest.MAX_FACET_LIMIT);
    SearchResult r = store.search(SearchRequest.of(window(from, to)).withPage(0, 0).withDuplicates(true).withFacetLimit(facetLimit));
    return r.facets().getOrDefault("story", List.of()).stream().filter(v -> v.count() >= minArticles).toList();
  }

  /** One story with all its articles (any date), if the index has it. */
  public Optional<Listed> story(String id) throws IOException {
    return story(id, null, null);
  }

  /** One story with its articles in [from, to] (days, either may be null), if it has any there. */
  public Optional<Listed> story(String id, String from, String to) throws IOException {
    if (id == null || id.isBlank() || id.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"')) return Optional.empty();
    return read(id, window(from, to));
  }

  private Optional<Listed> read(String id, String window) throws IOException {
    // a republication is part of the story it repeats, so duplicates are included
    // The hits carry what a listing shows (id, title, source, date): reading each article's whole
    // record here made the API's first page of 20 stories cost most of a second (bench/RESULTS.md,
    // "Story pages"); a record is read only for a story without any title, for its lead.
    SearchRequest newest = storySearch(id, window);
    SearchResult r = store.search(newest.withPage(0, MAX_ARTICLES));
    if (r.hits().isEmpty()) return Optional.empty();
    List<Hit> arts = new ArrayList<>(r.hits());
    arts.sort(Comparator.comparing(a -> a.published() == null ? "" : a.published()));
    Set<String> sources = new LinkedHashSet<>();
    arts.forEach(a -> { if (a.source() != null) sources.add(a.source()); });
    // a story of more than MAX_ARTICLES: its first article is not among the newest read, and
    // its start date and label come from it (the oldest of the newest 500 gave a wrong start)
    Hit oldest = r.total() > arts.size() ? oldest(id, window).orElse(arts.get(0)) : arts.get(0);
    String label = blank(oldest.title()) ? null : oldest.title();
    if (label == null) label = arts.stream().map(Hit::title).filter(t -> !blank(t)).findFirst().orElse(null);
    if (label == null) label = store.get(oldest.id()).map(Article::lead).orElse(null);
    return Optional.of(new Listed(id, label, arts, r.total(), sources, oldest.published(), arts.get(arts.size() - 1).published()));
  }

  /**
   * Each story's label as {@link #story} gives it (its first article's title, over all its
   * articles), for a facet of story ids: one one-hit search a story (oldest first), no article
   * list read. Ids the index does not have are left out.
   */
  public Map<String, String> labels(List<String> ids) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String id : ids) {
      if (id == null || id.isBlank() || id.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"')) continue;
      Optional<Hit> first = oldest(id, "");
      if (first.isEmpty()) continue;
      String label = blank(first.get().title()) ? store.get(first.get().id()).map(Article::lead).orElse(null) : first.get().title();
      if (label != null) out.put(id, label);
    }
    return out;
  }

  /** The story's articles (duplicates too), newest first, without snippets. */
  private static SearchRequest storySearch(String id, String window) {
    return SearchRequest.of(("story:" + id + " " + window).strip())
        .withSort(SearchRequest.SortOrder.DATE).withDuplicates(true).withoutSnippets();
  }

  /**
   * The story's first article in the window (undated ones only when none is dated): one hit of an
   * oldest-first search, where the last page of the newest-first one made the store collect
   * every hit before it.
   */
  private Optional<Hit> oldest(String id, String window) throws IOException {
    List<Hit> hits = store.search(storySearch(id, window).withSort(SearchRequest.SortOrder.OLDEST).withPage(0, 1)).hits();
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String window(String from, String to) {
    StringBuilder q = new StringBuilder();
    if (from != null) q.append("from:").append(from).append(' ');
    if (to != null) q.append("to:").append(to);
    return q.toString().strip();
  }
}
