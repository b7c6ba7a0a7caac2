package org.marsad.app.http;

import java.util.List;

/**
 * How the server listens and what it lets in.
 *
 * @param host            interface to bind (127.0.0.1 unless the user asks otherwise)
 * @param port            TCP port (0 picks a free one)
 * @param token           the secret write requests must present
 * @param maxRequestBytes largest request body accepted (413 above)
 * @param corsOrigins     origins allowed to call the API from a browser; empty means no CORS headers at all
 * @param idleTimeoutMillis a connection that sends or receives nothing for this long is closed: a
 *                        client that opens a request and stalls (or trickles nothing) cannot hold a
 *                        server thread; also the limit for reading a request body (docs/limits.md)
 * @param allowedHosts    host names requests may name besides the loopback ones (a reverse proxy's
 *                        public name); the Host check against DNS rebinding is {@link HostGuard}
 */
public record ServerConfig(String host, int port, String token, long maxRequestBytes, List<String> corsOrigins,
    long idleTimeoutMillis, List<String> allowedHosts) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 2L * 1024 * 1024;
  /** 30 s: long enough for a slow client on a bad line, short enough that stalled ones do not pile up. */
  public static final long DEFAULT_IDLE_TIMEOUT_MILLIS = 30_000;

  /** No host names beyond the loopback ones and the bound address. */
  public ServerConfig(String host, int port, String token, long maxRequestBytes, List<String> corsOrigins,
      long idleTimeoutMillis) {
    this(host, port, token, maxRequestBytes, corsOrigins, idleTimeoutMillis, List.of());
  }

  /** With the default idle timeout. */
  public ServerConfig(String host, int port, String token, long maxRequestBytes, List<String> corsOrigins) {
    this(host, port, token, maxRequestBytes, corsOrigins, DEFAULT_IDLE_TIMEOUT_MILLIS);
  }

  public ServerConfig {
    if (idleTimeoutMillis < 1) throw new IllegalArgumentException("idleTimeoutMillis must be positive");
    if (token == null || token.length() < 16) throw new IllegalArgumentException("the access token must have at least 16 characters");
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0-65535, got " + port);
    if (maxRequestBytes < 1024) throw new IllegalArgumentException("maxRequestBytes must be at least 1024");
    corsOrigins = List.copyOf(corsOrigins);
    allowedHosts = List.copyOf(allowedHosts);
  }

  /** Loopback, the default port and body limit, no CORS. */
  public static ServerConfig local(String token) {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, token, DEFAULT_MAX_REQUEST_BYTES, List.of());
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, token, maxRequestBytes, corsOrigins, idleTimeoutMillis, allowedHosts);
  }
}
