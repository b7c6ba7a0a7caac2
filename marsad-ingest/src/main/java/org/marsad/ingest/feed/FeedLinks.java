package org.marsad.ingest.feed;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links as feeds and servers write them, made into URLs an HTTP request can use, the way a browser
 * reads them: characters a URI may not hold are percent-encoded (UTF-8), an Arabic host name
 * becomes its {@code xn--} form, and a relative reference is resolved per RFC 3986.
 */
final class FeedLinks {
  /** scheme:// (or //) and the authority, the rest of the link after it. */
  private static final Pattern AUTHORITY = Pattern.compile("^((?:[A-Za-z][A-Za-z0-9+.-]*:)?//)([^/?#]*)(.*)$", Pattern.DOTALL);

  /**
   * A link made usable, or why it is not.
   *
   * @param url     the absolute http(s) URL with a host, or null
   * @param problem why there is no url, for a failure line; null when there is one
   */
  record Resolved(URI url, String problem) {}

  private FeedLinks() {}

  /** {@code link} resolved against {@code base} (base null: absolute links only). */
  static Resolved resolve(URI base, String link) {
    String raw = link.strip();
    String escaped;
    try {
      escaped = asciiHost(escape(raw));
    } catch (IllegalArgumentException e) { // IDN.toASCII: a label too long, a forbidden character
      return new Resolved(null, "unusable link (host: " + e.getMessage() + ")");
    }
    URI u;
    try {
      u = base == null ? new URI(escaped) : resolveAgainst(base, escaped);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return new Resolved(null, "unusable link (" + e.getMessage() + ")");
    }
    if (!"http".equalsIgnoreCase(u.getScheme()) && !"https".equalsIgnoreCase(u.getScheme())) {
      return new Resolved(null, "not an http(s) link");
    }
    if (u.getHost() == null) {
      // java.net.URI gives no host for names such as my_site.example.com, and no request can be built without one
      return new Resolved(null, "unusable link (no host name a request can use)");
    }
    try {
      return new Resolved(withoutDotSegments(u), null);
    } catch (URISyntaxException e) {
      return new Resolved(null, "unusable link (" + e.getMessage() + ")");
    }
  }

  /**
   * {@code u} with its path's {@code .} and {@code ..} segments removed (RFC 3986 §5.2.4), as a
   * browser requests it: java.net.URI resolves by RFC 2396, which keeps a {@code ..} that climbs
   * above the root ({@code ../../news/a.html} from {@code /feed/rss.xml} gave {@code /../news/a.html},
   * a 404 on most servers) and leaves an absolute link's {@code /news/./a.html} as written.
   */
  static URI withoutDotSegments(URI u) throws URISyntaxException {
    String path = u.getRawPath();
    if (path == null || !(path.contains("/.") || path.startsWith("."))) return u;
    String clean = removeDotSegments(path);
    if (clean.equals(path)) return u;
    return new URI(u.getScheme() + "://" + u.getRawAuthority() + clean + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())
        + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment()));
  }

  /** RFC 3986 §5.2.4 remove_dot_segments. */
  static String removeDotSegments(String path) {
    String in = path;
    StringBuilder out = new StringBuilder(path.length());
    while (!in.isEmpty()) {
      if (in.startsWith("../")) {
        in = in.substring(3);
      } else if (in.startsWith("./")) {
        in = in.substring(2);
      } else if (in.startsWith("/./")) {
        in = in.substring(2);
      } else if (in.equals("/.")) {
        in = "/";
      } else if (in.startsWith("/../") || in.equals("/..")) {
        in = in.length() == 3 ? "/" : in.substring(3);
        int cut = out.lastIndexOf("/");
        out.setLength(Math.max(cut, 0));
      } else if (in.equals(".") || in.equals("..")) {
        in = "";
      } else {
        int next = in.indexOf('/', in.startsWith("/") ? 1 : 0);
        int end = next < 0 ? in.length() : next;
        out.append(in, 0, end);
        in = in.substring(end);
      }
    }
    return out.toString();
  }

  /**
   * RFC 3986 §5.2: java.net.URI follows RFC 2396, where "?page=2" against /news/a.html gives
   * /news/?page=2 (a 404, the item then marked seen for good); here the base's path is kept.
   */
  static URI resolveAgainst(URI base, String ref) throws URISyntaxException {
    if (ref.isEmpty() || ref.startsWith("?")) {
      String b = base.toString();
      int cut = b.indexOf(ref.isEmpty() ? '#' : '?');
      if (cut < 0 && !ref.isEmpty()) cut = b.indexOf('#');
      return new URI((cut < 0 ? b : b.substring(0, cut)) + ref);
    }
    return base.resolve(new URI(ref));
  }

  /**
   * Percent-encodes (UTF-8) what a URI may not hold, as a browser does with such a link: spaces
   * (U+00A0 too), controls, quotes, angle brackets, braces, a {@code %} that starts no escape
   * and a second {@code #}; letters, Arabic included, stay as they are.
   */
  static String escape(String link) {
    StringBuilder out = new StringBuilder(link.length() + 16);
    boolean inFragment = false;
    for (int i = 0; i < link.length(); ) {
      int c = link.codePointAt(i);
      boolean strayPercent = c == '%' && !(i + 2 < link.length() && isHex(link.charAt(i + 1)) && isHex(link.charAt(i + 2)));
      boolean secondHash = c == '#' && inFragment;
      inFragment |= c == '#';
      if (c <= ' ' || c == 0x7F || " \"<>\\^`{|}".indexOf(c) >= 0 || strayPercent || secondHash
          || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(hex(b >> 4)).append(hex(b));
        }
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** An Arabic (or other non-ASCII) host name in its ASCII form (xn--…), which java.net.URI and HTTP need. */
  private static String asciiHost(String link) {
    Matcher m = AUTHORITY.matcher(link);
    if (!m.matches()) return link;
    String authority = m.group(2);
    int at = authority.lastIndexOf('@');
    int colon = authority.indexOf(':', at + 1);
    String host = authority.substring(at + 1, colon < 0 ? authority.length() : colon);
    if (host.chars().allMatch(ch -> ch < 0x80)) return link;
    String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    return m.group(1) + authority.substring(0, at + 1) + ascii + (colon < 0 ? "" : authority.substring(colon)) + m.group(3);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  private static char hex(int nibble) {
    return Character.toUpperCase(Character.forDigit(nibble & 0xF, 16));
  }
}
