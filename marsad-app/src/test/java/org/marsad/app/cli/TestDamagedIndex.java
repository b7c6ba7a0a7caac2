package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged index file (flipped bytes, a deleted file, a lost segments list): every command that
 * opens the store stops with one line that names the problem and advises {@code marsad reindex};
 * {@code reindex} rebuilds the index from the article log and search answers as before.
 */
class TestDamagedIndex {
  @TempDir Path data;
  private int distinct;
  private String searchBefore;

  @BeforeEach
  void ingest() throws IOException {
    Path input = data.resolveSibling(data.getFileName() + "-wires.jsonl");
    distinct = DataDirCheck.writeInput(input, 12);
    CliRun run = CliRun.withData(data, "ingest", "--threads", "1", input.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    searchBefore = search().out();
    assertThat(searchBefore).contains("\"total\":" + distinct);
  }

  private CliRun search() {
    return CliRun.withData(data, "search", "--json", "الأعمال القتالية");
  }

  @Test
  void flipped_bytes_in_a_segment_file_are_reported_with_the_advice_to_reindex_which_repairs() throws IOException {
    Path victim = largest("_");
    flipBytes(victim);
    assertEveryCommandReportsDamage(victim.getFileName().toString().replaceAll("\\..*", ""));
    assertReindexRepairs();
  }

  @Test
  void a_deleted_segment_file_is_reported_with_the_advice_to_reindex_which_repairs() throws IOException {
    Path victim = largest("_");
    Files.delete(victim);
    assertEveryCommandReportsDamage(victim.getFileName().toString());
    assertReindexRepairs();
  }

  @Test
  void a_lost_segments_list_is_reported_and_not_taken_for_an_empty_index() throws IOException {
    Path victim = largest("segments_");
    Files.delete(victim);
    assertEveryCommandReportsDamage("segments");
    assertReindexRepairs();
  }

  @Test
  void a_truncated_segments_list_is_reported_with_the_advice_to_reindex() throws IOException {
    Path victim = largest("segments_");
    try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }
    assertEveryCommandReportsDamage(victim.getFileName().toString());
    assertReindexRepairs();
  }

  @Test
  void an_index_of_the_previous_schema_is_refused_and_reindex_rebuilds_it() throws IOException {
    // schema 4 (sessions 14-17) dropped وأبو as a stop word; this marsad reads schema 5
    try (FSDirectory d = FSDirectory.open(data.resolve("index"));
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(Map.of("marsad.schema", "4").entrySet());
      w.commit();
    }
    CliRun refused = search();
    assertThat(refused.exit()).as(refused.err()).isNotZero();
    assertThat(refused.err()).contains("has schema 4, this marsad reads schema 5").contains("run 'marsad reindex'")
        .doesNotContain("\tat ");
    assertReindexRepairs();
  }

  /** search, get and ingest (reading and writing opens) each fail with the same one line. */
  private void assertEveryCommandReportsDamage(String names) throws IOException {
    Path again = data.resolveSibling(data.getFileName() + "-again.jsonl");
    DataDirCheck.writeInput(again, 2);
    for (CliRun run : List.of(search(), CliRun.withData(data, "get", "0123456789abcdef0123456789abcdef"),
        CliRun.withData(data, "ingest", "--threads", "1", again.toString()))) {
      assertThat(run.exit()).as(run.err()).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
      String line = run.err().strip();
      assertThat(line.lines().filter(l -> l.startsWith("marsad: ") && !l.startsWith("marsad: ingest ")).toList())
          .as(run.err()).singleElement().satisfies(l -> assertThat(l)
              .contains("the index " + data.resolve("index") + " is damaged")
              .contains(names)
              .endsWith("run 'marsad reindex' to rebuild it from the article log (docs/ingest.md)"));
      assertThat(run.err()).doesNotContain("\tat ");
    }
  }

  private void assertReindexRepairs() {
    CliRun reindex = CliRun.withData(data, "reindex");
    assertThat(reindex.exit()).as(reindex.err()).isZero();
    assertThat(reindex.err()).contains("reindexed " + distinct + " articles");
    CliRun after = search();
    assertThat(after.exit()).as(after.err()).isZero();
    assertThat(after.out()).isEqualTo(searchBefore);
  }

  private Path largest(String prefix) throws IOException {
    try (Stream<Path> s = Files.list(data.resolve("index"))) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix))
          .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
  }

  /** Flips a run of bytes in the middle of the file (what a bad disk sector or a stray write does). */
  private static void flipBytes(Path file) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      long at = f.length() / 2;
      byte[] b = new byte[16];
      f.seek(at);
      f.readFully(b);
      for (int i = 0; i < b.length; i++) b[i] ^= (byte) 0x5A;
      f.seek(at);
      f.write(b);
    }
  }
}
