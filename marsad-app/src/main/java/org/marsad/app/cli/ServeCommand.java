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
    Files.createDirectories(data);
    AccessToken token = AccessToken.loadOrCreate(data);
    ServerConfig config = new ServerConfig(host, port, token.value(), maxBody, corsOrigins);
    PrintWriter out = spec.commandLine().getOut();
    ArticleStore store = ServerWiring.openStore(data);
    Services services = ServerWiring.services(data, store).build();
    MarsadServer server = new MarsadServer(config, services);
    // Ctrl-C ends the JVM; the hook stops the server before the store so no request sees a closed index.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      services.close();
      try {
        store.close();
      } catch (Exception e) {
        System.err.println("marsad: closing the store failed: " + e.getMessage());
      }
    }, "marsad-shutdown"));
    server.start();
    if (token.created()) {
      out.println("marsad: new access token (shown once; kept in " + token.file() + "):");
      out.println(token.value());
    } else {
      out.println("marsad: write requests need the token in " + token.file());
    }
    out.println("marsad: serving " + data + " on http://" + hostForUrl(host) + ":" + server.port() + "/ (Ctrl-C to stop)");
    out.flush();
    Thread.currentThread().join(); // until the JVM is asked to stop
    return MarsadCli.EXIT_OK;
  }

  private static String hostForUrl(String h) {
    return h.contains(":") ? "[" + h + "]" : h;
  }
}
