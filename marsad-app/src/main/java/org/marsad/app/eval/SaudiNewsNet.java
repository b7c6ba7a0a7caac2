package org.marsad.app.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * SaudiNewsNet: {@code data/saudinewsnet/*.zip}, each zip holding one JSON array of
 * {source, url, date_extracted, title, author, content}. Articles are returned in file-name
 * (date) order, then array order; the id is the URL.
 */
public final class SaudiNewsNet {
  /** The folder under the shared folder. */
  public static final String PATH = "data/saudinewsnet";

  /** One article. */
  public record Item(String id, String source, String date, String title, String content) {}

  private SaudiNewsNet() {}

  public static List<Item> read(Path dir) throws IOException {
    List<Path> zips;
    try (Stream<Path> s = Files.list(dir)) {
      zips = s.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
    }
    if (zips.isEmpty()) throw new IOException(dir + ": no .zip files");
    ObjectMapper json = new ObjectMapper();
    List<Item> out = new ArrayList<>();
    for (Path zip : zips) {
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          if (e.getName().endsWith(".json")) readArray(json, in, zip, out);
        }
      }
    }
    return out;
  }

  private static void readArray(ObjectMapper json, InputStream in, Path zip, List<Item> out) throws IOException {
    JsonParser p = json.getFactory().createParser(new NonClosing(in));
    if (p.nextToken() != JsonToken.START_ARRAY) throw new IOException(zip + ": expected a JSON array");
    while (p.nextToken() == JsonToken.START_OBJECT) {
      JsonNode n = json.readTree(p);
      out.add(new Item(n.path("url").asText(), n.path("source").asText(), n.path("date_extracted").asText(),
          n.path("title").asText(""), n.path("content").asText("")));
    }
  }

  /** Keeps the zip stream open when the JSON parser closes its input. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
