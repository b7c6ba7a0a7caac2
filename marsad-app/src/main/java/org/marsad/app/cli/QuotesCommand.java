package org.marsad.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.article.Quote;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.ArticleStore;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.text.ArabicNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad quotes [--speaker NAME] [QUERY]}: who said what. Finds the articles through the
 * index (speaker filter, query, dates), then lists the quotations in them whose speaker matches
 * and whose words contain every query word (match-normalised), newest first.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "List quotations with speaker, date and article (see docs/quotes.md).")
final class QuotesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words the quotation must contain")
  List<String> words = new ArrayList<>();

  @Mixin DataOption data;

  @Mixin BackendOption backend;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Speaker: an Arabic name (any part) or a Latin name the registry knows")
  String speaker;

  @Option(names = "--from", paramLabel = "DATE", description = "Articles published from this day")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Articles published up to this day")
  String to;

  @Option(names = "--limit", defaultValue = "20", description = "How many quotations (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "Print {\"total\", \"quotes\": [...]} as one JSON object")
  boolean json;

  @Spec CommandSpec spec;

  /** One quotation with the article it came from. */
  record Row(Quote quote, Article article) {}

  @Override
  public Integer call() throws Exception {
    String speakerName = speaker;
    String speakerId = null;
    if (speaker != null && speaker.matches("[A-Za-z][A-Za-z '-]+")) {
      List<EntityRecord> found = EntityRegistry.open(data.dir(), Transliterator.rulesOnly()).findByLatin(speaker);
      if (found.isEmpty()) throw new IllegalArgumentException("no known speaker is written " + speaker + " in Latin letters");
      speakerId = found.get(0).id();
      speakerName = found.get(0).canonical();
    }
    StringBuilder q = new StringBuilder(String.join(" ", words));
    if (from != null) q.append(" from:").append(from);
    if (to != null) q.append(" to:").append(to);
    if (speakerName != null) q.append(" speaker:").append(speakerId != null ? speakerId : lastWord(speakerName));
    List<String> needed = Arrays.stream(String.join(" ", words).split("\\s+"))
        .filter(w -> !w.isBlank() && !w.contains(":") && !w.startsWith("-") && !w.equals("OR"))
        .map(w -> ArabicNormalizer.match(w.replace("\"", ""))).toList();
    String speakerKey = speakerName == null ? null : ArabicNormalizer.match(lastWord(speakerName));

    List<Row> rows = new ArrayList<>();
    long total = 0;
    try (ArticleStore store = backend.openForReading(data.dir())) {
      SearchResult r = store.search(SearchRequest.of(q.toString().strip())
          .withSort(SearchRequest.SortOrder.DATE).withPage(0, 200).withDuplicates(false));
      for (Hit h : r.hits()) {
        Article a = store.get(h.id()).orElse(null);
        if (a == null || a.quotes() == null) continue;
        for (Quote qt : a.quotes()) {
          if (!matches(qt, speakerId, speakerKey, needed)) continue;
          total++;
          if (rows.size() < limit) rows.add(new Row(qt, a));
        }
      }
    }
    print(rows, total, spec.commandLine().getOut());
    return MarsadCli.EXIT_OK;
  }

  private static boolean matches(Quote q, String speakerId, String speakerKey, List<String> needed) {
    if (speakerId != null && !speakerId.equals(q.speakerId())) {
      if (speakerKey == null || q.speaker() == null || !ArabicNormalizer.match(q.speaker()).contains(speakerKey)) return false;
    } else if (speakerId == null && speakerKey != null) {
      if (q.speaker() == null || !ArabicNormalizer.match(q.speaker()).contains(speakerKey)) return false;
    }
    String text = ArabicNormalizer.match(q.text());
    for (String w : needed) if (!text.contains(w)) return false;
    return true;
  }

  private static String lastWord(String name) {
    String[] parts = name.strip().split("\\s+");
    return parts[parts.length - 1];
  }

  private void print(List<Row> rows, long total, PrintWriter out) {
    if (json) {
      ObjectNode root = ArticleJson.mapper().createObjectNode();
      root.put("total", total);
      ArrayNode list = root.putArray("quotes");
      for (Row r : rows) {
        ObjectNode o = list.addObject();
        o.put("text", r.quote().text()).put("direct", r.quote().direct())
            .put("speaker", r.quote().speaker()).put("speakerId", r.quote().speakerId())
            .put("verb", r.quote().verb()).put("via", r.quote().via())
            .put("articleId", r.article().id()).put("title", r.article().title())
            .put("source", r.article().source()).put("published", r.article().published());
      }
      out.println(root);
    } else {
      out.printf(Locale.ROOT, "%d quotations%s%n", total, total > rows.size() ? " (showing " + rows.size() + ")" : "");
      for (Row r : rows) {
        out.println();
        out.printf(Locale.ROOT, "%s — %s%s%n", r.quote().speaker() == null ? "(unknown speaker)" : r.quote().speaker(),
            r.quote().direct() ? "«" + r.quote().text() + "»" : r.quote().text(), r.quote().via() == null ? "" : "  (via " + r.quote().via() + ")");
        out.printf(Locale.ROOT, "   %s  %s  %s  %s%n", r.article().published() == null ? "-" : r.article().published(),
            r.article().source() == null ? "-" : r.article().source(), r.article().id(),
            r.article().title() == null ? "" : r.article().title());
      }
    }
    out.flush();
  }
}
