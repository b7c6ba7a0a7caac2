package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip STORED (not deflated) in a zip that is read as a stream (inside another zip, on standard
 * input) holds an end record of its own in the stream's bytes; the copy of the outer zip must not
 * stop there, or every entry after it is lost without a word (review21/ingest21 F2; Info-ZIP's
 * {@code zip} stores {@code .zip} members by default).
 */
class TestStoredZipInAZipOnAStream {
  private static final String[] ARTICLES = {
    "أعلنت وزارة الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في ريف دمشق وحمص.",
    "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مع واشنطن ستستأنف الأسبوع المقبل.",
    "ارتفعت أسعار النفط في الأسواق العالمية بعد إعلان منظمة أوبك خفض الإنتاج.",
    "افتتح أمير منطقة الرياض معرض الكتاب الدولي بمشاركة أكثر من خمسمئة دار نشر.",
    "أكد البنك المركزي أن معدل التضخم تراجع إلى أدنى مستوى له منذ عامين.",
    "وصل منتخب المملكة إلى الدوحة استعدادا لمباراته في تصفيات كأس العالم.",
  };

  @TempDir Path dir;

  private static byte[] jsonl(int from, int to) {
    StringBuilder lines = new StringBuilder();
    for (int i = from; i < to; i++) lines.append("{\"text\": \"").append(ARTICLES[i]).append("\", \"source\": \"was\"}\n");
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A zip of (name, bytes, stored?) triples in the given order. */
  private static byte[] zip(Object... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < entries.length; i += 3) {
        byte[] bytes = (byte[]) entries[i + 1];
        ZipEntry entry = new ZipEntry((String) entries[i]);
        if ((Boolean) entries[i + 2]) {
          CRC32 crc = new CRC32();
          crc.update(bytes);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(bytes.length);
          entry.setCompressedSize(bytes.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** a.jsonl (2 articles), inner.zip STORED (inner.jsonl, 2 articles), b.jsonl (2 articles). */
  private static byte[] middle() throws IOException {
    byte[] inner = zip("inner.jsonl", jsonl(2, 4), false);
    return zip("a.jsonl", jsonl(0, 2), false, "inner.zip", inner, true, "b.jsonl", jsonl(4, 6), false);
  }

  private static CollectingSink read(Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    Sources.read(java.util.List.of(file), sink, ReadOptions.defaults());
    return sink;
  }

  private static void assertAllSixRead(CollectingSink sink) {
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).hasSize(6);
    for (String article : ARTICLES) assertThat(sink.documents).anySatisfy(d -> assertThat(d.body()).contains(article));
  }

  @Test
  void the_zip_on_disk_reads_all_six() throws IOException {
    assertAllSixRead(read(Files.write(dir.resolve("middle.zip"), middle())));
  }

  @Test
  void the_zip_inside_a_zip_reads_all_six() throws IOException {
    assertAllSixRead(read(Files.write(dir.resolve("outer.zip"), zip("middle.zip", middle(), false))));
  }

  @Test
  void the_zip_stored_inside_a_zip_reads_all_six() throws IOException {
    assertAllSixRead(read(Files.write(dir.resolve("outer.zip"), zip("middle.zip", middle(), true))));
  }

  @Test
  void the_zip_on_standard_input_reads_all_six() throws IOException {
    CollectingSink sink = new CollectingSink();
    Sources.read("stdin", "", new ByteArrayInputStream(middle()), sink, ReadOptions.defaults());
    assertAllSixRead(sink);
  }
}
