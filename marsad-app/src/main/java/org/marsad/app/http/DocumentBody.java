package org.marsad.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.marsad.nlp.date.PublishedTimeParser;
import org.marsad.ingest.charset.TextDecoder;
import org.marsad.ingest.charset.UndecodableTextException;
import org.marsad.ingest.reader.HtmlPages;
import org.marsad.ingest.reader.UnreadableInputException;
import org.marsad.nlp.article.RawDocument;

/**
 * Reads the document of {@code POST /api/analyze} and {@code /api/ingest}. The body is either
 * {@code text/plain} (article text), {@code text/html} (a web page; metadata from query
 * parameters title, url, source, published) or {@code application/json}
 * ({@code {"text"|"html": …, "title", "url", "source", "published"}}).
 */
final class DocumentBody {
  private final ObjectMapper json;
  private final long maxBytes;

  DocumentBody(ObjectMapper json) {
    this(json, ServerConfig.DEFAULT_MAX_REQUEST_BYTES);
  }

  /** With the server's body limit ({@code --max-body}), which a chunked body must keep to as well. */
  DocumentBody(ObjectMapper json, long maxBytes) {
    this.json = json;
    this.maxBytes = maxBytes;
  }

  /** The JSON form. */
  record Json(String text, String html, String title, String url, String source, String published) {}

  RawDocument read(Context ctx) throws IOException {
    return read(ctx.contentType(), ctx.path(), RequestBody.bytes(ctx, maxBytes), ctx::queryParam);
  }

  /**
   * The same from the raw bytes of a request. Text and HTML are decoded as {@code marsad ingest}
   * decodes files (docs/ingest-formats.md, "Charsets"): the declared charset when the bytes
   * agree with it, else valid UTF-8, else Windows-1256 / ISO-8859-6 detection, so an Arabic
   * article posted without a charset (or with a wrong one) is not stored as U+FFFD garbage.
   * JSON is UTF-8.
   */
  RawDocument read(String contentType, String path, byte[] requestBody, QueryParams params) throws IOException {
    String type = contentType == null ? "text/plain" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("application/json") || requestBody.length == 0) {
      return read(contentType, path, new String(requestBody, StandardCharsets.UTF_8), params);
    }
    String declared = HtmlPages.charsetOf(contentType);
    String text;
    if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
      try {
        text = HtmlPages.decode(requestBody, declared);
      } catch (UnreadableInputException e) {
        throw ApiException.badRequest(e.reason());
      }
    } else if (type.startsWith("text/plain")) {
      try {
        text = TextDecoder.decode(requestBody, declared).text();
      } catch (UndecodableTextException e) {
        throw ApiException.badRequest("the body is not readable text: " + e.reason());
      }
    } else {
      text = new String(requestBody, StandardCharsets.UTF_8); // refused below as an unsupported type
    }
    return read(contentType, path, text, params);
  }

  /** The same from the parts of a request (tests and the fuzz target call this directly). */
  RawDocument read(String contentType, String path, String requestBody, QueryParams params) throws IOException {
    String type = contentType == null ? "text/plain" : contentType.toLowerCase(Locale.ROOT);
    String origin = "http:" + path;
    if (type.startsWith("application/json")) {
      Json j = json.readValue(requestBody, Json.class);
      if (j == null) throw ApiException.badRequest("the JSON body is empty");
      boolean hasText = j.text() != null && !j.text().isBlank();
      boolean hasHtml = j.html() != null && !j.html().isBlank();
      if (hasText == hasHtml) throw ApiException.badRequest("give exactly one of 'text' or 'html'");
      return new RawDocument(hasHtml ? j.html() : j.text(), hasHtml, j.title(), j.url(), j.source(), published(j.published()), origin);
    }
    boolean html;
    if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) html = true;
    else if (type.startsWith("text/plain")) html = false;
    else throw ApiException.unsupportedMediaType("send text/plain, text/html or application/json, not " + contentType);
    String body = requestBody;
    if (body.isBlank()) throw ApiException.badRequest("the body is empty");
    return new RawDocument(body, html, Params.text(params, "title"), Params.text(params, "url"), Params.text(params, "source"),
        published(Params.text(params, "published")), origin);
  }

  /**
   * A {@code published} the analysis can read, as given; one it cannot read is a 400 rather than
   * an article silently stored without its date.
   */
  private static String published(String raw) {
    if (raw != null && !raw.isBlank() && PublishedTimeParser.parse(raw) == null) {
      throw ApiException.badRequest("published is not a date Marsad can read: '" + raw
          + "' (ISO-8601 such as 2016-04-12 or 2016-04-12T09:30:00+03:00, an RSS date, epoch seconds, or an Arabic date such as 12 نيسان 2016)");
    }
    return raw;
  }
}
