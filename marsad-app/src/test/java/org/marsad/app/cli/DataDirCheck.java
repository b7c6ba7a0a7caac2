package org.marsad.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.marsad.store.log.ArticleLog;
import org.marsad.store.log.LogDamage;

/**
 * What a data directory holds, read with Lucene and the log reader directly (not through the
 * code under test): how many times each id is in the index, the ids in the article log and the
 * log's damage, and whether Lucene's CheckIndex finds the index clean.
 */
record DataDirCheck(Map<String, Integer> indexIds, Set<String> logIds, List<LogDamage> logDamage, boolean indexClean) {

  static DataDirCheck of(Path data) throws IOException {
    Path index = data.resolve("index");
    Map<String, Integer> ids = new HashMap<>();
    boolean clean = true;
    if (Files.isDirectory(index)) {
      try (Directory dir = FSDirectory.open(index)) {
        if (DirectoryReader.indexExists(dir)) {
          try (CheckIndex check = new CheckIndex(dir)) {
            check.setInfoStream(null);
            clean = check.checkIndex().clean;
          }
          try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
              Bits live = leaf.reader().getLiveDocs();
              StoredFields stored = leaf.reader().storedFields();
              for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                if (live != null && !live.get(d)) continue;
                ids.merge(stored.document(d, Set.of("id")).get("id"), 1, Integer::sum);
              }
            }
          }
        }
      }
    }
    Set<String> log = new HashSet<>();
    List<LogDamage> damage = new ArrayList<>();
    ArticleLog.scan(data.resolve("log"), r -> log.add(r.id()), damage::add);
    return new DataDirCheck(ids, log, damage, clean);
  }

  long duplicatedInIndex() {
    return indexIds.values().stream().filter(n -> n > 1).count();
  }

  /** Damage other than a torn last record (which a crash mid-append leaves by design). */
  List<LogDamage> realLogDamage() {
    return logDamage.stream().filter(d -> !d.tornTail()).toList();
  }

  boolean tornTail() {
    return logDamage.stream().anyMatch(LogDamage::tornTail);
  }

  /** {@code n} distinct synthetic wire stories as JSON Lines, every 10th line repeating the one before. */
  static int writeInput(Path file, int n) {
    StringBuilder sb = new StringBuilder();
    String[] cities = {"دمشق", "موسكو", "القاهرة", "الرياض", "بيروت"};
    String[] people = {"سيرغي لافروف", "جون كيري", "فيصل المقداد", "أحمد أبو الغيط"};
    int distinct = 0;
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (i % 10 == 9) {
        k = i - 1; // the same story again: one article, a duplicate
      } else {
        k = i;
        distinct++;
      }
      String city = cities[k % cities.length];
      String person = people[k % people.length];
      String text = city + "-سانا\n"
          + "بحث " + person + " اليوم في " + city + " الأوضاع في المنطقة وسبل وقف الأعمال القتالية، في اللقاء رقم " + k + ".\n"
          + "وقال " + person + " إن الجانبين اتفقا على مواصلة المشاورات خلال الأيام " + (k % 7 + 2) + " المقبلة.\n"
          + "وأضاف أن الاجتماع المقبل سيعقد في " + cities[(k + 2) % cities.length] + " بحضور ممثلين عن " + (k % 12 + 3) + " دول.";
      sb.append("{\"text\":").append(json(text)).append(",\"title\":").append(json("لقاء رقم " + k + " في " + city))
          .append(",\"source\":\"sana\",\"published\":\"2016-04-").append(String.format("%02d", k % 28 + 1)).append("\"}\n");
    }
    try {
      Files.writeString(file, sb, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return distinct;
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
