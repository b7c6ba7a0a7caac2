package org.marsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.app.http.AccessToken;
import org.marsad.app.http.MarsadServer;
import org.marsad.app.http.ServerConfig;
import org.marsad.app.http.ServerWiring;
import org.marsad.app.http.Services;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad serve}: the HTTP API and web UI over a data directory, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the HTTP JSON API and the Arabic web UI over a data directory.",
        "Write endpoints need the token kept in DATA/token (created and printed on first start)."})
public final class ServeCommand implements java.util.concurrent.Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: ~/.marsad)")
  Path data = Path.of(System.getProperty("user.home"), ".marsad");

  @Option(names = "--host", paramLabel = "H", description = "interface to bind (default: ${DEFAULT-VALUE}; use 0.0.0.0 to expose it)")
  String host = ServerConfig.DEFAULT_HOST;

  @Option(names = "--port", paramLabel = "P", description = "TCP port (default: ${DEFAULT-VALUE})")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(names = "--max-body", paramLabel = "BYTES", description = "largest request body accepted (default: ${DEFAULT-VALUE})")
  long maxBody = ServerConfig.DEFAULT_MAX_REQUEST_BYTES;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "allow browser calls from this origin (repeatable; default: none)")
  List<String> corsOrigins = List.of();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    // Jetty's start-up chatter is noise on a command line; the user can still raise it with -D
    if (System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
      System.setProperty("org.slf4j.simpleLogger.log.io.javalin.Javalin", "warn");
    }
    Running running = start(spec.commandLine().getOut());
    // Ctrl-C ends the JVM; the hook stops the server before the store so no request sees a closed index.
    Runtime.getRuntime().addShutdownHook(new Thread(running::close, "marsad-shutdown"));
    Thread.currentThread().join(); // until the JVM is asked to stop
    return MarsadCli.EXIT_OK;
  }

  /** A started server and what it holds open; closing stops the server, then the store. */
  record Running(MarsadServer server, Services services, ArticleStore store) implements AutoCloseable {
    @Override
    public void close() {
      server.close();
      services.close();
      try {
        store.close();
      } catch (Exception e) {
        System.err.println("marsad: closing the store failed: " + e.getMessage());
      }
    }
  }

  /** Opens the data directory, starts the server and prints where it listens (and a new token, once). */
  Running start(PrintWriter out) throws Exception {
    Files.createDirectories(data);
    AccessToken token = AccessToken.loadOrCreate(data);
    ServerConfig config = new ServerConfig(host, port, token.value(), maxBody, corsOrigins);
    ArticleStore store = ServerWiring.openStore(data);
    Services services = ServerWiring.services(data, store).build();
    MarsadServer server = new MarsadServer(config, services);
    try {
      server.start();
    } catch (RuntimeException e) {
      server.close();
      services.close();
      store.close();
      if (causedByBind(e)) throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (in use, or not an address of this machine)", e);
      throw e;
    }
    if (token.created()) {
      out.println("marsad: new access token (shown once; kept in " + token.file() + "):");
      out.println(token.value());
    } else {
      out.println("marsad: write requests need the token in " + token.file());
    }
    if (!isLoopback(host)) {
      out.println("marsad: warning: listening on " + host + ", reachable from other machines");
    }
    out.println("marsad: serving " + data + " on http://" + hostForUrl(host) + ":" + server.port() + "/ (Ctrl-C to stop)");
    out.flush();
    return new Running(server, services, store);
  }

  private static boolean causedByBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException) return true;
    }
    return false;
  }

  private static boolean isLoopback(String h) {
    return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("::1");
  }

  private static String hostForUrl(String h) {
    return h.contains(":") ? "[" + h + "]" : h;
  }
}
