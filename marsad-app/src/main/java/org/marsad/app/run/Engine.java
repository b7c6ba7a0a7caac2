package org.marsad.app.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.marsad.app.backend.StoreFactory;
import org.marsad.app.backend.StoreOptions;
import org.marsad.app.corpus.Corpus;
import org.marsad.app.http.ServerWiring;
import org.marsad.app.http.Services;
import org.marsad.app.pipeline.Quarantine;
import org.marsad.ingest.feed.FeedList;
import org.marsad.ingest.feed.FeedStatus;
import org.marsad.ingest.feed.FeedWatcher;
import org.marsad.ingest.feed.WatcherOptions;
import org.marsad.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marsad's engine over one data directory: the embedded store, the services the HTTP server
 * delegates to ({@link ServerWiring}), and the feed watcher whose articles go through the
 * analyser into the store and the alerts ({@link FeedIngest}), with its state kept in
 * {@code DATA/feed-state.json} across restarts. Feed statuses show on the status page.
 *
 * <pre>{@code
 * try (Engine engine = Engine.open(dataDir, Engine.Feeds.WATCH, WatcherOptions.defaults())) {
 *   engine.startWatching(Engine.DEFAULT_TICK);   // or engine.pollDue() yourself
 *   … serve engine.services() …
 * }
 * }</pre>
 *
 * {@link #close()} stops the watcher (waiting for a poll in progress), saves its state, then
 * commits and closes the store.
 */
public final class Engine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  /** Watcher state file in the data directory. */
  public static final String STATE_FILE = "feed-state.json";
  /** How often the background watcher looks for due feeds (each feed has its own interval). */
  public static final Duration DEFAULT_TICK = Duration.ofSeconds(30);
  /**
   * How often the entity registry, duplicate index and story state are saved while articles come
   * in (only when some did): the most an unclean end loses of them. A save rewrites the three files
   * whole (9,482 articles: 36 MB, 7–14 s on the loaded 2-core build machine, bench/RESULTS.md,
   * session 17), so not after every article as the index commits.
   */
  public static final Duration CORPUS_SAVE_EVERY = Duration.ofMinutes(5);

  /** Whether the engine watches the feed list of the data directory. */
  public enum Feeds { WATCH, OFF }

  private final Path dataDir;
  private final ArticleStore store;
  private final Services services;
  private final Corpus corpus;
  private final FeedIngest feedIngest;
  private final FeedWatcher watcher;
  private final boolean watching;
  private final Object schedulerLock = new Object();
  private ScheduledExecutorService scheduler; // guarded by schedulerLock
  private boolean closed; // guarded by schedulerLock
  private final ScheduledExecutorService corpusSaver = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "marsad-corpus-save");
    t.setDaemon(true);
    return t;
  });

  private Engine(Path dataDir, ArticleStore store, Services services, Corpus corpus, FeedIngest feedIngest, FeedWatcher watcher,
      boolean watching) {
    this.dataDir = dataDir;
    this.store = store;
    this.services = services;
    this.corpus = corpus;
    this.feedIngest = feedIngest;
    this.watcher = watcher;
    this.watching = watching;
  }

  /**
   * Opens the data directory (created when missing). With {@link Feeds#WATCH} the feed list is
   * read first ({@code DATA/feeds.json}, written from the shipped defaults on first use), so a
   * broken list fails before the index is opened; nothing is fetched until {@link #pollDue()}
   * or {@link #startWatching}.
   *
   * @throws IllegalArgumentException the feed list is invalid (the message names the file and why)
   */
  public static Engine open(Path dataDir, Feeds feeds, WatcherOptions options) throws IOException {
    return open(StoreOptions.embedded(dataDir), feeds, options);
  }

  /** As {@link #open(Path, Feeds, WatcherOptions)}, on the given backend (embedded or SolrCloud). */
  public static Engine open(StoreOptions storeOptions, Feeds feeds, WatcherOptions options) throws IOException {
    return open(storeOptions, feeds, options, CORPUS_SAVE_EVERY);
  }

  /** As {@link #open(StoreOptions, Feeds, WatcherOptions)}, saving the corpus state every {@code corpusSaveEvery}. */
  static Engine open(StoreOptions storeOptions, Feeds feeds, WatcherOptions options, Duration corpusSaveEvery) throws IOException {
    Path dataDir = storeOptions.dataDir();
    Files.createDirectories(dataDir);
    FeedList list = feeds == Feeds.WATCH ? FeedList.loadOrCreate(dataDir) : new FeedList(List.of());
    ArticleStore store = StoreFactory.openForWriting(storeOptions);
    try {
      WatchedFeeds board = new WatchedFeeds();
      Corpus corpus = Corpus.open(dataDir);
      Services services = ServerWiring.services(dataDir, store, corpus).feeds(board).build();
      FeedIngest sink = new FeedIngest(services.ingest(), services.alertEngine(), new Quarantine(dataDir.resolve("quarantine")));
      FeedWatcher watcher = new FeedWatcher(list.enabled(), sink, options);
      Engine engine = new Engine(dataDir, store, services, corpus, sink, watcher, feeds == Feeds.WATCH);
      engine.loadState();
      board.showFrom(watcher::statuses, sink::storedFrom);
      engine.corpusSaver.scheduleWithFixedDelay(engine::saveCorpus, corpusSaveEvery.toMillis(), corpusSaveEvery.toMillis(),
          TimeUnit.MILLISECONDS);
      return engine;
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private void loadState() {
    if (!watching) return;
    try {
      int restored = watcher.loadState(stateFile());
      if (restored > 0) LOG.info("feed watcher: state of {} feed(s) restored from {}", restored, stateFile());
    } catch (IOException | RuntimeException e) {
      // a damaged state file costs a re-fetch of current items (stored once: ids are content hashes), not a failed start
      LOG.warn("feed watcher: ignoring unreadable {}: {}", stateFile(), e.getMessage());
    }
  }

  /** The services for the HTTP server (store, ingest, alerts, feed statuses…). */
  public Services services() {
    return services;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Every watched feed's status, in list order (empty when feeds are off). */
  public List<FeedStatus> feedStatuses() {
    return watcher.statuses();
  }

  /** What the feeds delivered since the engine was opened. */
  public FeedIngest.Counts feedCounts() {
    return feedIngest.counts();
  }

  /**
   * Polls every due feed now, on this thread, and saves the watcher state.
   *
   * @return how many feeds were polled
   */
  public int pollDue() throws InterruptedException {
    if (!watching) return 0;
    int polled = watcher.pollDue();
    saveState();
    return polled;
  }

  /**
   * Polls due feeds every {@code tick} on a background thread (the first round at once) until
   * {@link #stopWatching()} or {@link #close()}. Returns at once: a slow or offline feed never
   * delays the caller. A no-op when feeds are off.
   */
  public void startWatching(Duration tick) {
    startWatching(tick, polled -> {});
  }

  /**
   * As {@link #startWatching(Duration)}, calling {@code afterRound} with the number of feeds
   * polled after each round (on the watcher's thread).
   */
  public void startWatching(Duration tick, IntConsumer afterRound) {
    if (!watching) return;
    synchronized (schedulerLock) {
      if (closed) throw new IllegalStateException("engine is closed");
      if (scheduler != null) throw new IllegalStateException("already watching");
      scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "marsad-feeds");
        t.setDaemon(true);
        return t;
      });
      scheduler.scheduleWithFixedDelay(() -> backgroundRound(afterRound), 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void backgroundRound(IntConsumer afterRound) {
    try {
      afterRound.accept(pollDue());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stopping
    } catch (RuntimeException e) { // one bad round must not end the schedule; feed errors are in the statuses
      LOG.warn("feed watcher: poll failed: {}", e.toString());
    }
  }

  /** Stops background polling and waits (up to 30 s) for a poll in progress to end. Idempotent. */
  public void stopWatching() {
    ScheduledExecutorService s;
    synchronized (schedulerLock) {
      s = scheduler;
      scheduler = null;
    }
    if (s == null) return;
    s.shutdownNow(); // interrupts a fetch in progress
    try {
      if (!s.awaitTermination(30, TimeUnit.SECONDS)) LOG.warn("feed watcher: a poll did not stop within 30 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Path stateFile() {
    return dataDir.resolve(STATE_FILE);
  }

  private void saveState() {
    if (!watching) return;
    try {
      watcher.saveState(stateFile());
    } catch (IOException e) {
      LOG.warn("feed watcher: cannot save {}: {}", stateFile(), e.getMessage());
    }
  }

  /** The scheduled save of the corpus state; a failure is logged and tried again at the next turn. */
  private void saveCorpus() {
    try {
      corpus.saveIfChanged();
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot save the entity registry, duplicate index or story state in {}: {}", dataDir, e.toString());
    }
  }

  /** Stops the watcher, saves its state, stops webhook delivery, commits and closes the store. Idempotent. */
  @Override
  public void close() throws IOException {
    synchronized (schedulerLock) {
      if (closed) return;
      closed = true;
    }
    stopWatching();
    corpusSaver.shutdown(); // a save in progress ends before the last one below
    try {
      if (!corpusSaver.awaitTermination(2, TimeUnit.MINUTES)) LOG.warn("a scheduled save of the corpus state did not end within 2 min");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    watcher.close();
    feedIngest.close();
    saveState();
    services.close();
    try {
      store.commit();
    } finally {
      // saved even when the last commit fails: the registry, stories and duplicates of every
      // article committed before are worth more than a consistent loss of all of them
      try {
        corpus.saveIfChanged(); // a server that stored nothing stops at once (session 19: 6-14 s rewriting unchanged files)
      } finally {
        store.close();
      }
    }
  }
}
