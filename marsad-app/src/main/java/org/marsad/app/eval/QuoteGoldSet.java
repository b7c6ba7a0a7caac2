package org.marsad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the quotation gold set (JSON Lines, one document a line; format in
 * docs/quotes-annotation-guide.md).
 */
public final class QuoteGoldSet {
  private QuoteGoldSet() {}

  public static List<GoldDocument> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) throw new IOException(file + ": gold file not found");
    ObjectMapper json = new ObjectMapper();
    List<GoldDocument> out = new ArrayList<>();
    int no = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      no++;
      if (line.isBlank()) continue;
      JsonNode n;
      try {
        n = json.readTree(line);
      } catch (IOException e) {
        throw new IOException(file + ": line " + no + " is not JSON");
      }
      List<GoldQuote> qs = new ArrayList<>();
      for (JsonNode q : n.path("quotes")) {
        String sp = q.hasNonNull("speaker") ? q.get("speaker").asText() : null;
        String t = q.hasNonNull("text") ? q.get("text").asText() : null;
        qs.add(new GoldQuote(q.path("start").asInt(), q.path("end").asInt(), q.path("direct").asBoolean(), sp, t));
      }
      String ds = n.path("dataset").asText(null);
      String id = n.path("id").asText(null);
      if (ds == null || id == null) throw new IOException(file + ": line " + no + " needs dataset and id");
      out.add(new GoldDocument(ds, id, n.hasNonNull("file") ? n.get("file").asText() : null, List.copyOf(qs)));
    }
    return out;
  }
}
