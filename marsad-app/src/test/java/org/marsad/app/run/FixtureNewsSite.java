package org.marsad.app.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TEST ONLY: a news site on 127.0.0.1 (JDK HTTP server) serving the files under
 * {@code org/marsad/app/run/site/}: robots.txt, an RSS feed and article pages in the style of
 * SANA's site. {@code {BASE}} in XML files becomes the site's address; the query string is
 * ignored (tracking parameters); a missing file is a 404.
 */
final class FixtureNewsSite implements AutoCloseable {
  private static final String ROOT = "/org/marsad/app/run/site";

  private final HttpServer server;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  FixtureNewsSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How often a path was requested. */
  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  /** An address on which nothing listens: connections are refused. */
  static String refusingBase() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + s.getLocalPort();
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    byte[] body;
    try (InputStream in = path.contains("..") ? null : FixtureNewsSite.class.getResourceAsStream(ROOT + path)) {
      body = in == null ? null : in.readAllBytes();
    }
    if (body == null) {
      byte[] notFound = "<html><body><h1>404 الصفحة غير موجودة</h1></body></html>".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(404, notFound.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(notFound);
      }
      return;
    }
    if (path.endsWith(".xml")) {
      body = new String(body, StandardCharsets.UTF_8).replace("{BASE}", base()).getBytes(StandardCharsets.UTF_8);
    }
    ex.getResponseHeaders().set("Content-Type", contentType(path));
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static String contentType(String path) {
    if (path.endsWith(".xml")) return "application/rss+xml; charset=utf-8";
    if (path.endsWith(".txt")) return "text/plain; charset=utf-8";
    return "text/html; charset=utf-8";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
