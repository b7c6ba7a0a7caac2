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
    String type = ctx.contentType() == null ? "text/plain" : ctx.contentType().toLowerCase(Locale.ROOT);
    String origin = "http:" + ctx.path();
    if (type.startsWith("application/json")) {
      Json j = json.readValue(ctx.body(), Json.class);
      if (j == null) throw ApiException.badRequest("the JSON body is empty");
      boolean hasText = j.text() != null && !j.text().isBlank();
      boolean hasHtml = j.html() != null && !j.html().isBlank();
      if (hasText == hasHtml) throw ApiException.badRequest("give exactly one of 'text' or 'html'");
      return new RawDocument(hasHtml ? j.html() : j.text(), hasHtml, j.title(), j.url(), j.source(), j.published(), origin);
    }
    boolean html;
    if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) html = true;
    else if (type.startsWith("text/plain")) html = false;
    else throw ApiException.unsupportedMediaType("send text/plain, text/html or application/json, not " + ctx.contentType());
    String body = ctx.body();
    if (body.isBlank()) throw ApiException.badRequest("the body is empty");
    return new RawDocument(body, html, Params.text(ctx, "title"), Params.text(ctx, "url"), Params.text(ctx, "source"),
        Params.text(ctx, "published"), origin);
  }
}
