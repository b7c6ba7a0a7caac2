package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.app.pipeline.Quarantine;
import org.marsad.app.run.Engine;
import org.marsad.app.run.FeedIngest;
import org.marsad.ingest.feed.FeedStatus;
import org.marsad.ingest.feed.WatcherOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad watch}: the feed watcher without the server. Polls the due feeds of
 * {@code DATA/feeds.json}, ingests their new articles (alerts included) and prints a status table
 * after each round that polled something; {@code --once} does one round and exits. Output format
 * in docs/run.md.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Watch the news feeds without serving: poll, ingest, print a status table.",
        "Polls the due feeds of DATA/feeds.json, ingests new articles (alerts fire)",
        "and prints a table per round. Ctrl-C stops; state is kept in DATA/feed-state.json."})
final class WatchCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Mixin BackendOption backend;

  @Option(names = "--once", description = "poll the due feeds once, print the table and exit")
  boolean once;

  @Option(names = "--json", description = "print each round as one JSON object (one line per round)")
  boolean json;

  @Option(names = "--tick", paramLabel = "SECONDS", defaultValue = "30",
      description = "how often to look for feeds that are due (default ${DEFAULT-VALUE})")
  int tickSeconds;

  @Spec CommandSpec spec;

  /** Watcher settings (tests use a zero host interval against a local site). */
  WatcherOptions watcherOptions = WatcherOptions.defaults();

  @Override
  public Integer call() throws Exception {
    OptionCheck.require(spec, tickSeconds >= 1, "--tick must be at least 1 second, got " + tickSeconds);
    PrintWriter out = spec.commandLine().getOut();
    Engine engine = Engine.open(backend.options(data.dir()), Engine.Feeds.WATCH, watcherOptions);
    if (once) {
      try (engine) {
        print(engine.pollDue(), engine, out);
      }
      return MarsadCli.EXIT_OK;
    }
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        engine.close();
      } catch (Exception e) {
        System.err.println("marsad: closing the store failed: " + e.getMessage());
      }
      closed.countDown();
    }, "marsad-shutdown"));
    engine.startWatching(Duration.ofSeconds(tickSeconds), polled -> {
      if (polled > 0) print(polled, engine, out);
    });
    closed.await(); // until Ctrl-C
    return MarsadCli.EXIT_OK;
  }

  private void print(int polled, Engine engine, PrintWriter out) {
    FeedIngest.Counts c = engine.feedCounts();
    List<FeedStatus> feeds = engine.feedStatuses();
    if (json) {
      out.println(toJson(polled, c, feeds));
    } else {
      printTable(polled, c, feeds, engine.dataDir(), out);
    }
    out.flush();
  }

  private static void printTable(int polled, FeedIngest.Counts c, List<FeedStatus> feeds, Path dataDir, PrintWriter out) {
    int idWidth = Math.max(4, feeds.stream().mapToInt(f -> f.id().length()).max().orElse(4));
    String row = "%-" + idWidth + "s  %-7s  %-20s  %-20s  %8s  %s%n";
    out.printf(row, "feed", "state", "last poll", "next poll", "articles", "last error");
    for (FeedStatus f : feeds) {
      out.printf(row, f.id(), state(f), time(f.lastPoll()), time(f.nextPoll()), f.articlesDelivered(),
          f.lastError() == null ? "" : f.lastError());
    }
    out.printf("%s polled; since start: %s stored, %d already stored, %d failed, %s%n",
        Counted.of(polled, "feed", "feeds"), Counted.of(c.stored(), "new article", "new articles"), c.duplicates(), c.failed(),
        Counted.of(c.alertHits(), "alert hit", "alert hits"));
    if (c.failed() > 0) out.println("Failures are listed in " + dataDir.resolve("quarantine").resolve(Quarantine.REASONS));
  }

  private static String state(FeedStatus f) {
    if (f.lastPoll() == null) return "waiting";
    return f.lastError() == null ? "ok" : "failing";
  }

  private static String time(Instant t) {
    return t == null ? "-" : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  private static String toJson(int polled, FeedIngest.Counts c, List<FeedStatus> feeds) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("polled", polled);
    o.put("stored", c.stored());
    o.put("duplicates", c.duplicates());
    o.put("failed", c.failed());
    o.put("alertHits", c.alertHits());
    List<Map<String, Object>> list = new ArrayList<>();
    for (FeedStatus f : feeds) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", f.id());
      m.put("name", f.name());
      m.put("url", f.url());
      m.put("state", state(f));
      m.put("lastPoll", iso(f.lastPoll()));
      m.put("lastSuccess", iso(f.lastSuccess()));
      m.put("lastError", f.lastError());
      m.put("consecutiveFailures", f.consecutiveFailures());
      m.put("nextPoll", iso(f.nextPoll()));
      m.put("articlesDelivered", f.articlesDelivered());
      m.put("skippedByRobots", f.skippedByRobots());
      list.add(m);
    }
    o.put("feeds", list);
    try {
      return new ObjectMapper().writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the status as JSON", e);
    }
  }

  private static String iso(Instant t) {
    return t == null ? null : t.toString();
  }
}
