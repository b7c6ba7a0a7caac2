package org.marsad.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad stories}: the stories told in a time window, largest first, each with its label
 * (the title of its earliest article), sources, time span and articles. Built from the story id
 * every ingested article carries; it reads the newest {@code --scan} articles of the window.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "List stories (articles from several sources about one event) in a time window.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Mixin BackendOption backend;

  @Option(names = "--from", paramLabel = "DATE", description = "From this day (YYYY-MM-DD)")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Up to this day (YYYY-MM-DD)")
  String to;

  @Option(names = "--min-articles", defaultValue = "2", description = "Only stories with at least this many articles (default: ${DEFAULT-VALUE})")
  int minArticles;

  @Option(names = "--limit", defaultValue = "20", description = "How many stories (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--scan", defaultValue = "1000", description = "Newest articles of the window to read (default: ${DEFAULT-VALUE}, at most 1000)")
  int scan;

  @Option(names = "--json", description = "Print {\"stories\": [{id, label, articles, sources, first, last, articleIds}]} as one JSON object")
  boolean json;

  @Spec CommandSpec spec;

  /** A story as listed. */
  record Listed(String id, String label, List<String> articleIds, Set<String> sources, String first, String last) {}

  @Override
  public Integer call() throws Exception {
    StringBuilder q = new StringBuilder();
    if (from != null) q.append("from:").append(from).append(' ');
    if (to != null) q.append("to:").append(to);
    Map<String, List<Article>> byStory = new LinkedHashMap<>();
    try (ArticleStore store = backend.openForReading(data.dir())) {
      SearchResult r = store.search(SearchRequest.of(q.toString().strip())
          .withSort(SearchRequest.SortOrder.DATE).withPage(0, Math.min(Math.max(scan, 1), 1000))
          .withDuplicates(true)); // a republication is part of the story it repeats
      for (Hit h : r.hits()) {
        Article a = store.get(h.id()).orElse(null);
        if (a != null && a.storyId() != null) byStory.computeIfAbsent(a.storyId(), k -> new ArrayList<>()).add(a);
      }
    }
    List<Listed> stories = new ArrayList<>();
    for (Map.Entry<String, List<Article>> e : byStory.entrySet()) {
      if (e.getValue().size() < minArticles) continue;
      List<Article> arts = new ArrayList<>(e.getValue());
      arts.sort(Comparator.comparing(a -> a.published() == null ? "" : a.published()));
      Set<String> sources = new LinkedHashSet<>();
      arts.forEach(a -> { if (a.source() != null) sources.add(a.source()); });
      String label = arts.stream().map(Article::title).filter(t -> t != null && !t.isBlank()).findFirst().orElse(arts.get(0).lead());
      stories.add(new Listed(e.getKey(), label, arts.stream().map(Article::id).toList(), sources,
          arts.get(0).published(), arts.get(arts.size() - 1).published()));
    }
    stories.sort(Comparator.comparingInt((Listed s) -> s.articleIds().size()).reversed());
    print(stories.size() > limit ? stories.subList(0, limit) : stories, spec.commandLine().getOut());
    return MarsadCli.EXIT_OK;
  }

  private void print(List<Listed> stories, PrintWriter out) {
    if (json) {
      ObjectNode root = ArticleJson.mapper().createObjectNode();
      ArrayNode list = root.putArray("stories");
      for (Listed s : stories) {
        ObjectNode o = list.addObject();
        o.put("id", s.id()).put("label", s.label()).put("articles", s.articleIds().size())
            .put("first", s.first()).put("last", s.last());
        s.sources().forEach(o.putArray("sources")::add);
        s.articleIds().forEach(o.putArray("articleIds")::add);
      }
      out.println(root);
    } else {
      for (Listed s : stories) {
        out.printf(Locale.ROOT, "%3d articles  %s%n      %s … %s  %s  (%s)%n", s.articleIds().size(), s.label(),
            s.first(), s.last(), String.join(", ", s.sources()), s.id());
      }
      if (stories.isEmpty()) out.println("no stories with at least " + minArticles + " articles");
    }
    out.flush();
  }
}
