package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.app.alert.AlertRepository;
import org.marsad.app.http.service.ServiceUnavailableException;
import org.marsad.app.http.service.StatusService;
import org.marsad.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /api/status}: version, uptime, index size, data size, alerts and feed states. */
final class StatusHandler implements Handler {
  private static final Logger LOG = LoggerFactory.getLogger(StatusHandler.class);
  static final String VERSION = "0.1.0";

  private final ArticleStore store;
  private final StatusService feeds;
  private final AlertRepository alerts;
  private final Path dataDir;
  private final Clock clock;
  private final Instant started;
  private final OutageNotice indexOutage = new OutageNotice();

  StatusHandler(ArticleStore store, StatusService feeds, AlertRepository alerts, Path dataDir, Clock clock) {
    this.store = store;
    this.feeds = feeds;
    this.alerts = alerts;
    this.dataDir = dataDir;
    this.clock = clock;
    this.started = clock.instant();
  }

  /**
   * The answer.
   *
   * @param articles   articles in the index, or null when the index could not be read ({@code indexError} says why)
   * @param dataBytes  bytes used by the data directory
   */
  record Response(String version, String startedAt, long uptimeSeconds, Long articles, String indexError,
      long dataBytes, int alerts, List<StatusService.FeedStatus> feeds) {}

  @Override
  public void handle(Context ctx) {
    Long articles = null;
    String indexError = null;
    try {
      articles = store.countNow(); // the read window: the page must answer while Solr is down
      if (indexOutage.succeeded()) LOG.info("status: the index answers again ({} articles)", articles);
    } catch (IOException | RuntimeException e) { // the status page must still show the rest
      indexError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      // once per outage: every open status page asks again every few seconds. The type first: an
      // error not logged (no index wired) must not open an outage that hides the next real one
      if (!(e instanceof ServiceUnavailableException) && indexOutage.failed()) {
        LOG.warn("status: cannot count articles: {} (not logged again until the index answers)", indexError);
      }
    }
    ctx.json(new Response(VERSION, started.toString(), Duration.between(started, clock.instant()).toSeconds(),
        articles, indexError, sizeOf(dataDir), alerts.list().size(), feeds.feeds()));
  }

  private static long sizeOf(Path dir) {
    if (!Files.isDirectory(dir)) return 0;
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0; // a file removed while walking (index merges) does not count
        }
      }).sum();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }
}
