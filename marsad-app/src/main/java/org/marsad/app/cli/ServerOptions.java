package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.marsad.app.http.AccessToken;
import org.marsad.app.http.HostGuard;
import org.marsad.app.http.MarsadServer;
import org.marsad.app.http.ServerConfig;
import org.marsad.app.http.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How the HTTP server listens ({@code --host --port --max-body --cors-origin --allowed-host}), shared by
 * {@code marsad serve} and {@code marsad run}, and the one place that starts the server and
 * prints where it listens.
 */
final class ServerOptions {
  @Option(names = "--host", paramLabel = "H", description = "interface to bind (default: ${DEFAULT-VALUE}; use 0.0.0.0 to expose it)")
  String host = ServerConfig.DEFAULT_HOST;

  @Option(names = "--port", paramLabel = "P", description = "TCP port (default: ${DEFAULT-VALUE})")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(names = "--max-body", paramLabel = "BYTES", description = "largest request body accepted (default: ${DEFAULT-VALUE})")
  long maxBody = ServerConfig.DEFAULT_MAX_REQUEST_BYTES;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "allow browser calls from this origin (repeatable; default: none)")
  List<String> corsOrigins = List.of();

  @Option(names = "--allowed-host", paramLabel = "NAME", description = "also answer requests for this host name, "
      + "e.g. the public name a reverse proxy forwards (repeatable; a name, no scheme or path; any port). Without it, a server on "
      + "loopback (the default --host) answers only localhost, 127.0.0.1, [::1] and address literals; one bound to another "
      + "address makes no Host check (a warning says so)")
  List<String> allowedHosts = List.of();

  /** Jetty's start-up chatter is noise on a command line; the user can still raise it with -D. */
  static void quietServerLogs() {
    if (System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
      System.setProperty("org.slf4j.simpleLogger.log.io.javalin.Javalin", "warn");
    }
  }

  /**
   * Starts a server over the services (token from {@code DATA/token}, created on first use) and
   * prints where it listens, and the token when it was just created.
   *
   * @throws IllegalArgumentException the address cannot be bound (one readable line, e.g.
   *     {@code port 7070 is in use; choose another with --port})
   */
  MarsadServer start(Path data, Services services, PrintWriter out) throws IOException {
    AccessToken token = AccessToken.loadOrCreate(data);
    // Checked before Javalin binds: its failed start logs an ERROR line of its own on stderr.
    checkBindable();
    MarsadServer server = new MarsadServer(new ServerConfig(host, port, token.value(), maxBody, corsOrigins,
        ServerConfig.DEFAULT_IDLE_TIMEOUT_MILLIS, allowedHosts), services);
    try {
      server.start();
    } catch (RuntimeException e) {
      server.close();
      BindException bind = bindCause(e);
      if (bind != null) throw new IllegalArgumentException(bindMessage(bind), e);
      throw e;
    }
    if (token.created()) {
      out.println("marsad: new access token (shown once; kept in " + token.file() + "):");
      out.println(token.value());
    } else {
      out.println("marsad: write requests need the token in " + token.file());
    }
    if (!HostGuard.isLoopback(host)) { // 127.0.0.2 is this machine too
      out.println("marsad: warning: listening on " + host + ", reachable from other machines"
          + (allowedHosts.isEmpty() ? " under any host name (name them with --allowed-host to refuse the others)" : ""));
    }
    out.println("marsad: serving " + data + " on " + url(server) + " (Ctrl-C to stop)");
    out.flush();
    return server;
  }

  /** The address the server answers on, e.g. {@code http://127.0.0.1:7070/}. */
  String url(MarsadServer server) {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + server.port() + "/";
  }

  /** Fails with {@link #bindMessage} when the address cannot be bound now (the port taken, the host not ours). */
  private void checkBindable() {
    if (port == 0) return;
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true); // as Jetty binds: a port in TIME_WAIT is free
      probe.bind(new InetSocketAddress(host, port));
    } catch (BindException e) {
      throw new IllegalArgumentException(bindMessage(e), e);
    } catch (IOException | IllegalArgumentException | SecurityException e) {
      // anything else (an unresolvable host…) is reported by the server's own start below
    }
  }

  /** One line: the port taken, or the host not an address of this machine. */
  String bindMessage(BindException e) {
    String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
    if (m.contains("in use")) return "port " + port + " is in use; choose another with --port";
    return "cannot listen on " + host + ":" + port + " (" + (m.contains("assign") ? "not an address of this machine; see --host" : e.getMessage()) + ")";
  }

  /** --port is a usage error outside 0-65535 (0 picks a free port). */
  void check(CommandSpec spec) {
    OptionCheck.require(spec, port >= 0 && port <= 65535, "--port must be between 0 and 65535, got " + port);
    OptionCheck.require(spec, maxBody >= 1024, "--max-body must be at least 1024 bytes, got " + maxBody);
    for (String name : allowedHosts) { // session 19 QA: 'http://x' added the name 'http', silently
      String why = HostGuard.whyNotAHostName(name);
      OptionCheck.require(spec, why == null, "--allowed-host takes a host name such as news.example.org, got '" + name + "': " + why);
    }
  }

  private static BindException bindCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException b) return b;
    }
    return null;
  }


}
