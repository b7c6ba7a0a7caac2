package org.marsad.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * HTTP GET with manners: a clear User-Agent, robots.txt checked (cached per host), requests to
 * one host spaced out, conditional GET (If-None-Match / If-Modified-Since), gzip accepted, and
 * bodies capped in size. Uses {@link HttpClient}.
 */
final class PoliteFetcher {
  /** robots.txt larger than this is cut (Google reads 500 KiB). */
  static final int MAX_ROBOTS_BYTES = 512 * 1024;
  /** Redirects followed per request (RFC 9309 asks at least five for robots.txt). */
  static final int MAX_REDIRECTS = 5;
  /** An unreachable robots.txt is retried after this long, not after the full TTL. */
  static final Duration ROBOTS_RETRY = Duration.ofHours(1);

  /** @param unreachable why robots.txt could not be read (everything is then disallowed), or null */
  private record CachedRobots(RobotsRules rules, Instant expires, String unreachable) {}

  private final HttpClient client;
  private final WatcherOptions options;
  private final Clock clock;
  private final HostRateLimiter limiter;
  private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();

  PoliteFetcher(HttpClient client, WatcherOptions options, Clock clock, HostRateLimiter limiter) {
    this.client = client;
    this.options = options;
    this.clock = clock;
    this.limiter = limiter;
  }

  /** Whether robots.txt of the URL's host lets us fetch it. */
  boolean allowed(URI url) throws InterruptedException {
    String pathAndQuery = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    if (url.getRawQuery() != null) {
      pathAndQuery += "?" + url.getRawQuery();
    }
    return robots(url).allows(pathAndQuery);
  }

  /**
   * Why {@link #allowed} said no for this URL, as one line for a status page: an offline host
   * reads "robots.txt unreachable (connection failed: …)" rather than a misleading "disallowed".
   */
  String refusal(URI url) {
    CachedRobots cached = robots.get(hostKey(url));
    return cached != null && cached.unreachable() != null
        ? "robots.txt unreachable (" + cached.unreachable() + ")"
        : "disallowed by robots.txt";
  }

  /**
   * Whether {@link #allowed} said no only for now: the host's robots.txt could not be read (no
   * connection, a timeout, a 5xx or 429; a redirect loop is "unavailable" and allows), which RFC 9309 §2.3.1.4 counts as complete disallow until
   * it can be read again ({@link #ROBOTS_RETRY}); unlike a Disallow rule, this heals by itself.
   */
  boolean refusedForNow(URI url) {
    CachedRobots cached = robots.get(hostKey(url));
    return cached != null && cached.unreachable() != null;
  }

  /**
   * GETs a URL (robots.txt must have been checked by the caller), following redirects itself:
   * each hop is a request of its own, so it waits for its host's turn and its target must be
   * allowed by that host's robots.txt (an HttpClient following them would skip both).
   *
   * @param etag         validator from the previous response, or null
   * @param lastModified validator from the previous response, or null
   */
  FetchResult get(URI url, String etag, String lastModified) throws FetchException, InterruptedException {
    return follow(url, etag, lastModified, true);
  }

  private FetchResult follow(URI url, String etag, String lastModified, boolean checkRobots)
      throws FetchException, InterruptedException {
    URI current = url;
    for (int hop = 0; ; hop++) {
      limiter.acquire(hostKey(current), hostInterval(current));
      long deadline = System.nanoTime() + options.requestTimeout().toNanos();
      HttpResponse<InputStream> response = send(current, etag, lastModified);
      URI next = redirectTarget(response, current);
      if (next == null) {
        // HttpRequest.timeout covers the wait for the headers only; a server that then trickles or
        // stalls the body would hold this thread forever, so the body shares the same deadline.
        try (InputStream body = response.body(); BodyDeadline watchdog = BodyDeadline.start(body, deadline)) {
          return read(response, body, etag, lastModified, watchdog);
        } catch (IOException e) { // closing the body
          throw new FetchException("reading the response failed: " + e.getMessage());
        }
      }
      discard(response);
      if (hop == MAX_REDIRECTS) {
        throw FetchException.permanent("too many redirects (more than " + MAX_REDIRECTS + ", last to " + next + ")");
      }
      if ("https".equalsIgnoreCase(current.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
        throw FetchException.permanent("redirect from https to " + next + " refused");
      }
      if (checkRobots && !allowed(next)) {
        throw FetchException.permanent(refusal(next) + " (redirected to " + next + ")");
      }
      current = next;
    }
  }

  /** One request, no redirect followed (the caller has waited for the host's turn). */
  private HttpResponse<InputStream> send(URI url, String etag, String lastModified) throws FetchException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(options.requestTimeout())
        .header("User-Agent", options.userAgent())
        .header("Accept-Encoding", "gzip")
        .GET();
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FetchException("timed out after " + options.requestTimeout().toSeconds() + " s");
    } catch (IOException e) {
      throw new FetchException("connection failed: " + describe(e, url));
    }
  }

  /** The http(s) URL a 301, 302, 303, 307 or 308 response points to; null for any other response. */
  private static URI redirectTarget(HttpResponse<InputStream> response, URI from) throws FetchException {
    int status = response.statusCode();
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
      return null;
    }
    String location = response.headers().firstValue("Location").map(PoliteFetcher::utf8Header).orElse(null);
    // FeedLinks: "Location: ?lang=ar" keeps the path (RFC 3986), an Arabic host is asked as xn--…
    URI target = location == null || location.isBlank() ? null : FeedLinks.resolve(from, location).url();
    if (target == null) {
      discard(response);
      throw FetchException.permanent("HTTP " + status + " without a usable Location" + (location == null ? "" : " (" + location + ")"));
    }
    return target;
  }

  /**
   * A header value as the server meant it. HttpClient reads header bytes as ISO-8859-1, so a
   * Location a server wrote in raw UTF-8 (an Arabic path, as several Arabic CMSs send it) arrives
   * as mojibake ({@code /Ø®Ø¨Ø±}) and the redirect would go to a mangled URL; when those bytes are
   * valid UTF-8 they are read as UTF-8 ({@link FeedLinks} then percent-encodes what needs it).
   * Bytes that are not valid UTF-8 stay as read.
   */
  static String utf8Header(String value) {
    if (value.chars().allMatch(c -> c < 0x80) || value.chars().anyMatch(c -> c > 0xFF)) return value;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException e) {
      return value;
    }
  }

  private static void discard(HttpResponse<InputStream> response) {
    try (InputStream body = response.body()) {
      body.skip(64 * 1024); // a redirect's body is a line or two; whatever is left is dropped with the connection
    } catch (IOException e) {
      // nothing to keep
    }
  }

  private FetchResult read(HttpResponse<InputStream> response, InputStream body, String etag, String lastModified,
      BodyDeadline watchdog) throws FetchException {
    int status = response.statusCode();
    try {
      if (status == 304) {
        return new FetchResult(response.uri(), true, new byte[0], null, etag, lastModified);
      }
      if (status < 200 || status > 299) {
        throw new FetchException("HTTP " + status, status, retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
      }
      boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
      byte[] bytes = readCapped(gzip ? new GZIPInputStream(body) : body);
      return new FetchResult(response.uri(), false, bytes, response.headers().firstValue("Content-Type").orElse(null),
          response.headers().firstValue("ETag").orElse(null), response.headers().firstValue("Last-Modified").orElse(null));
    } catch (IOException e) {
      if (watchdog.fired()) throw new FetchException("timed out after " + options.requestTimeout().toSeconds() + " s (reading the response)");
      throw new FetchException("reading the response failed: " + e.getMessage());
    }
  }

  /** One line for a failed connection; HttpClient reports an unknown host as a ConnectException without message. */
  private static String describe(IOException e, URI url) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
        return "cannot resolve host " + url.getHost();
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
    }
    if (e instanceof java.net.ConnectException) {
      return "connection refused by " + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
    }
    return e.getClass().getSimpleName();
  }

  private byte[] readCapped(InputStream in) throws IOException, FetchException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxBodyBytes() + 1));
    if (bytes.length > options.maxBodyBytes()) {
      throw new FetchException("response larger than " + options.maxBodyBytes() + " bytes");
    }
    return bytes;
  }

  private RobotsRules robots(URI url) throws InterruptedException {
    String key = hostKey(url);
    CachedRobots cached = robots.get(key);
    Instant now = clock.instant();
    if (cached != null && cached.expires().isAfter(now)) {
      return cached.rules();
    }
    URI robotsUrl = URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/robots.txt");
    RobotsRules rules;
    String unreachable = null;
    Duration ttl = options.robotsTtl();
    try {
      FetchResult r = follow(robotsUrl, null, null, false); // robots.txt is not subject to itself
      String text = new String(r.body(), 0, Math.min(r.body().length, MAX_ROBOTS_BYTES), StandardCharsets.UTF_8);
      rules = RobotsRules.parse(text, options.productToken());
    } catch (FetchException e) {
      if (e.status() >= 400 && e.status() < 500 && e.status() != 429 || e.isPermanent()) {
        // RFC 9309 §2.3.1.3 (4xx) and §2.3.1.2 (not reached within 5 redirects): unavailable, so
        // crawling is allowed. A redirect loop or an https→http redirect will not heal: holding
        // the host's articles back "for now" would hold them forever.
        rules = RobotsRules.allowAll();
      } else {
        // RFC 9309: an unreachable robots.txt means complete disallow, for now.
        rules = RobotsRules.disallowAll();
        unreachable = e.getMessage();
        ttl = ttl.compareTo(ROBOTS_RETRY) < 0 ? ttl : ROBOTS_RETRY;
      }
    }
    robots.put(key, new CachedRobots(rules, now.plus(ttl), unreachable));
    return rules;
  }

  private Duration hostInterval(URI url) {
    CachedRobots cached = robots.get(hostKey(url));
    Duration delay = cached == null ? null : cached.rules().crawlDelay();
    return delay != null && delay.compareTo(options.minHostInterval()) > 0 ? delay : options.minHostInterval();
  }

  static String hostKey(URI url) {
    return url.getScheme() + "://" + url.getRawAuthority();
  }

  /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
  private Duration retryAfter(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return d.isNegative() ? null : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
