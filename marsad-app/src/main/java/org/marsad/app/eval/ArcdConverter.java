package org.marsad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns ARCD (SQuAD v1.1 JSON: data → paragraphs → qas) into a {@link RetrievalCollection}:
 * every paragraph is a document (id {@code a<article>p<paragraph>}, both 0-based), every
 * question a query (its SQuAD id, text trimmed), judged relevant (grade 1) to its own paragraph.
 */
public final class ArcdConverter {
  public static final String DOCS = "docs.jsonl";
  public static final String QUERIES = "queries.jsonl";
  public static final String QRELS = "qrels.tsv";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ArcdConverter() {}

  /** Counts written by {@link #convert}. */
  public record Counts(int docs, int queries) {}

  /** Writes docs.jsonl, queries.jsonl and qrels.tsv into {@code outDir} (created if needed). */
  public static Counts convert(Path arcd, Path outDir) throws IOException {
    if (!Files.isRegularFile(arcd)) throw new IllegalArgumentException(arcd + ": no such file");
    JsonNode root;
    try {
      root = JSON.readTree(arcd.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(arcd + ": not JSON (" + e.getOriginalMessage() + ")");
    }
    JsonNode data = root == null ? null : root.get("data");
    if (data == null || !data.isArray()) throw new IllegalArgumentException(arcd + ": no SQuAD \"data\" array");
    Files.createDirectories(outDir);
    int docs = 0, queries = 0;
    try (BufferedWriter d = Files.newBufferedWriter(outDir.resolve(DOCS), StandardCharsets.UTF_8);
         BufferedWriter q = Files.newBufferedWriter(outDir.resolve(QUERIES), StandardCharsets.UTF_8);
         BufferedWriter r = Files.newBufferedWriter(outDir.resolve(QRELS), StandardCharsets.UTF_8)) {
      for (int a = 0; a < data.size(); a++) {
        JsonNode paragraphs = data.get(a).path("paragraphs");
        for (int p = 0; p < paragraphs.size(); p++) {
          JsonNode para = paragraphs.get(p);
          String docId = "a" + a + "p" + p;
          d.write(line(docId, para.path("context").asText()));
          docs++;
          for (JsonNode qa : para.path("qas")) {
            String qid = qa.path("id").asText();
            q.write(line(qid, qa.path("question").asText().strip()));
            r.write(qid + "\t" + docId + "\t1\n");
            queries++;
          }
        }
      }
    }
    return new Counts(docs, queries);
  }

  private static String line(String id, String text) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("text", text);
    return JSON.writeValueAsString(o) + "\n";
  }
}
