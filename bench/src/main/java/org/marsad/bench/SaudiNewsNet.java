package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.nlp.article.RawDocument;

/**
 * Reads the SaudiNewsNet crawl ({@code ../shared/data/saudinewsnet/*.zip}, each a JSON array of
 * {@code {source, url, date_extracted, title, author, content}}) as raw documents, in file order.
 */
final class SaudiNewsNet {
  private SaudiNewsNet() {}

  static Path defaultDir() {
    String shared = System.getProperty("marsad.shared", "../shared");
    return Path.of(shared, "data", "saudinewsnet");
  }

  static List<RawDocument> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException("SaudiNewsNet not found at " + dir.toAbsolutePath().normalize());
    List<Path> zips = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.zip")) {
      ds.forEach(zips::add);
    }
    zips.sort(null);
    ObjectMapper json = new ObjectMapper();
    List<RawDocument> out = new ArrayList<>();
    for (Path zip : zips) {
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          if (!e.getName().endsWith(".json")) continue;
          JsonNode arr = json.readTree(in.readAllBytes());
          for (JsonNode a : arr) {
            out.add(new RawDocument(a.path("content").asText(""), false, text(a, "title"), text(a, "url"),
                text(a, "source"), text(a, "date_extracted"), zip.getFileName() + ":" + text(a, "url")));
          }
        }
      }
    }
    return out;
  }

  private static String text(JsonNode a, String field) {
    JsonNode v = a.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
