package org.marsad.store.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLogTest {
  @TempDir Path dir;

  private static String record(int i) {
    return "{\"id\":\"a" + i + "\",\"title\":\"لافروف يبحث مع كيري وقف الأعمال القتالية في سورية رقم " + i + "\"}";
  }

  private List<LogRecord> readAll(List<LogDamage> damage) throws IOException {
    List<LogRecord> out = new ArrayList<>();
    ArticleLog.scan(dir, out::add, damage::add);
    return out;
  }

  @Test
  void records_survive_reopening_and_roll_over_into_several_segments() throws IOException {
    try (ArticleLog log = ArticleLog.open(dir, 1000)) {
      for (int i = 0; i < 30; i++) log.append("a" + i, record(i));
      log.sync();
    }
    try (ArticleLog log = ArticleLog.open(dir, 1000)) {
      log.append("a30", record(30));
    }
    List<LogDamage> damage = new ArrayList<>();
    List<LogRecord> all = readAll(damage);
    assertThat(damage).isEmpty();
    assertThat(all).hasSize(31);
    assertThat(all.get(7).id()).isEqualTo("a7");
    assertThat(all.get(7).json()).isEqualTo(record(7));
    assertThat(ArticleLog.segments(dir).size()).isGreaterThan(3);
  }

  @Test
  void a_corrupted_byte_loses_only_its_own_record_and_is_reported_with_its_position() throws IOException {
    try (ArticleLog log = ArticleLog.open(dir)) {
      for (int i = 0; i < 5; i++) log.append("a" + i, record(i));
    }
    Path segment = ArticleLog.segments(dir).get(0);
    List<LogRecord> before = readAll(new ArrayList<>());
    long damagedAt = before.get(2).offset();
    try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
      f.seek(damagedAt + 20);
      int b = f.read();
      f.seek(damagedAt + 20);
      f.write(b ^ 0x01);
    }
    List<LogDamage> damage = new ArrayList<>();
    List<LogRecord> after = readAll(damage);
    assertThat(after).extracting(LogRecord::id).containsExactly("a0", "a1", "a3", "a4");
    assertThat(damage).singleElement().satisfies(d -> {
      assertThat(d.offset()).isEqualTo(damagedAt);
      assertThat(d.reason()).isEqualTo("checksum mismatch");
      assertThat(d.segment()).isEqualTo(segment.getFileName().toString());
    });
  }

  @Test
  void a_torn_last_record_is_cut_off_on_open_and_appending_goes_on_cleanly() throws IOException {
    try (ArticleLog log = ArticleLog.open(dir)) {
      log.append("a0", record(0));
      log.append("a1", record(1));
    }
    Path segment = ArticleLog.segments(dir).get(0);
    long size = Files.size(segment);
    try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
      f.setLength(size - 15); // a crash in the middle of writing a1
    }
    List<LogDamage> beforeRepair = new ArrayList<>();
    assertThat(readAll(beforeRepair)).extracting(LogRecord::id).containsExactly("a0");
    assertThat(beforeRepair).singleElement().satisfies(d -> {
      assertThat(d.reason()).isEqualTo(LogDamage.TORN_TAIL);
      assertThat(d.tornTail()).isTrue();
    });

    try (ArticleLog log = ArticleLog.open(dir)) {
      assertThat(log.repairedOnOpen()).hasSize(1);
      log.append("a1", record(1));
    }
    List<LogDamage> damage = new ArrayList<>();
    assertThat(readAll(damage)).extracting(LogRecord::id).containsExactly("a0", "a1");
    assertThat(damage).isEmpty();
  }

  @Test
  void a_segment_that_lost_its_end_is_reported_with_its_position_and_the_later_segments_are_kept() throws IOException {
    try (ArticleLog log = ArticleLog.open(dir, 600)) {
      for (int i = 0; i < 12; i++) log.append("a" + i, record(i));
    }
    List<Path> segments = ArticleLog.segments(dir);
    assertThat(segments.size()).isGreaterThan(2);
    Path middle = segments.get(1);
    List<LogRecord> before = readAll(new ArrayList<>());
    List<String> inMiddle = before.stream().filter(r -> r.segment().equals(middle.getFileName().toString())).map(LogRecord::id).toList();
    LogRecord lastOfMiddle = before.stream().filter(r -> r.segment().equals(middle.getFileName().toString())).reduce((a, b) -> b).orElseThrow();
    try (RandomAccessFile f = new RandomAccessFile(middle.toFile(), "rw")) {
      f.setLength(lastOfMiddle.offset() + 25); // the file system lost the end of a closed segment
    }

    List<LogDamage> damage = new ArrayList<>();
    List<LogRecord> after = readAll(damage);
    assertThat(after).extracting(LogRecord::id)
        .containsExactlyElementsOf(before.stream().map(LogRecord::id).filter(id -> !id.equals(lastOfMiddle.id())).toList());
    assertThat(inMiddle).hasSizeGreaterThan(1); // an intact record before the damage in the same segment survives
    assertThat(damage).singleElement().satisfies(d -> {
      assertThat(d.segment()).isEqualTo(middle.getFileName().toString());
      assertThat(d.offset()).isEqualTo(lastOfMiddle.offset());
      assertThat(d.length()).isEqualTo(25);
      assertThat(d.tornTail()).isFalse(); // not the end of the log: an accepted record was lost
      assertThat(d.toString()).contains(middle.getFileName().toString()).contains("at byte " + lastOfMiddle.offset());
    });
  }
}
