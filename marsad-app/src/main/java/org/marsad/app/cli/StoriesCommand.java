package org.marsad.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.listing.StoryFinder;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad stories}: the stories told in a time window, largest first, each with its label
 * (the title of its earliest article), sources, time span and articles. Built from the index: the
 * story facet of the window ranks every story, then each listed story's articles are read.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "List stories (articles from several sources about one event) in a time window.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Mixin BackendOption backend;

  @Mixin DateWindowOption window;

  @Option(names = "--min-articles", defaultValue = "2", description = "Only stories with at least this many articles (default: ${DEFAULT-VALUE})")
  int minArticles;

  @Option(names = "--limit", defaultValue = "20", description = "How many stories (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "Print {\"stories\": [{id, label, articles, sources, first, last, articleIds}]} as one JSON object")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OptionCheck.require(spec, limit >= 0, "--limit must be 0 or more, got " + limit);
    window.check(spec);
    OptionCheck.require(spec, minArticles >= 1, "--min-articles must be 1 or more, got " + minArticles);
    List<StoryFinder.Listed> stories;
    try (ArticleStore store = backend.openForReading(data.dir())) {
      stories = new StoryFinder(store).stories(window.from, window.to, minArticles, limit);
    }
    print(stories, spec.commandLine().getOut());
    return MarsadCli.EXIT_OK;
  }

  private void print(List<StoryFinder.Listed> stories, PrintWriter out) {
    if (json) {
      ObjectNode root = ArticleJson.mapper().createObjectNode();
      ArrayNode list = root.putArray("stories");
      for (StoryFinder.Listed s : stories) {
        ObjectNode o = list.addObject();
        o.put("id", s.id()).put("label", s.label()).put("articles", s.size())
            .put("first", s.first()).put("last", s.last());
        s.sources().forEach(o.putArray("sources")::add);
        ArrayNode ids = o.putArray("articleIds");
        s.articles().forEach(a -> ids.add(a.id()));
      }
      out.println(root);
    } else {
      for (StoryFinder.Listed s : stories) {
        out.printf(Locale.ROOT, "%3d %-8s  %s%n      %s … %s  %s  (%s)%n", s.size(), s.size() == 1 ? "article" : "articles", s.label(),
            s.first(), s.last(), String.join(", ", s.sources()), s.id());
      }
      if (stories.isEmpty()) out.println("no stories with at least " + Counted.of(minArticles, "article", "articles"));
    }
    out.flush();
  }
}
