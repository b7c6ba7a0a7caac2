package org.marsad.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import org.marsad.nlp.article.RawDocument;

/**
 * Reads the document of {@code POST /api/analyze} and {@code /api/ingest}. The body is either
 * {@code text/plain} (article text), {@code text/html} (a web page; metadata from query
 * parameters title, url, source, published) or {@code application/json}
 * ({@code {"text"|"html": …, "title", "url", "source", "published"}}).
 */
final class DocumentBody {
  private final ObjectMapper json;

  DocumentBody(ObjectMapper json) {
    this.json = json;
  }

  /** The JSON form. */
  record Json(String text, String html, String title, String url, String source, String published) {}

  RawDocument read(Context ctx) throws IOException {
    return read(ctx.contentType(), ctx.path(), ctx.body(), ctx::queryParam);
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
      return new RawDocument(hasHtml ? j.html() : j.text(), hasHtml, j.title(), j.url(), j.source(), j.published(), origin);
    }
    boolean html;
    if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) html = true;
    else if (type.startsWith("text/plain")) html = false;
    else throw ApiException.unsupportedMediaType("send text/plain, text/html or application/json, not " + contentType);
    String body = requestBody;
    if (body.isBlank()) throw ApiException.badRequest("the body is empty");
    return new RawDocument(body, html, Params.text(params, "title"), Params.text(params, "url"), Params.text(params, "source"),
        Params.text(params, "published"), origin);
  }
}
