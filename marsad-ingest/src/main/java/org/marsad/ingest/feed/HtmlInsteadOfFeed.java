package org.marsad.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.ingest.reader.HtmlPages;
import org.marsad.ingest.reader.XmlRoot;

/**
 * Recognises an HTML page where a feed was expected, and reads its title for the error line,
 * with the readers' own tools: the root element past any prolog, doctype or comment
 * ({@link XmlRoot}, so XHTML too) and the page decoding ({@link HtmlPages}, so a Windows-1256
 * title reads right). HTML lets a page leave out its {@code <html>} tag, and many do
 * ({@code <!DOCTYPE html><head>…}), so an HTML doctype, or a {@code head} or {@code body} root,
 * makes a page too; no feed format has either.
 */
final class HtmlInsteadOfFeed {
  private static final int HEAD = 8192;
  private static final int MAX_TITLE = 80;
  /**
   * The doctype of HTML5 and of every earlier HTML and XHTML ({@code <!DOCTYPE html PUBLIC …}) as
   * the document's first markup, after at most a byte order mark, an XML declaration and comments
   * (a feed may carry a whole page, doctype included, in its CDATA).
   */
  private static final Pattern HTML_DOCTYPE =
      Pattern.compile("(?is)^(?:\u00EF\u00BB\u00BF)?\\s*(?:<\\?.*?\\?>\\s*|<!--.*?-->\\s*)*<!DOCTYPE\\s+html[\\s>]");
  private static final Set<String> HTML_ROOTS = Set.of("html", "head", "body");

  private HtmlInsteadOfFeed() {}

  /** The page's title ("" when it has none) when the body is an HTML page; null otherwise. */
  static String title(byte[] body) {
    byte[] head = Arrays.copyOf(body, Math.min(body.length, HEAD));
    boolean page = HTML_ROOTS.contains(XmlRoot.of(head))
        || HTML_DOCTYPE.matcher(new String(head, StandardCharsets.ISO_8859_1)).lookingAt(); // ASCII in any charset
    if (!page) return null;
    String t = HtmlPages.title(body, null);
    return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) + "…" : t;
  }
}
