package org.marsad.app.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.Jsoup;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.article.Section;
import org.marsad.text.ArabicNormalizer;

/**
 * A minimal stand-in for the anatomy analyser ({@code org.marsad.nlp.ArticleAnalyzer}) so that
 * ingest and search work before it lands: HTML reduced to text with jsoup, display
 * normalisation, paragraphs split on line breaks, the container's metadata copied, and a
 * content id that is a hash of the normalised text. No dateline, entities or quotes.
 * Replace with the real analyser in {@code IngestCommand} when it is available.
 */
public final class InterimDocumentAnalyzer implements DocumentAnalyzer {
  @Override
  public Article analyze(RawDocument doc) {
    String body = doc.html() ? Jsoup.parse(doc.body()).wholeText() : doc.body();
    String text = ArabicNormalizer.display(body == null ? "" : body).strip();
    if (text.isEmpty()) throw new IllegalArgumentException("empty document");
    List<String> paragraphs = new ArrayList<>();
    for (String p : text.split("\\n\\s*")) {
      if (!p.isBlank()) paragraphs.add(p.strip());
    }
    String title = doc.title() == null || doc.title().isBlank() ? null : ArabicNormalizer.display(doc.title()).strip();
    return new Article(contentId(String.join("\n", paragraphs)), title, null, doc.published(), doc.source(), doc.url(),
        null, paragraphs.get(0), List.of(new Section(null, paragraphs)), List.of(), String.join("\n\n", paragraphs),
        null, null, List.of(), List.of(), null, List.of(), null, null);
  }

  /** First 128 bits of SHA-256 of the text, hex. */
  static String contentId(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
