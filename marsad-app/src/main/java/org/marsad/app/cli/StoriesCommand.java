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
import org.marsad.store.Hit;
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

  @Option(names = "--json", description = "Print {\"stories\": [{id, title, label, articles, sources, first, last, articleIds}]} as one JSON object (label: an alias of title)")
  boolean json;

  @Option(names = "--id", paramLabel = "STORY", description = "Only this story, any date, as /api/stories/{id} reads it: its articles (the newest "
      + StoryFinder.MAX_ARTICLES + " of a larger story; its article count counts them all)")
  String id;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OptionCheck.require(spec, limit >= 0, "--limit must be 0 or more, got " + limit);
    window.check(spec);
    OptionCheck.require(spec, minArticles >= 1, "--min-articles must be 1 or more, got " + minArticles);
    // one story is read whole (its label and first date are those of its first article ever),
    // so a window or a ranking option would be silently ignored: refused when typed, even at its
    // default value (--limit 0 printed the story all the same)
    OptionCheck.require(spec, id == null || (window.from == null && window.to == null),
        "--id reads the whole story: --from/--to do not apply");
    OptionCheck.require(spec, id == null || !(given("--limit") || given("--min-articles")),
        "--id reads one story: --limit/--min-articles do not apply");
    OptionCheck.require(spec, id == null || !id.isBlank(), "--id must not be empty (a story id, as stories and search show it)");
    List<StoryFinder.Listed> stories;
    try (ArticleStore store = backend.openForReading(data.dir())) {
      StoryFinder finder = new StoryFinder(store);
      stories = id == null ? finder.stories(window.from, window.to, minArticles, limit)
          : List.of(finder.story(id.strip()).orElseThrow(
              () -> new IllegalArgumentException("no story with id " + id.strip() + " in " + data.dir())));
    }
    print(stories, spec.commandLine().getOut());
    return MarsadCli.EXIT_OK;
  }

  private boolean given(String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  private void print(List<StoryFinder.Listed> stories, PrintWriter out) {
    if (json) {
      ObjectNode root = ArticleJson.mapper().createObjectNode();
      ArrayNode list = root.putArray("stories");
      for (StoryFinder.Listed s : stories) {
        ObjectNode o = list.addObject();
        // "title" as /api/stories names it (session 16); "label", the CLI's name before, kept for scripts
        o.put("id", s.id()).put("title", s.label()).put("label", s.label()).put("articles", s.size())
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
        // one story asked for by id: its articles too, as a journalist follows it (the listing
        // of many stories stays two lines a story)
        if (id != null) {
          if (s.articles().size() < s.size()) {
            out.printf(Locale.ROOT, "      (the newest %,d of its %,d articles)%n", s.articles().size(), s.size());
          }
          for (Hit a : s.articles()) {
            out.printf(Locale.ROOT, "      %s  %s  %s  %s%n", Cells.orDash(a.published()), Cells.orDash(a.source()), a.id(), Cells.orDash(a.title()));
          }
        }
      }
      if (stories.isEmpty()) out.println("no stories with at least " + Counted.of(minArticles, "article", "articles"));
    }
    out.flush();
  }
}
