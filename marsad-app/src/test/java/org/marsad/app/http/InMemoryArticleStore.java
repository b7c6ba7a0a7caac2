package org.marsad.app.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.marsad.nlp.article.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * TEST ONLY: an ArticleStore over a list, matching each query word as a substring of title or
 * text and the filters source:/city:/from:/to: exactly; an odd number of quotation marks is a
 * syntax error (IllegalArgumentException), as in the real store. Snippets are HTML-escaped with
 * the first match in {@code <mark>}. Near-duplicates are hidden unless asked for. Facets: source, city and date (days), as the Lucene store names them.
 */
final class InMemoryArticleStore implements ArticleStore {
  private final Map<String, Article> articles = new LinkedHashMap<>();
  final List<SearchRequest> requests = new ArrayList<>();

  @Override public synchronized boolean contains(String id) { return articles.containsKey(id); }
  @Override public synchronized void add(Article a) { articles.put(a.id(), a); }
  @Override public void commit() {}
  @Override public synchronized Optional<Article> get(String id) { return Optional.ofNullable(articles.get(id)); }
  @Override public synchronized long count() { return articles.size(); }
  @Override public void close() {}

  @Override
  public synchronized SearchResult search(SearchRequest request) {
    requests.add(request);
    String q = request.query();
    if (q.chars().filter(c -> c == '"').count() % 2 != 0) throw new IllegalArgumentException("unbalanced quotation mark in the query");
    List<String> words = new ArrayList<>();
    Map<String, String> filters = new LinkedHashMap<>();
    for (String part : q.replace("\"", "").split("\\s+")) {
      if (part.isBlank()) continue;
      int colon = part.indexOf(':');
      if (colon > 0) filters.put(part.substring(0, colon), part.substring(colon + 1));
      else words.add(part);
    }
    List<Article> matched = articles.values().stream()
        .filter(a -> request.includeDuplicates() || a.duplicateOf() == null)
        .filter(a -> matches(a, words, filters))
        .sorted(request.sort() == SearchRequest.SortOrder.DATE
            ? Comparator.comparing((Article a) -> a.published() == null ? "" : a.published()).reversed()
            : Comparator.comparing(Article::id))
        .toList();
    List<Hit> hits = matched.stream().skip(request.offset()).limit(request.limit())
        .map(a -> new Hit(a.id(), a.title(), a.source(), a.url(), a.published(), 1.0, snippet(a, words), a.duplicateOf())).toList();
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put("source", facet(matched, a -> a.source()));
    facets.put("city", facet(matched, a -> a.dateline() == null ? null : a.dateline().city()));
    facets.put("date", facet(matched, a -> a.published() == null ? null : a.published().substring(0, 10)));
    return new SearchResult(matched.size(), hits, facets);
  }

  private static boolean matches(Article a, List<String> words, Map<String, String> filters) {
    String hay = (a.title() == null ? "" : a.title()) + "\n" + a.text();
    for (String w : words) if (!hay.contains(w)) return false;
    for (var f : filters.entrySet()) {
      String v = f.getValue();
      boolean ok = switch (f.getKey()) {
        case "source" -> v.equals(a.source());
        case "city" -> a.dateline() != null && v.equals(a.dateline().city());
        case "story" -> v.equals(a.storyId());
        case "from" -> a.published() != null && a.published().substring(0, 10).compareTo(v) >= 0;
        case "to" -> a.published() != null && a.published().substring(0, 10).compareTo(v) <= 0;
        default -> throw new IllegalArgumentException("unknown field " + f.getKey());
      };
      if (!ok) return false;
    }
    return true;
  }

  private static String snippet(Article a, List<String> words) {
    String text = a.text();
    int at = words.isEmpty() ? -1 : text.indexOf(words.get(0));
    if (at < 0) return escape(text.substring(0, Math.min(80, text.length())));
    String w = words.get(0);
    int from = Math.max(0, at - 40), to = Math.min(text.length(), at + w.length() + 40);
    return escape(text.substring(from, at)) + "<mark>" + escape(w) + "</mark>" + escape(text.substring(at + w.length(), to));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  private static List<FacetValue> facet(List<Article> in, java.util.function.Function<Article, String> key) {
    Map<String, Long> counts = new TreeMap<>();
    for (Article a : in) {
      String k = key.apply(a);
      if (k != null) counts.merge(k, 1L, Long::sum);
    }
    return counts.entrySet().stream().map(e -> new FacetValue(e.getKey(), e.getValue())).toList();
  }
}
