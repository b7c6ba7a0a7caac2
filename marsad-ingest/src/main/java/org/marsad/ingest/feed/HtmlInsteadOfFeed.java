package org.marsad.ingest.feed;

import java.util.Arrays;
import org.marsad.ingest.reader.HtmlPages;
import org.marsad.ingest.reader.XmlRoot;

/**
 * Recognises an HTML page where a feed was expected, and reads its title for the error line,
 * with the readers' own tools: the root element past any prolog, doctype or comment
 * ({@link XmlRoot}, so XHTML too) and the page decoding ({@link HtmlPages}, so a Windows-1256
 * title reads right).
 */
final class HtmlInsteadOfFeed {
  private static final int HEAD = 8192;
  private static final int MAX_TITLE = 80;

  private HtmlInsteadOfFeed() {}

  /** The page's title ("" when it has none) when the body is an HTML page; null otherwise. */
  static String title(byte[] body) {
    if (!"html".equals(XmlRoot.of(Arrays.copyOf(body, Math.min(body.length, HEAD))))) return null;
    String t = HtmlPages.title(body, null);
    return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) + "…" : t;
  }
}
