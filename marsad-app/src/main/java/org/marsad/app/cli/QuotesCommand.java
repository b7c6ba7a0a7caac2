package org.marsad.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.http.service.QuoteView;
import org.marsad.app.listing.QuoteFinder;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad quotes [--speaker NAME] [QUERY]}: who said what ({@link QuoteFinder}), newest first.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "List quotations with speaker, date and article (see docs/quotes.md).")
final class QuotesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words the quotation must contain")
  List<String> words = new java.util.ArrayList<>();

  @Mixin DataOption data;

  @Mixin BackendOption backend;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Speaker: an Arabic name (any part) or a Latin name the registry knows")
  String speaker;

  @Mixin DateWindowOption window;

  @Option(names = "--limit", defaultValue = "20", description = "How many quotations (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "Print {\"total\", \"quotes\": [...]} as one JSON object")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OptionCheck.require(spec, limit >= 0, "--limit must be 0 or more, got " + limit);
    window.check(spec);
    try (ArticleStore store = backend.openForReading(data.dir())) {
      QuoteFinder finder = new QuoteFinder(store, EntityRegistry.open(data.dir(), Transliterator.rulesOnly()));
      QuoteFinder.Found found = finder.find(speaker, String.join(" ", words), window.from, window.to, 0, limit);
      print(found, spec.commandLine().getOut());
    }
    return MarsadCli.EXIT_OK;
  }

  private void print(QuoteFinder.Found found, PrintWriter out) {
    List<QuoteView> rows = found.quotes();
    long total = found.total();
    if (json) {
      ObjectNode root = ArticleJson.mapper().createObjectNode();
      root.put("total", total);
      root.put("complete", found.complete()).put("articlesMatched", found.articlesMatched()).put("articlesRead", found.articlesRead());
      ArrayNode list = root.putArray("quotes");
      for (QuoteView q : rows) {
        ObjectNode o = list.addObject();
        o.put("text", q.text()).put("direct", q.direct()).put("speaker", q.speaker()).put("speakerId", q.speakerId())
            .put("verb", q.verb()).put("via", q.via()).put("articleId", q.articleId())
            // articleTitle, as /api/quotes names it (session 15); title, its name until then, kept for scripts
            .put("articleTitle", q.articleTitle()).put("title", q.articleTitle())
            .put("source", q.source()).put("published", q.published());
      }
      out.println(root);
    } else {
      // past QuoteFinder.ARTICLES_READ articles the count is that of the newest ones: say so,
      // rather than let "483 quotations" pass for the collection's
      String scope = found.complete() ? ""
          : String.format(Locale.ROOT, " in the newest %,d of %,d matching articles (narrow with --speaker, words or dates)",
              found.articlesRead(), found.articlesMatched());
      out.printf(Locale.ROOT, "%s%s%s%n", Counted.of(total, "quotation", "quotations"), scope, total > rows.size() ? " (showing " + rows.size() + ")" : "");
      for (QuoteView q : rows) {
        out.println();
        out.printf(Locale.ROOT, "%s — %s%s%n", q.speaker() == null ? "(unknown speaker)" : q.speaker(),
            q.direct() ? "«" + q.text() + "»" : q.text(), q.via() == null ? "" : "  (via " + q.via() + ")");
        out.printf(Locale.ROOT, "   %s  %s  %s  %s%n", Cells.orDash(q.published()), Cells.orDash(q.source()), q.articleId(),
            Cells.orDash(q.articleTitle()));
      }
    }
    out.flush();
  }
}
