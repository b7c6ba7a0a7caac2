package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.app.http.MarsadServer;
import org.marsad.app.run.Engine;
import org.marsad.ingest.feed.WatcherOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad serve}: the HTTP API and web UI over a data directory, until interrupted (no feed watching). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the HTTP JSON API and the Arabic web UI (marsad run also watches feeds).",
        "Write endpoints need the token kept in DATA/token (created and printed on first start)."})
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: ~/.marsad)")
  Path data = Path.of(System.getProperty("user.home"), ".marsad");

  @Mixin ServerOptions server;

  @Mixin BackendOption backend;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    server.check(spec);
    ServerOptions.quietServerLogs();
    RunningServer running = start(spec.commandLine().getOut());
    running.closeOnExit();
    Thread.currentThread().join(); // until the JVM is asked to stop
    return MarsadCli.EXIT_OK;
  }

  /** Opens the data directory, starts the server and prints where it listens (and a new token, once). */
  RunningServer start(PrintWriter out) throws IOException {
    Engine engine = Engine.open(backend.options(data), Engine.Feeds.OFF, WatcherOptions.defaults());
    try {
      return new RunningServer(server.start(data, engine.services(), out), engine);
    } catch (IOException | RuntimeException e) {
      engine.close();
      throw e;
    }
  }
}
