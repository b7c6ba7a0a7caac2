package org.marsad.store.query;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.nlp.article.SourceFields;

/**
 * The spellings under which an article's URL may be stored, for a URL a reader pasted: a browser's
 * address bar gives an Arabic path percent-encoded (SaudiNewsNet stores aawsat's slugs in Arabic
 * letters), and a link may differ in scheme, {@code www.} or a final slash. Every spelling is looked
 * up as an exact stored URL; no index change is needed.
 */
public final class UrlSpellings {
  private UrlSpellings() {}

  /** Whether a query word is a web address ({@code http://…}, {@code https://…}, or {@code www.host/…} printed without scheme). */
  public static boolean isUrl(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("www.")) return w.indexOf('/') > w.indexOf('.', 4) && w.indexOf('.', 4) > 4;
    return (w.startsWith("http://") || w.startsWith("https://")) && w.length() > "https://".length();
  }

  /**
   * The URL as given, percent-decoded, with scheme and host in lower case, without a {@code #fragment}
   * and without tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}: links shared from
   * social media carry them, stored URLs do not), each with http and https, with and without www.
   * and a final slash. A real query string ({@code ?live}) is kept.
   */
  public static List<String> of(String url) {
    Set<String> bases = new LinkedHashSet<>();
    String typed = url.strip();
    if (typed.toLowerCase(Locale.ROOT).startsWith("www.")) typed = "http://" + typed;
    bases.add(typed);
    String decoded = decoded(typed);
    if (decoded != null) bases.add(decoded);
    // stored since session 18 with only its bidi controls percent-encoded (SourceFields.url): a
    // pasted link has them raw or has every non-ASCII letter encoded, neither of which is that
    for (String b : List.copyOf(bases)) bases.add(SourceFields.url(b));
    for (String b : List.copyOf(bases)) bases.add(withoutTracking(withoutFragment(lowerSchemeAndHost(b))));
    Set<String> out = new LinkedHashSet<>();
    for (String b : bases) {
      for (String scheme : schemes(b)) {
        for (String host : hosts(scheme)) {
          out.add(host);
          out.add(host.endsWith("/") ? host.substring(0, host.length() - 1) : host + "/");
        }
      }
    }
    return List.copyOf(out);
  }

  /** The URL with its percent-escapes decoded as UTF-8 ('+' kept); null when there are none or they are not UTF-8. */
  private static String decoded(String url) {
    if (url.indexOf('%') < 0) return null;
    try {
      String d = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
      return d.indexOf('\uFFFD') >= 0 ? null : d;
    } catch (IllegalArgumentException e) {
      return null; // a stray '%'
    }
  }

  /** Scheme and host are case-blind (RFC 3986); stored URLs have them in lower case. */
  private static String lowerSchemeAndHost(String url) {
    int start = url.indexOf("://");
    if (start < 0) return url;
    int end = start + 3;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) end++;
    return url.substring(0, end).toLowerCase(Locale.ROOT) + url.substring(end);
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  /** The URL without utm_*, fbclid and gclid parameters (and without '?' when none is left). */
  private static String withoutTracking(String url) {
    int q = url.indexOf('?');
    if (q < 0) return url;
    StringBuilder kept = new StringBuilder();
    for (String param : url.substring(q + 1).split("&")) {
      String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (param.isEmpty() || name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid")) continue;
      kept.append(kept.length() > 0 ? "&" : "").append(param);
    }
    return url.substring(0, q) + (kept.length() > 0 ? "?" + kept : "");
  }

  private static List<String> schemes(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://")) return List.of(url, "http://" + url.substring(8));
    if (lower.startsWith("http://")) return List.of(url, "https://" + url.substring(7));
    return List.of(url);
  }

  private static List<String> hosts(String url) {
    int start = url.indexOf("://") + 3;
    if (start < 3) return List.of(url);
    String rest = url.substring(start);
    String scheme = url.substring(0, start);
    return rest.toLowerCase(Locale.ROOT).startsWith("www.") ? List.of(url, scheme + rest.substring(4)) : List.of(url, scheme + "www." + rest);
  }
}
