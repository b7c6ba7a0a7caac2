package org.marsad.app.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Appends every hit as one JSON object per line to {@code DATA/alert-hits.jsonl}. */
public final class HitLog implements HitListener {
  public static final String FILE_NAME = "alert-hits.jsonl";

  private final Path file;
  private final ObjectMapper json = new ObjectMapper();

  public HitLog(Path dataDir) {
    this.file = dataDir.resolve(FILE_NAME);
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void onHit(Alert alert, AlertHit hit) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      byte[] line = (json.writeValueAsString(hit) + "\n").getBytes(StandardCharsets.UTF_8);
      Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
  }

  /**
   * The latest hits, newest first, optionally only one alert's. Reads the whole log: fine for the
   * thousands of lines a watchlist produces; rotate the file if it grows beyond that.
   */
  public synchronized List<AlertHit> recent(String alertId, int limit) throws IOException {
    if (!Files.exists(file)) return List.of();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<AlertHit> out = new ArrayList<>();
    for (int i = lines.size() - 1; i >= 0 && out.size() < limit; i--) {
      String line = lines.get(i);
      if (line.isBlank()) continue;
      AlertHit h;
      try {
        h = json.readValue(line, AlertHit.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        continue; // a line cut short by a crash must not hide the others
      }
      if (alertId == null || alertId.equals(h.alertId())) out.add(h);
    }
    return out;
  }
}
