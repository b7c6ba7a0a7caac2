package org.marsad.nlp.ner;

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
 * Reads unlabelled news text for {@link WordClusters}: every {@code .zip} in a directory that
 * holds JSON arrays of articles with a {@code content} field (the SaudiNewsNet layout). Lines
 * become token arrays split like the labelled corpora: runs of letters/digits, and each other
 * non-space character on its own.
 */
public final class UnlabelledNews {
  private UnlabelledNews() {}

  /** Token arrays, one per non-empty line of each article's content, files in name order. */
  public static List<String[]> readSaudiNewsNet(Path dir) throws IOException {
    List<Path> zips;
    try (Stream<Path> s = Files.list(dir)) {
      zips = s.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
    }
    if (zips.isEmpty()) throw new IOException(dir + ": no .zip files");
    ObjectMapper json = new ObjectMapper();
    List<String[]> out = new ArrayList<>();
    for (Path zip : zips) {
      try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(zip))) {
        ZipEntry e;
        while ((e = zin.getNextEntry()) != null) {
          if (e.getName().endsWith(".json")) readArticles(json, zin, out);
        }
      }
    }
    return out;
  }

  private static void readArticles(ObjectMapper json, InputStream in, List<String[]> out) throws IOException {
    JsonParser p = json.getFactory().createParser(new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // the zip stream stays open for the next entry
      }
    });
    if (p.nextToken() != JsonToken.START_ARRAY) return;
    while (p.nextToken() == JsonToken.START_OBJECT) {
      JsonNode article = json.readTree(p);
      JsonNode content = article.get("content");
      if (content == null) continue;
      for (String line : content.asText().split("\n")) {
        String[] tokens = tokenize(line);
        if (tokens.length > 0) out.add(tokens);
      }
    }
  }

  /** Letters/digits (with diacritics and tatweel) as words; any other visible character alone. */
  public static String[] tokenize(String line) {
    List<String> t = new ArrayList<>();
    int i = 0, n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (wordChar(c)) {
        int j = i;
        while (j < n && wordChar(line.charAt(j))) j++;
        t.add(line.substring(i, j));
        i = j;
      } else {
        t.add(String.valueOf(c));
        i++;
      }
    }
    return t.toArray(String[]::new);
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
  }
}
