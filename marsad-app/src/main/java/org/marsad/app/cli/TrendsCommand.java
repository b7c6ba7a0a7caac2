package org.marsad.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.listing.TrendFinder;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.trend.Burst;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code marsad trends}: entities and topics whose daily article counts burst above their own
 * trailing baseline (z-score against the previous {@code --window} days; see docs/listing.md).
 * Daily counts per canonical entity and topic come from the index's facets, every value of each
 * day (see {@link TrendFinder}).
 */
@Command(name = "trends", mixinStandardHelpOptions = true,
    description = "List entities and topics bursting above their recent baseline, with the numbers.")
final class TrendsCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Mixin BackendOption backend;

  @Option(names = "--days", defaultValue = "1", description = "Days to report, ending at --day (default: ${DEFAULT-VALUE})")
  int days;

  @Option(names = "--day", paramLabel = "DATE", description = "Last day to report, YYYY-MM-DD (default: the newest day in the index)")
  String day;

  @Option(names = "--window", defaultValue = "7", description = "Trailing baseline in days (default: ${DEFAULT-VALUE})")
  int window;

  @Option(names = "--min-z", defaultValue = "2.0", description = "Lowest z-score listed (default: ${DEFAULT-VALUE})")
  double minZ;

  @Option(names = "--min-count", defaultValue = "3", description = "Fewest articles on the day (default: ${DEFAULT-VALUE})")
  int minCount;

  @Option(names = "--json", description = "Print {\"window\", \"complete\", \"bursts\": [{key, dimension, name, day, count, baseline, stdDev, zScore}]} as one JSON object")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OptionCheck.require(spec, days >= 1, "--days must be 1 or more, got " + days);
    OptionCheck.require(spec, window >= 1, "--window must be 1 or more, got " + window);
    OptionCheck.require(spec, minCount >= 1, "--min-count must be 1 or more, got " + minCount);
    LocalDate last = lastDay();
    TrendFinder.Trends trends;
    try (ArticleStore store = backend.openForReading(data.dir())) {
      trends = new TrendFinder(store).trends(days, last, window, minZ, minCount);
    }
    print(trends, spec.commandLine().getOut());
    return MarsadCli.EXIT_OK;
  }

  /** {@code --day} as a date; a clear usage error rather than the date parser's exception text. */
  private LocalDate lastDay() {
    if (day == null) return null;
    try {
      return LocalDate.parse(day.strip());
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--day must be a date like 2015-08-11, got '" + day + "'");
    }
  }

  private void print(TrendFinder.Trends trends, PrintWriter out) {
    List<Burst> bursts = trends.bursts();
    if (json) {
      ObjectNode root = ArticleJson.mapper().createObjectNode();
      root.put("window", window);
      root.put("complete", trends.complete());
      ArrayNode list = root.putArray("bursts");
      for (Burst b : bursts) {
        int colon = b.key().indexOf(':');
        list.addObject().put("key", b.key()).put("dimension", b.key().substring(0, colon)).put("name", b.key().substring(colon + 1))
            .put("day", b.day().toString()).put("count", b.count())
            .put("baseline", Math.round(b.baseline() * 100) / 100.0).put("stdDev", Math.round(b.stdDev() * 100) / 100.0)
            .put("zScore", Math.round(b.zScore() * 100) / 100.0);
      }
      out.println(root);
    } else {
      out.printf(Locale.ROOT, "%-10s %6s %9s %7s  %s%n", "day", "count", "baseline", "z", "key");
      for (Burst b : bursts) {
        out.printf(Locale.ROOT, "%-10s %6d %9.2f %7.2f  %s%n", b.day(), b.count(), b.baseline(), b.zScore(), b.key());
      }
      if (bursts.isEmpty()) out.println("no bursts");
      if (!trends.complete()) out.println("(some day has more distinct values than the facet cap; rarer ones were not counted)");
    }
    out.flush();
  }
}
