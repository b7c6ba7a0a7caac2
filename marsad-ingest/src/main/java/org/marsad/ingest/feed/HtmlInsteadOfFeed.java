package org.marsad.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises an HTML page where a feed was expected, and reads its title for the error line. */
final class HtmlInsteadOfFeed {
  private static final int HEAD = 8192;
  private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]*)</title>", Pattern.CASE_INSENSITIVE);

  private HtmlInsteadOfFeed() {}

  /** The page's title ("" when it has none) when the body starts as an HTML page; null otherwise. */
  static String title(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, HEAD), StandardCharsets.UTF_8);
    String start = head.replaceFirst("^\uFEFF?\\s*(<!--.*?-->\\s*)*", "").toLowerCase(Locale.ROOT);
    if (!start.startsWith("<!doctype html") && !start.startsWith("<html")) return null;
    Matcher m = TITLE.matcher(head);
    if (!m.find()) return "";
    String t = m.group(1).replaceAll("\\s+", " ").strip();
    return t.length() > 80 ? t.substring(0, 80) + "…" : t;
  }
}
