package org.marsad.ingest.reader;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.marsad.ingest.charset.DecodedText;
import org.marsad.ingest.charset.TextDecoder;
import org.marsad.ingest.charset.UndecodableTextException;

/**
 * HTML bytes to HTML text: the charset comes from a byte-order mark, the HTTP header, the
 * page's own {@code <meta charset>} / {@code http-equiv} declaration, or detection, in the
 * order of {@link TextDecoder#decode(byte[], String)}; a page whose body has no text is
 * rejected. The HTML itself is kept as it is: extraction belongs to the analysis.
 */
public final class HtmlPages {
  /** How far into a page the meta charset declaration is looked for (the HTML spec says 1024). */
  static final int META_PRESCAN_BYTES = 4096;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlPages() {}

  /**
   * Decodes a page and checks that it has text.
   *
   * @param bytes       the page
   * @param httpCharset charset from the HTTP {@code Content-Type}, or null
   * @throws UnreadableInputException undecodable bytes or a page without text
   */
  public static String decode(byte[] bytes, String httpCharset) throws UnreadableInputException {
    String declared = httpCharset != null ? httpCharset : metaCharset(bytes);
    String html;
    try {
      DecodedText decoded = TextDecoder.decode(bytes, declared);
      html = decoded.text();
    } catch (UndecodableTextException e) {
      throw new UnreadableInputException(e.reason(), bytes);
    }
    if (Jsoup.parse(html).body().text().isBlank()) {
      throw new UnreadableInputException("HTML page has no text", bytes);
    }
    return html;
  }

  /**
   * The page's {@code <title>} (white space collapsed, "" when it has none), decoded as
   * {@link #decode} would (the declared charset, else the meta one, else guessed).
   */
  public static String title(byte[] bytes, String httpCharset) {
    String declared = httpCharset != null ? httpCharset : metaCharset(bytes);
    try {
      return Jsoup.parse(TextDecoder.decode(bytes, declared).text()).title().strip();
    } catch (UndecodableTextException e) {
      return "";
    }
  }

  /** The charset a page declares in its first bytes, or null. */
  static String metaCharset(byte[] bytes) {
    // ISO-8859-1 maps bytes one to one, so the ASCII declaration is found in any charset.
    String head = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** The charset parameter of a {@code Content-Type} header value, or null. */
  public static String charsetOf(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        return p.substring(8).replace("\"", "").replace("'", "").trim();
      }
    }
    return null;
  }
}
