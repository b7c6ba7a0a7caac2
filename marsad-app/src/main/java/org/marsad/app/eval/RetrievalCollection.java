package org.marsad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A retrieval test collection: documents and queries as JSON lines ({@code {"id": …, "text": …}})
 * and judgements as TSV lines {@code query_id<TAB>doc_id<TAB>relevance}.
 *
 * @param docs      document id → text, in file order
 * @param queries   query id → text, in file order
 * @param qrels     query id → (document id → relevance grade)
 */
public record RetrievalCollection(
    Map<String, String> docs, Map<String, String> queries, Map<String, Map<String, Integer>> qrels) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the three files; input problems throw IllegalArgumentException naming file and line. */
  public static RetrievalCollection load(Path docs, Path queries, Path qrels) throws IOException {
    return new RetrievalCollection(readJsonLines(docs), readJsonLines(queries), readQrels(qrels));
  }

  static Map<String, String> readJsonLines(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = readLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) continue;
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (IOException e) {
        throw bad(file, i, "not a JSON object");
      }
      if (n == null || !n.isObject() || !n.hasNonNull("id") || !n.hasNonNull("text")) {
        throw bad(file, i, "needs \"id\" and \"text\"");
      }
      String id = n.get("id").asText();
      if (out.put(id, n.get("text").asText()) != null) throw bad(file, i, "duplicate id " + id);
    }
    return out;
  }

  static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    List<String> lines = readLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      if (f.length != 3) throw bad(file, i, "expected query_id<TAB>doc_id<TAB>relevance");
      int grade;
      try {
        grade = Integer.parseInt(f[2].strip());
      } catch (NumberFormatException e) {
        throw bad(file, i, "relevance is not an integer: " + f[2]);
      }
      out.computeIfAbsent(f[0].strip(), q -> new HashMap<>()).put(f[1].strip(), grade);
    }
    return out;
  }

  private static List<String> readLines(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> lines = new ArrayList<>();
      for (String l; (l = r.readLine()) != null; ) lines.add(l);
      return lines;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    }
  }

  private static IllegalArgumentException bad(Path file, int index, String why) {
    return new IllegalArgumentException(file + ": line " + (index + 1) + ": " + why);
  }
}
