package org.marsad.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.nlp.topic.LabelledText;
import org.marsad.nlp.topic.TopicLabel;

/**
 * ASND (Arabic Social Media News Dataset): news-outlet posts in CSV files
 * {@code sm_news_ar_{trn,dev,tst}.csv} with columns ID, Content, Class, Platform (in any order,
 * found by the header). Posts have no title.
 */
public final class AsndCorpus {
  /** The folder under the shared folder. */
  public static final String PATH = "data/asnd";

  private AsndCorpus() {}

  /** The taxonomy label of an ASND class (see docs/topics.md). */
  public static TopicLabel label(String cls) {
    return switch (cls.strip()) {
      case "politics" -> TopicLabel.POLITICS;
      case "crime-war-conflict" -> TopicLabel.CRIME_SECURITY;
      case "others" -> TopicLabel.OTHER;
      case "art-and-entertainment" -> TopicLabel.CULTURE_ARTS;
      case "human-rights-press-freedom" -> TopicLabel.SOCIETY;
      case "sports" -> TopicLabel.SPORTS;
      case "science-and-technology" -> TopicLabel.SCIENCE_TECHNOLOGY;
      case "business-and-economy" -> TopicLabel.ECONOMY;
      case "health" -> TopicLabel.HEALTH;
      case "environment" -> TopicLabel.ENVIRONMENT;
      case "spiritual" -> TopicLabel.RELIGION;
      case "education" -> TopicLabel.EDUCATION;
      default -> throw new IllegalArgumentException("unknown ASND class: " + cls);
    };
  }

  /** Reads one split ("trn", "dev" or "tst") from the ASND folder. */
  public static List<LabelledText> read(Path dir, String split) throws IOException {
    Path file = dir.resolve("sm_news_ar_" + split + ".csv");
    List<List<String>> rows;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      rows = CsvReader.readAll(r);
    }
    if (rows.isEmpty()) throw new IOException(file + ": empty");
    List<String> header = rows.get(0);
    int content = header.indexOf("Content"), cls = header.indexOf("Class");
    if (content < 0 || cls < 0) throw new IOException(file + ": header lacks Content or Class: " + header);
    List<LabelledText> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() != header.size()) throw new IOException(file + ": record with " + row.size() + " fields, expected " + header.size());
      try {
        out.add(new LabelledText(null, row.get(content), label(row.get(cls))));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": " + e.getMessage());
      }
    }
    return out;
  }
}
