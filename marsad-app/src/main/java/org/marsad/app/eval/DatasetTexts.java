package org.marsad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Loads article texts, exactly as stored, from the shared datasets so that gold offsets can
 * point into them: SaudiNewsNet {@code content} fields (by zip file and URL) and ANT
 * {@code <TEXT>} elements (by DOCNO; the characters between {@code <TEXT>} and
 * {@code </TEXT>}). Each archive is read once and cached.
 */
public final class DatasetTexts {
  private static final Pattern ANT_DOC = Pattern.compile(
      "<DOCNO>(.*?)</DOCNO>.*?<TEXT>(.*?)</TEXT>", Pattern.DOTALL);

  private final Path data;
  private final Map<String, Map<String, String>> cache = new HashMap<>();

  /** @param shared the shared folder (its {@code data/} holds the datasets) */
  public DatasetTexts(Path shared) {
    this.data = shared.resolve("data");
  }

  /** The text of a gold document. */
  public String text(GoldDocument d) throws IOException {
    Map<String, String> texts = switch (d.dataset()) {
      case "saudinewsnet" -> saudiNewsNet(d.file());
      case "ant" -> ant();
      default -> throw new IOException("unknown dataset " + d.dataset());
    };
    String t = texts.get(d.id());
    if (t == null) throw new IOException(d.dataset() + ": no document " + d.id());
    return t;
  }

  private Map<String, String> saudiNewsNet(String file) throws IOException {
    if (file == null) throw new IOException("saudinewsnet gold documents need a file");
    String key = "saudinewsnet/" + file;
    Map<String, String> m = cache.get(key);
    if (m != null) return m;
    Path zip = data.resolve("saudinewsnet").resolve(file);
    if (!Files.isRegularFile(zip)) throw new IOException(zip + ": not found (needs the shared datasets)");
    m = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (!e.getName().endsWith(".json")) continue;
        JsonNode arr = json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        for (JsonNode a : arr) m.put(a.path("url").asText(), a.path("content").asText());
      }
    }
    cache.put(key, m);
    return m;
  }

  private Map<String, String> ant() throws IOException {
    Map<String, String> m = cache.get("ant");
    if (m != null) return m;
    Path gz = data.resolve("ant-corpus").resolve("ant-corpus-v1.1.trec.xml.gz");
    if (!Files.isRegularFile(gz)) throw new IOException(gz + ": not found (needs the shared datasets)");
    String all;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    m = new HashMap<>();
    Matcher mt = ANT_DOC.matcher(all);
    while (mt.find()) m.put(mt.group(1).strip(), mt.group(2));
    cache.put("ant", m);
    return m;
  }
}
