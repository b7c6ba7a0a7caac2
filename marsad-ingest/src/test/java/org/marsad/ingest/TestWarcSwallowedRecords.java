package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;

/**
 * A WARC record whose Content-Length lands exactly on the start of a later record (session 25, lane ingest25): its
 * framing looks whole, and the records in between were read as its body, silently (10 records → 8 documents, one
 * text holding two more articles and their heads). Real SaudiNewsNet articles (2015-07-21) as response records.
 */
class TestWarcSwallowedRecords {
  @TempDir
  Path dir;

  private static final int SWALLOWING = 3; // record 4 of 10

  private static List<byte[]> responses() {
    List<byte[]> records = new ArrayList<>();
    for (int i = 0; i < 10; i++) records.add(RealArticles.response(i));
    return records;
  }

  /** Record {@code SWALLOWING} with its WARC Content-Length raised so that its block ends where record {@code upTo} starts. */
  private static List<byte[]> swallowingUpTo(int upTo) {
    List<byte[]> records = responses();
    long more = IntStream.range(SWALLOWING + 1, upTo).mapToLong(i -> records.get(i).length).sum();
    records.set(SWALLOWING, withWarcLength(records.get(SWALLOWING), more));
    return records;
  }

  /** The record with {@code more} added to its WARC head's Content-Length (the first one in the record). */
  private static byte[] withWarcLength(byte[] record, long more) {
    String s = new String(record, StandardCharsets.ISO_8859_1);
    int at = s.indexOf("Content-Length: ") + "Content-Length: ".length();
    int end = s.indexOf('\r', at);
    long length = Long.parseLong(s.substring(at, end));
    return (s.substring(0, at) + (length + more) + s.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static long offsetOf(List<byte[]> records, int i) {
    return records.subList(0, i).stream().mapToLong(r -> r.length).sum();
  }

  private CollectingSink read(String name, byte[] warc) throws IOException {
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(Files.write(dir.resolve(name), warc)), sink);
    return sink;
  }

  private static List<String> urls(CollectingSink sink) {
    return sink.documents.stream().map(RawDocument::url).toList();
  }

  private static List<String> articles() {
    return IntStream.range(0, 10).mapToObj(RealArticles::url).toList();
  }

  /** The bodies of the good WARC's documents, to compare the texts with. */
  private List<String> goodBodies() throws IOException {
    return read("good.warc", RealArticles.warc(0, 10)).documents.stream().map(RawDocument::body).toList();
  }

  private void assertSwallowingReadApart(CollectingSink sink, List<byte[]> records, int upTo) throws IOException {
    assertThat(urls(sink)).containsExactlyElementsOf(articles());
    assertThat(sink.documents.stream().map(RawDocument::body).toList()).containsExactlyElementsOf(goodBodies());
    long at = offsetOf(records, SWALLOWING);
    long next = offsetOf(records, SWALLOWING + 1);
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).endsWith(".warc@" + at);
      assertThat(f.reason()).contains("Content-Length runs past its HTTP payload")
          .contains("to byte " + (offsetOf(records, upTo) - 4)).contains("on at the record at byte " + next);
      assertThat(f.bytes()).hasSize((int) (next - at)); // the record with its own payload, quarantined
    });
  }

  @Test
  void a_length_that_lands_on_a_later_record_gives_every_record_and_one_failure() throws IOException {
    List<byte[]> records = swallowingUpTo(6); // record 4's block ends where record 7 starts
    CollectingSink sink = read("swallow10.warc", Fixtures.concat(records.toArray(new byte[0][])));
    assertSwallowingReadApart(sink, records, 6);
    assertThat(sink.byOriginSuffix("@" + offsetOf(records, SWALLOWING)).body()).doesNotContain("WARC/1.1");
  }

  @Test
  void a_length_that_lands_one_record_further_too() throws IOException {
    List<byte[]> records = swallowingUpTo(7); // records 5, 6 and 7 inside record 4's block
    CollectingSink sink = read("swallow10-further.warc", Fixtures.concat(records.toArray(new byte[0][])));
    assertSwallowingReadApart(sink, records, 7);
  }

  @Test
  void the_same_warc_on_standard_input_is_spooled_and_read_apart() throws IOException {
    List<byte[]> records = swallowingUpTo(6);
    CollectingSink sink = new CollectingSink();
    Sources.read("stdin", "", new ByteArrayInputStream(Fixtures.concat(records.toArray(new byte[0][]))), sink,
        ReadOptions.defaults().withSpool(dir.resolve("spool"), ReadOptions.DEFAULT_MAX_SPOOL_BYTES));
    assertThat(urls(sink)).containsExactlyElementsOf(articles());
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.origin()).isEqualTo("stdin@" + offsetOf(records, SWALLOWING)));
  }

  /**
   * One gzip member a record, as crawlers write them, record 4's length raised to the start of record 7: the member
   * ends where the record's own block and line ends end, so the length disagrees with the member boundaries.
   */
  @Test
  void a_gzip_warc_whose_length_runs_past_its_member_gives_every_record_and_one_failure() throws IOException {
    List<byte[]> records = swallowingUpTo(6);
    List<byte[]> members = new ArrayList<>();
    for (byte[] r : records) members.add(Fixtures.gzip(r));
    CollectingSink sink = read("swallow10.warc.gz", Fixtures.concat(members.toArray(new byte[0][])));
    assertThat(urls(sink)).containsExactlyElementsOf(articles());
    assertThat(sink.documents.stream().map(RawDocument::body).toList()).containsExactlyElementsOf(goodBodies());
    long at = offsetOf(members, SWALLOWING);
    long next = offsetOf(members, SWALLOWING + 1);
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).endsWith(".warc.gz@" + at);
      assertThat(f.reason()).contains("runs past the end of its gzip member").contains("on at the gzip member at byte " + next);
      assertThat(f.bytes()).hasSize((int) (next - at)); // the record's member, quarantined
    });
  }

  /** A page about WARC that shows a whole record, its HTTP length right: one record, its text whole, no failure. */
  @Test
  void a_page_that_quotes_a_warc_record_stays_one_record() throws IOException {
    byte[] quoted = RealArticles.response(5);
    byte[] page = Fixtures.concat(RealArticles.page(4), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), quoted);
    List<byte[]> records = responses();
    records.set(4, Fixtures.warcRecord("response", RealArticles.url(4), "2015-07-21T10:00:04Z", "application/http;msgtype=response",
        Fixtures.httpResponse(200, "text/plain; charset=utf-8", null, page)));
    CollectingSink sink = read("quoting.warc", Fixtures.concat(records.toArray(new byte[0][])));
    assertThat(urls(sink)).containsExactlyElementsOf(articles());
    assertThat(sink.failures).isEmpty();
    assertThat(sink.byOriginSuffix("@" + offsetOf(records, 4)).body()).contains("WARC/1.1").contains("WARC-Type: response");
  }

  /**
   * review26/ingest26 F1: a page stored decoded with its compressed body's (shorter) HTTP length, which happens to end
   * where the page goes on with a quoted record (its line ends after it, then the page's end). The records there do not
   * chain to the block's end, so the length is not taken for a swallowing one: one record, no failure, no quoted record
   * delivered as an article (the lane's first check split it: 11 documents, one failure).
   */
  @Test
  void a_page_that_quotes_a_record_where_its_short_http_length_ends_stays_one_record() throws IOException {
    byte[] text = RealArticles.page(4);
    byte[] page = Fixtures.concat(text, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), RealArticles.response(5));
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + text.length + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    List<byte[]> records = responses();
    records.set(4, Fixtures.warcRecord("response", RealArticles.url(4), "2015-07-21T10:00:04Z", "application/http;msgtype=response",
        Fixtures.concat(head, page)));
    CollectingSink sink = read("quoting-short.warc", Fixtures.concat(records.toArray(new byte[0][])));
    assertThat(sink.failures).isEmpty();
    assertThat(urls(sink)).containsExactlyElementsOf(articles());
  }

  /** An HTTP Content-Length shorter than the payload with no record after it (a server's wrong length): read as before. */
  @Test
  void an_http_length_shorter_than_its_payload_alone_changes_nothing() throws IOException {
    List<byte[]> records = responses();
    String s = new String(records.get(4), StandardCharsets.ISO_8859_1);
    int http = s.indexOf("HTTP/1.1");
    int at = s.indexOf("Content-Length: ", http) + "Content-Length: ".length();
    int end = s.indexOf('\r', at);
    String shorter = s.substring(0, at) + String.format("%0" + (end - at) + "d", Long.parseLong(s.substring(at, end)) - 100) + s.substring(end);
    records.set(4, shorter.getBytes(StandardCharsets.ISO_8859_1));
    CollectingSink sink = read("short-http.warc", Fixtures.concat(records.toArray(new byte[0][])));
    assertThat(urls(sink)).containsExactlyElementsOf(articles());
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents.stream().map(RawDocument::body).toList()).containsExactlyElementsOf(goodBodies());
  }
}
