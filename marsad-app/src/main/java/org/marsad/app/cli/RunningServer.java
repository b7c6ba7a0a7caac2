package org.marsad.app.cli;

import java.io.IOException;
import org.marsad.app.http.MarsadServer;
import org.marsad.app.run.Engine;

/**
 * A started server and the engine behind it ({@code marsad serve}, {@code marsad run}). Closing
 * stops the feed watcher first (no new articles), then the server (no request sees a closed
 * index), then the engine (watcher state saved, store committed and closed).
 */
record RunningServer(MarsadServer server, Engine engine) implements AutoCloseable {
  @Override
  public void close() {
    engine.stopWatching();
    server.close();
    try {
      engine.close();
    } catch (IOException | RuntimeException e) {
      System.err.println("marsad: closing the store failed: " + e.getMessage());
    }
  }

  /** Ctrl-C (or a TERM signal) ends the JVM; this hook shuts down in order first. */
  void closeOnExit() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "marsad-shutdown"));
  }
}
