package org.marsad.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.Fixtures;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * A WARC stream with a blank line after each of its records: every record's input offset is still right, and the
 * padding remembered for it is bounded by what the reader has read ahead, not one run a record (review24/ingest24 F4: a stream of millions of
 * padded records kept millions of entries).
 */
class TestWarcStreamPaddingOffsets {
  private static final byte[] TEXT = "أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في الرياض."
      .getBytes(StandardCharsets.UTF_8);

  @Test
  void the_offsets_of_two_thousand_padded_records_are_right_and_the_padding_remembered_stays_bounded() throws IOException {
    List<byte[]> parts = new ArrayList<>();
    List<Long> starts = new ArrayList<>();
    long at = 0;
    for (int i = 0; i < 2000; i++) {
      byte[] record = Fixtures.warcRecord("resource", "http://example.sa/news/" + i, "2015-07-21T10:00:00Z", "text/plain", TEXT);
      byte[] padding = "\r\n".repeat(1 + i % 3).getBytes(StandardCharsets.US_ASCII);
      starts.add(at);
      parts.add(record);
      parts.add(padding);
      at += record.length + padding.length;
    }
    WarcStreamPadding stream = new WarcStreamPadding(new ByteArrayInputStream(Fixtures.concat(parts.toArray(new byte[0][]))));
    List<Long> offsets = new ArrayList<>();
    int mostRemembered = 0;
    try (WarcReader reader = new WarcReader(stream)) {
      reader.setLenient(true);
      for (Optional<WarcRecord> next; (next = reader.next()).isPresent(); ) {
        offsets.add(stream.inputOffset(reader.position()));
        mostRemembered = Math.max(mostRemembered, stream.runsRemembered());
      }
    }
    assertThat(offsets).containsExactlyElementsOf(starts);
    // the runs in what jwarc has read ahead of the record it gives (its buffer: 24 of these small records here),
    // however long the stream; the old map kept all 2,000
    assertThat(mostRemembered).isLessThan(100);
  }
}
