package org.marsad.app.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.testkit.SharedData;

/** Raw documents for pipeline tests, read here so the tests do not depend on the ingest readers. */
final class TestInputs {
  private TestInputs() {}

  /** The seed story as the text reader will hand it over. */
  static RawDocument seed() {
    return new RawDocument(SharedData.seedText(), false, null, null, "sana", "2016-04-12",
        SharedData.seedPath().toString());
  }

  /** Every article of a SaudiNewsNet day, e.g. "2015-08-11". */
  static List<RawDocument> saudiNewsNet(String day) throws IOException {
    Path zip = SharedData.require("data/saudinewsnet/" + day + ".zip");
    List<RawDocument> out = new ArrayList<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipEntry e = z.entries().nextElement();
      try (InputStream in = z.getInputStream(e)) {
        int i = 0;
        for (JsonNode n : ArticleJson.mapper().readTree(in)) {
          out.add(new RawDocument(n.path("content").asText(""), false, n.path("title").asText(null),
              n.path("url").asText(null), n.path("source").asText(null), n.path("date_extracted").asText(null),
              zip + "!" + e.getName() + "#" + i++));
        }
      }
    }
    return out;
  }

  /**
   * {@code n} small distinct articles built from the seed's paragraphs, every 20th repeating the
   * one before it word for word (so {@code n - n/20} distinct texts).
   */
  static List<RawDocument> synthetic(int n, List<String> paragraphs) {
    List<RawDocument> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int k = i % 20 == 19 ? i - 1 : i;
      String text = "خبر رقم " + k + "\n" + paragraphs.get(k % paragraphs.size()) + "\n"
          + paragraphs.get((k * 7 + 3) % paragraphs.size());
      out.add(new RawDocument(text, false, "عنوان " + k, null, "test", "2016-04-12", "synthetic#" + i));
    }
    return out;
  }

  static int distinctSynthetic(int n) {
    return n - (n + 1) / 20;
  }
}
