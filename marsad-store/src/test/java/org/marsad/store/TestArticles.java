package org.marsad.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.article.Dateline;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Quote;
import org.marsad.nlp.article.Section;
import org.marsad.testkit.SharedData;

/** Articles built directly for store tests (no analysis pipeline): the seed and SaudiNewsNet days. */
public final class TestArticles {
  private TestArticles() {}

  /** A minimal record; the id is a hash of the text like the real content id. */
  public static Article article(String title, String source, String published, String text) {
    return article(title, source, published, null, text);
  }

  /** A minimal record with a URL. */
  public static Article article(String title, String source, String published, String url, String text) {
    return new Article(contentId(text), title, null, published, source, url, null, firstParagraph(text),
        List.of(new Section(null, List.of(text.split("\n+")))), List.of(), text, null, null, List.of(), List.of(),
        null, List.of(), null, null);
  }

  /** The SANA seed story with its dateline, a person entity and a quote, as the analyser will produce them. */
  public static Article seed() {
    String raw = SharedData.seedText();
    String text = raw.substring(raw.indexOf('\n') + 1).strip();
    int lavrov = text.indexOf("لافروف");
    int peskov = text.indexOf("بيسكوف");
    return new Article(contentId(text), null, null, "2016-04-12", "sana", null,
        new Dateline("موسكو", "سانا", null, "موسكو-سانا"), firstParagraph(text),
        List.of(new Section(null, List.of(text.split("\n+")))), List.of(), text, null, null,
        List.of(new Entity("لافروف", "PERS", lavrov, lavrov + 6, "سيرغي لافروف", "pers:sergey-lavrov", "وزير الخارجية الروسي"),
            new Entity("بيسكوف", "PERS", peskov, peskov + 6, "ديميتري بيسكوف", "pers:dmitry-peskov", null)),
        List.of(new Quote("إن اتخاذ قرار بشأن مستقبل سورية", true, 0, 10, "بيسكوف", "pers:dmitry-peskov", "وقال", null)),
        null, List.of(), null, null);
  }

  /** Every article of the given SaudiNewsNet days (e.g. "2015-08-11"), in file order. */
  public static List<Article> saudiNewsNet(String... days) throws IOException {
    List<Article> out = new ArrayList<>();
    for (String day : days) {
      Path zip = SharedData.require("data/saudinewsnet/" + day + ".zip");
      try (ZipFile z = new ZipFile(zip.toFile())) {
        ZipEntry e = z.entries().nextElement();
        try (InputStream in = z.getInputStream(e)) {
          for (JsonNode n : ArticleJson.mapper().readTree(in)) {
            String text = n.path("content").asText("").strip();
            if (text.isEmpty()) continue;
            String title = n.path("title").asText("").strip();
            out.add(article(title.isEmpty() ? null : title, n.path("source").asText(null),
                n.path("date_extracted").asText("").replace(' ', 'T'), n.path("url").asText(null), text));
          }
        }
      }
    }
    return out;
  }

  static String firstParagraph(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  public static String contentId(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
