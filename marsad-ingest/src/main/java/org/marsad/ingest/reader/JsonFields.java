package org.marsad.ingest.reader;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;
import org.marsad.nlp.article.RawDocument;

/**
 * Maps a JSON object's fields to a {@link RawDocument}. The first non-blank field of each list
 * wins; names cover common exports and the SaudiNewsNet corpus ({@code content},
 * {@code date_extracted}, {@code author}).
 */
final class JsonFields {
  static final List<String> TEXT = List.of("text", "content", "body", "article");
  static final List<String> HTML = List.of("html", "raw_html");
  static final List<String> TITLE = List.of("title", "headline");
  static final List<String> URL = List.of("url", "link");
  static final List<String> SOURCE = List.of("source", "publisher", "site");
  static final List<String> PUBLISHED = List.of("published", "date", "date_published", "datePublished",
      "pubDate", "date_extracted");
  /** Kept as extras under the same names. */
  static final List<String> EXTRAS = List.of("author", "id", "category", "lang", "language");

  private JsonFields() {}

  /** The document, with its extras put into {@code extras}. */
  static RawDocument toDocument(JsonNode object, String origin, long maxBytes, Map<String, String> extras)
      throws UnreadableInputException {
    String text = first(object, TEXT);
    boolean html = false;
    if (text == null) {
      text = first(object, HTML);
      html = text != null;
    }
    if (text == null) {
      boolean present = TEXT.stream().anyMatch(object::has) || HTML.stream().anyMatch(object::has);
      throw present ? UnreadableInputException.emptyText()
          : new UnreadableInputException("no text field (expected one of " + String.join(", ", TEXT) + ", " + String.join(", ", HTML) + ")", null);
    }
    if (text.length() > maxBytes || utf8Length(text) > maxBytes) {
      throw Bounded.tooLarge(maxBytes);
    }
    for (String key : EXTRAS) {
      String v = first(object, List.of(key));
      if (v != null) {
        extras.put(key, v);
      }
    }
    return new RawDocument(text, html, title(object), first(object, URL), first(object, SOURCE),
        first(object, PUBLISHED), origin);
  }

  /**
   * The headline as text. Scraped exports often keep the page's HTML entities in it (178 of
   * 2,972 SaudiNewsNet titles of one day have {@code &quot;}), which would show and be searched
   * as {@code &quot;}; a headline field is plain text, so entities are decoded (jsoup).
   */
  private static String title(JsonNode object) {
    String title = first(object, TITLE);
    return title == null || title.indexOf('&') < 0 ? title : Parser.unescapeEntities(title, false);
  }

  /** UTF-8 length without encoding (documents are measured in bytes like files). */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  static Map<String, String> newExtras() {
    return new LinkedHashMap<>();
  }

  private static String first(JsonNode object, List<String> names) {
    for (String name : names) {
      JsonNode v = object.get(name);
      if (v != null && v.isValueNode() && !v.isNull()) {
        String s = v.asText();
        if (!Blank.isBlank(s)) {
          return s;
        }
      }
    }
    return null;
  }
}
