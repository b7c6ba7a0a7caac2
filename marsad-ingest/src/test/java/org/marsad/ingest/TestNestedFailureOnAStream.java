package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

/**
 * A cut entry inside an archive read from a stream that cannot be read twice (standard input)
 * quarantines the entry's bytes read so far and does not read the stream on past the zip: the archive's later entries
 * are still read, and a pipe that never ends is not drained (docs/ingest.md, "Standard input").
 */
class TestNestedFailureOnAStream {
  private static final String HEALTH = "أعلنت وزارة الصحة السورية اليوم افتتاح ثلاثة مستشفيات جديدة في ريف دمشق وحمص، "
      + "وقال وزير الصحة إن المستشفيات ستستقبل المرضى ابتداء من الأسبوع المقبل.";

  /** Endless zeros after the archive, counting how many of them were read. */
  private static final class EndlessTail extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) 0);
      read += len;
      return len;
    }
  }

  @Test
  void a_cut_gzip_entry_of_a_zip_on_a_stream_fails_alone_and_the_next_entries_are_read() throws IOException {
    String seed = SharedData.seedText();
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 40; i++) lines.append("{\"text\": \"").append(i).append(". ").append(HEALTH).append("\", \"source\": \"was\"}\n");
    byte[] gz = Fixtures.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
    byte[] cutGz = Arrays.copyOf(gz, gz.length - 40);
    byte[] zip = Fixtures.zip("1.txt", HEALTH.getBytes(StandardCharsets.UTF_8), "2.jsonl.gz", cutGz,
        "3.txt", seed.getBytes(StandardCharsets.UTF_8));
    EndlessTail tail = new EndlessTail();
    CollectingSink sink = new CollectingSink();

    Sources.read("stdin", "", new SequenceInputStream(new ByteArrayInputStream(zip), tail), sink, ReadOptions.defaults());

    assertThat(sink.failures).as("one failure, the cut entry's; no second one for the zip").singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo("stdin!2.jsonl.gz");
      assertThat(f.reason()).startsWith("truncated or corrupt archive");
      assertThat(f.bytes()).as("the entry's bytes read up to the failure").isNotNull().hasSizeGreaterThan(100);
      assertThat(Arrays.copyOf(cutGz, f.bytes().length)).as("the entry's own bytes, not the whole stream's").isEqualTo(f.bytes());
    });
    assertThat(sink.byOriginSuffix("stdin!1.txt").body()).contains("افتتاح ثلاثة مستشفيات");
    assertThat(sink.byOriginSuffix("stdin!3.txt").body()).contains("لافروف");
    assertThat(tail.read).as("the stream after the zip is not drained").isLessThan(64 * 1024);
  }
}
