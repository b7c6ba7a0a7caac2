package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.article.ArticleJson;

/**
 * SaudiNewsNet's daily zips read straight into raw documents (JSON arrays of
 * {source, url, date_extracted, title, author, content}), so the search benchmarks do not
 * depend on the ingest readers.
 */
final class SaudiNewsNetDocuments {
  private SaudiNewsNetDocuments() {}

  static List<RawDocument> load(Path dir) throws IOException {
    List<Path> zips;
    try (Stream<Path> s = Files.list(dir)) {
      zips = s.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
    }
    if (zips.isEmpty()) throw new IOException("no SaudiNewsNet zips in " + dir);
    List<RawDocument> out = new ArrayList<>();
    for (Path zip : zips) {
      try (ZipFile z = new ZipFile(zip.toFile())) {
        for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
          ZipEntry e = en.nextElement();
          if (!e.getName().endsWith(".json")) continue;
          try (InputStream in = z.getInputStream(e)) {
            int i = 0;
            for (JsonNode n : ArticleJson.mapper().readTree(in)) {
              out.add(new RawDocument(n.path("content").asText(""), false, n.path("title").asText(null),
                  n.path("url").asText(null), n.path("source").asText(null), n.path("date_extracted").asText(null),
                  zip.getFileName() + "!" + e.getName() + "#" + i++));
            }
          }
        }
      }
    }
    return out;
  }
}
