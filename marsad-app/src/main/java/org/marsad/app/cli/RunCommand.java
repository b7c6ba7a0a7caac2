package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.marsad.app.run.Engine;
import org.marsad.ingest.feed.FeedList;
import org.marsad.ingest.feed.WatcherOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad run}: the main job. Serves the web UI and API (as {@code marsad serve}) and
 * watches the news feeds of {@code DATA/feeds.json} in the background; feed articles are
 * analysed, stored and matched against the alerts. The server answers before any feed is
 * fetched: offline feeds show on the status page with their errors.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"The main job: watch Arabic news feeds and serve the web UI and API.",
        "Feeds come from DATA/feeds.json (written from the default list on first use).",
        "New articles are analysed, stored and matched against the saved alerts.",
        "Serves http://127.0.0.1:7070/ (see --host, --port) until Ctrl-C."})
final class RunCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: ~/.marsad)")
  Path data = Path.of(System.getProperty("user.home"), ".marsad");

  @Mixin ServerOptions server;

  @Mixin BackendOption backend;

  @Option(names = "--no-feeds", description = "serve only; do not watch feeds (same as marsad serve)")
  boolean noFeeds;

  @Option(names = "--tick", paramLabel = "SECONDS", defaultValue = "30",
      description = "how often to look for feeds that are due (each feed has its own interval in feeds.json; default ${DEFAULT-VALUE})")
  int tickSeconds;

  @Spec CommandSpec spec;

  /** Watcher settings (tests use a zero host interval against a local site). */
  WatcherOptions watcherOptions = WatcherOptions.defaults();

  @Override
  public Integer call() throws Exception {
    server.check(spec);
    OptionCheck.require(spec, tickSeconds >= 1, "--tick must be at least 1 second, got " + tickSeconds);
    ServerOptions.quietServerLogs();
    RunningServer running = start(spec.commandLine().getOut());
    running.closeOnExit();
    Thread.currentThread().join(); // until the JVM is asked to stop
    return MarsadCli.EXIT_OK;
  }

  /** Opens the engine, starts the server, then the watcher in the background; returns at once. */
  RunningServer start(PrintWriter out) throws IOException {
    if (tickSeconds < 1) throw new IllegalArgumentException("--tick must be at least 1 second, got " + tickSeconds);
    Engine engine = Engine.open(backend.options(data), noFeeds ? Engine.Feeds.OFF : Engine.Feeds.WATCH, watcherOptions);
    RunningServer running;
    try {
      running = new RunningServer(server.start(data, engine.services(), out), engine);
    } catch (IOException | RuntimeException e) {
      engine.close();
      throw e;
    }
    if (!noFeeds) {
      out.println("marsad: watching " + Counted.of(engine.feedStatuses().size(), "feed", "feeds") + " of " + data.resolve(FeedList.FILE_NAME)
          + " (status: " + server.url(running.server()) + "status.html)");
      out.flush();
      engine.startWatching(Duration.ofSeconds(tickSeconds));
    }
    return running;
  }
}
