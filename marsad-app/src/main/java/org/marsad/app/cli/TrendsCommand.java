package org.marsad.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.concurrent.Callable;
import org.marsad.app.listing.TrendFinder;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.nlp.trend.Burst;
import org.marsad.nlp.trend.BurstDetector;
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

  @Option(names = "--min-baseline-days", paramLabel = "N",
      description = "Covered days of the window a day needs to be scored (default: half the window, rounded up)")
  Integer minBaselineDays;

  @Option(names = "--json", description = "Print {\"window\", \"complete\", \"bursts\": [{key, dimension, name, id, day, count, baseline, stdDev, zScore, baselineDays}], \"coverage\"} as one JSON object")
  boolean json;

  @Spec CommandSpec spec;

  /** Which day is today (UTC): only today can be the day being collected; fixed in tests. */
  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws Exception {
    OptionCheck.require(spec, days >= 1, "--days must be 1 or more, got " + days);
    OptionCheck.require(spec, window >= 1, "--window must be 1 or more, got " + window);
    // picocli reads NaN and Infinity as doubles: refused here, before any output, rather than
    // failing halfway through the table (the formula line cannot print them)
    OptionCheck.require(spec, Double.isFinite(minZ), "--min-z must be a number, got " + minZ);
    OptionCheck.require(spec, minCount >= 1, "--min-count must be 1 or more, got " + minCount);
    int minDays = minBaselineDays != null ? minBaselineDays : BurstDetector.defaultMinBaselineDays(window);
    OptionCheck.require(spec, minDays >= 1 && minDays <= window,
        "--min-baseline-days must be between 1 and --window (" + window + "), got " + minDays);
    LocalDate last = lastDay();
    TrendFinder.Trends trends;
    EntityRegistry registry = EntityRegistry.open(data.dir(), Transliterator.rulesOnly());
    try (ArticleStore store = backend.openForReading(data.dir())) {
      trends = new TrendFinder(store, registry, clock).trends(days, last, window, minZ, minCount, minDays);
    }
    print(trends, last, spec.commandLine().getOut());
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

  private void print(TrendFinder.Trends trends, LocalDate last, PrintWriter out) {
    List<Burst> bursts = trends.bursts();
    NavigableSet<LocalDate> covered = trends.covered();
    if (json) {
      ObjectNode root = ArticleJson.mapper().createObjectNode();
      root.put("window", window);
      root.put("complete", trends.complete());
      ArrayNode list = root.putArray("bursts");
      for (Burst b : bursts) {
        list.addObject().put("key", trends.displayKey(b)).put("dimension", trends.dimension(b)).put("name", trends.name(b))
            .put("id", trends.id(b)).put("day", b.day().toString()).put("count", b.count())
            .put("baseline", round(b.baseline())).put("stdDev", round(b.stdDev())).put("zScore", round(b.zScore()))
            .put("baselineDays", b.baselineDays());
      }
      ObjectNode coverage = root.putObject("coverage");
      coverage.put("first", covered.isEmpty() ? null : covered.first().toString())
          .put("last", covered.isEmpty() ? null : covered.last().toString()).put("days", covered.size())
          .put("minBaselineDays", trends.minBaselineDays());
      coverage.put("partialDay", trends.partialDay() == null ? null : trends.partialDay().toString())
          .put("partialShare", round(trends.partialShare()));
      ArrayNode unscored = coverage.putArray("unscoredDays");
      trends.unscoredDays().forEach(d -> unscored.add(d.toString()));
      out.println(root);
    } else {
      if (!covered.isEmpty()) {
        out.printf(Locale.ROOT, "baseline: the covered days among the %d before each day (the collection covers %d days, %s to %s; a day needs %d)%n",
            window, covered.size(), covered.first(), covered.last(), trends.minBaselineDays());
        // the floor is why z is not (count - baseline) / stdDev: without this line a reader
        // recomputing a row (7 articles, baseline 0.50, stdDev 0.50) got 13 where z says 6.50
        out.printf(Locale.ROOT, "z = (count - baseline) / max(stdDev, sqrt(max(baseline, 1))); listed when z >= %s and count >= %d%n",
            new BigDecimal(Double.toString(minZ)).stripTrailingZeros().toPlainString(), minCount);
        if (trends.partialDay() != null) {
          out.printf(Locale.ROOT, "%s is being collected (%.0f %% of a median day's articles): its baseline and stdDev are scaled to that share%n",
              trends.partialDay(), 100 * trends.partialShare());
        }
      }
      out.printf(Locale.ROOT, "%-10s %6s %9s %7s %7s %5s  %s%n", "day", "count", "baseline", "stdDev", "z", "days", "key");
      for (Burst b : bursts) {
        out.printf(Locale.ROOT, "%-10s %6d %9.2f %7.2f %7.2f %5d  %s%n", b.day(), b.count(), b.baseline(), b.stdDev(), b.zScore(),
            b.baselineDays(), trends.displayKey(b));
      }
      for (LocalDate d : trends.unscoredDays()) {
        out.printf(Locale.ROOT, "%s not scored: %d covered day(s) in its %d-day baseline, fewer than %d (the collection is too short there)%n",
            d, baselineDays(covered, d), window, trends.minBaselineDays());
      }
      String outside = outsideNote(covered, last);
      if (outside != null) out.println(outside);
      if (bursts.isEmpty()) out.println("no bursts");
      if (!trends.complete()) out.println("(some day has more distinct values than the facet cap; rarer ones were not counted)");
    }
    out.flush();
  }

  /** A one-line note when {@code --day} is outside the covered days (its report is then mostly or wholly empty). */
  static String outsideNote(NavigableSet<LocalDate> covered, LocalDate last) {
    if (last == null || covered.isEmpty()) return null;
    if (last.isAfter(covered.last())) return "note: --day " + last + " is after the newest covered day, " + covered.last();
    if (last.isBefore(covered.first())) return "note: --day " + last + " is before the oldest covered day, " + covered.first();
    return null;
  }

  private int baselineDays(NavigableSet<LocalDate> covered, LocalDate day) {
    return covered.subSet(day.minusDays(window), true, day, false).size();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
