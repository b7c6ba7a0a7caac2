package org.marsad.ingest.feed;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A feed item's text as HTML the article extractor can read like a page. The extractor scores
 * text inside blocks ({@code <p>}, {@code <div>}…), while a feed often gives bare text (an Atom
 * {@code type="text"} summary, a description without markup), which would otherwise read as a
 * page without an article; such text goes into one {@code <div>}, a line per {@code <br>}.
 */
final class ItemHtml {
  private static final String BLOCKS = "p, div, pre, td, blockquote, section, article";

  private ItemHtml() {}

  /**
   * @param value the item's content or description
   * @param type  its type as Rome gives it ({@code text}, {@code text/plain}, {@code html}, {@code text/html}…), or null
   */
  static String of(String value, String type) {
    String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (t.equals("text") || t.equals("text/plain")) {
      return "<div>" + String.join("<br>", value.strip().lines().map(Entities::escape).toList()) + "</div>";
    }
    Element body = Jsoup.parseBodyFragment(value).body();
    return body.select(BLOCKS).isEmpty() ? "<div>" + body.html() + "</div>" : value;
  }
}
