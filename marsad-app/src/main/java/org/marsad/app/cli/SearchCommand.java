package org.marsad.app.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.app.corpus.EntityNameMarks;
import org.marsad.app.corpus.QueryExpansion;
import org.marsad.app.listing.EntitySearchFacets;
import org.marsad.app.listing.StoryFacetLabels;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.FacetValue;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad search QUERY}: searches the index (syntax and output in docs/search.md). */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the index.",
        "Syntax: words (all must match), \"a phrase\", -excluded, a OR b, source:was city:موسكو topic:X",
        "person:X org:X place:X misc:X speaker:X from:2015-07-01 to:2015-08 (see docs/search.md)."})
final class SearchCommand implements Callable<Integer> {
  /** Marks a republication (--all) on its meta line, before the original's id: bilingual, as analysts read both. */
  static final String COPY_OF = "نسخة من / copy of";

  /** The deepest hit a page may reach: keeps (page − 1) × size an int and the collector of hits small. */
  static final long MAX_DEPTH = 1_000_000;

  enum Sort { relevance, date }

  enum Histogram { day, month }

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (several arguments are joined with spaces)")
  List<String> query;

  @Mixin DataOption data;

  @Mixin BackendOption backend;

  @Spec CommandSpec spec;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date (newest first); default ${DEFAULT-VALUE}")
  Sort sort;

  @Option(names = "--page", defaultValue = "1", paramLabel = "N", description = "Page number, from 1")
  int page;

  @Option(names = "--size", defaultValue = "10", paramLabel = "N", description = "Hits per page (default ${DEFAULT-VALUE})")
  int size;

  @Option(names = "--all", description = "Include near-duplicates (hidden by default)")
  boolean all;

  @Option(names = "--histogram", defaultValue = "day", description = "Date facet buckets: day or month")
  Histogram histogram;

  @Option(names = "--json", description = "Print {\"total\", \"hits\", \"facets\"} as one JSON object")
  boolean json;

  /**
   * Words that start with '-' reach the query (the parser is told so in MarsadCli), as an exclusion
   * must: {@code marsad search سوريا -روسيا}. One that looks like an option, '-' or '--' then an
   * ASCII letter ({@code --bogus}, {@code -x}), is still refused as an unknown option, exit 2
   * (docs/search.md: an exclusion of a Latin word goes inside the quoted query).
   */
  private void refuseUnknownOptions() {
    if (query == null) return;
    for (String word : query) {
      if (OPTION_LIKE.matcher(word).lookingAt()) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Unknown option: '" + word + "'");
      }
    }
  }

  private static final java.util.regex.Pattern OPTION_LIKE = java.util.regex.Pattern.compile("--?[A-Za-z]");

  @Override
  public Integer call() throws Exception {
    OptionCheck.require(spec, page >= 1, "--page must be 1 or more, got " + page);
    OptionCheck.require(spec, size >= 0 && size <= 1000, "--size must be between 0 and 1000, got " + size);
    OptionCheck.require(spec, (long) page * size <= MAX_DEPTH, "--page " + page + " with --size " + size
        + " reaches past hit " + String.format(Locale.ROOT, "%,d", MAX_DEPTH) + ", the deepest page search reads (narrow the query, e.g. with from:/to:)");
    refuseUnknownOptions();
    String typed = query == null ? "" : String.join(" ", query);
    // the header echoes what the user typed, not the `OR person:ID` clauses added for Latin names
    EntityRegistry registry = EntityRegistry.open(data.dir(), Transliterator.rulesOnly());
    String q = QueryExpansion.of(registry).apply(typed);
    SearchRequest request = SearchRequest.of(q)
        .withSort(sort == Sort.date ? SearchRequest.SortOrder.DATE : SearchRequest.SortOrder.RELEVANCE)
        .withPage((page - 1) * size, size)
        .withDuplicates(all)
        .withHistogram(histogram == Histogram.month ? SearchRequest.DateBucket.MONTH : SearchRequest.DateBucket.DAY);
    SearchResult result;
    List<String> unknownSources = List.of();
    List<String> knownSources = List.of();
    try (ArticleStore store = backend.openForReading(data.dir())) {
      // an entity filtered by id marks its names in the snippets; story ids get their labels
      // an entity read under two names is one facet value (EntitySearchFacets), as in `marsad entities`
      SearchResult found = store.search(EntityNameMarks.apply(request, registry));
      found = EntitySearchFacets.of(registry, QueryExpansion.of(registry)).apply(found, request, store);
      result = StoryFacetLabels.apply(found, store);
      if (!json && result.total() == 0 && !sourcesIn(typed).isEmpty()) {
        // nothing found with a source filter: say when no article has that source at all
        knownSources = store.search(SearchRequest.of("").withPage(0, 0).withDuplicates(true).withFacetLimit(SearchRequest.MAX_FACET_LIMIT))
            .facets().getOrDefault("source", List.of()).stream().map(FacetValue::value).toList();
        List<String> known = knownSources;
        unknownSources = sourcesIn(typed).stream().filter(s -> !known.contains(s)).toList();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(ArticleJson.mapper().writeValueAsString(result));
    } else {
      printText(typed, result, out, System.console() != null);
      for (String s : unknownSources) {
        out.printf(Locale.ROOT, "no article has source '%s'; the sources are %s%n", s,
            knownSources.isEmpty() ? "none" : String.join(", ", knownSources));
      }
    }
    return MarsadCli.EXIT_OK;
  }

  private void printText(String q, SearchResult r, PrintWriter out, boolean terminal) {
    out.printf(Locale.ROOT, "%s%s%n", Counted.of(r.total(), "result", "results"), q.isBlank() ? "" : " for " + q);
    int n = (page - 1) * size;
    for (Hit h : r.hits()) {
      n++;
      out.printf(Locale.ROOT, "%n%d. %s%n", n, h.title() == null ? "(no title)" : h.title());
      out.printf(Locale.ROOT, "   %s  %s  %s  score %.2f%s%n", Cells.orDash(h.source()), Cells.orDash(h.published()), h.id(), h.score(),
          h.duplicateOf() == null ? "" : "  " + COPY_OF + " " + h.duplicateOf());
      if (h.url() != null) out.println("   " + h.url());
      if (!h.snippet().isEmpty()) out.println("   " + plainSnippet(h.snippet(), terminal));
    }
    if (r.hits().isEmpty() && r.total() > 0 && size > 0) {
      out.printf(Locale.ROOT, "%npage %,d is past the last page (%,d)%n", page, (r.total() + size - 1) / size);
    }
    for (Map.Entry<String, List<FacetValue>> f : r.facets().entrySet()) {
      if (f.getValue().isEmpty()) continue;
      StringBuilder line = new StringBuilder();
      for (FacetValue v : f.getValue()) {
        line.append(line.length() == 0 ? "" : ", ").append(v.value());
        if (v.label() != null) line.append(" «").append(v.label()).append('»');
        line.append(" (").append(v.count()).append(')');
      }
      out.printf(Locale.ROOT, "%n%s: %s", f.getKey(), line);
    }
    out.println();
  }

  /** A source filter's value, not excluded (the index keeps publisher keys in lower case). */
  private static final Pattern SOURCE_FILTER = Pattern.compile("(?<![\\p{L}\\p{N}_-])(?i:source):(?:\"([^\"]*)\"|(\\S+))");

  /** The source keys a query filters by (session 11 QA: `source:spa` found 0 with no word why). */
  static List<String> sourcesIn(String query) {
    List<String> out = new java.util.ArrayList<>();
    Matcher m = SOURCE_FILTER.matcher(query);
    while (m.find()) out.add((m.group(1) != null ? m.group(1) : m.group(2)).strip().toLowerCase(Locale.ROOT));
    return out;
  }

  /** The HTML snippet as text: marks in bold on a terminal, between ** otherwise. */
  static String plainSnippet(String html, boolean terminal) {
    String open = terminal ? "\u001B[1m" : "**";
    String close = terminal ? "\u001B[0m" : "**";
    return html.replace("<mark>", open).replace("</mark>", close)
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }
}
