package org.marsad.ingest.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import java.util.zip.GZIPInputStream;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.NotStoredException;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.charset.TextDecoder;
import org.marsad.ingest.charset.UndecodableTextException;
import org.marsad.nlp.article.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files (plain or gzip-compressed per record) read with jwarc. {@code response} records
 * with a 2xx HTTP status and an HTML or plain-text payload become documents, as do
 * {@code resource} records of those types; other records (requests, metadata, images,
 * redirects) are skipped silently. URL from {@code WARC-Target-URI}; published from the HTTP
 * {@code Last-Modified} header when it is not later than the capture, else {@code WARC-Date}.
 */
final class WarcDocuments {
  private final ReadOptions options;
  private final DocumentSink sink;

  WarcDocuments(ReadOptions options, DocumentSink sink) {
    this.options = options;
    this.sink = sink;
  }

  /**
   * Reads the records of a WARC read as a stream (standard input, an archive entry, a WARC over the spool limit). A
   * stream cannot be read again, so a record whose framing is broken ends it: the failure says that the rest of the
   * input was not read. The padding between its records is dropped, not taken for a broken record
   * ({@link WarcStreamPadding}).
   */
  void readStream(String origin, InputStream in) throws IOException {
    WarcStreamPadding stream = new WarcStreamPadding(in);
    readFrom(origin, new WarcReader(new OneReadAtATime(stream)), null, stream::inputOffset);
  }

  /**
   * Reads the records of a plain WARC on disk, {@code in} being {@code file} from its start. A record whose framing
   * is broken (a bad header line) is one failure, and reading goes on at the next real record after it
   * ({@link WarcResync}). The file is opened once, here: the looks of the resync asked before every record, the
   * records read after a resync, the file's size and the quarantine copies all go through that channel, so a WARC
   * renamed or moved away while it is read is read whole (review24/ingest24 F1).
   */
  void readFile(String origin, InputStream in, Path file) throws IOException {
    try (FileChannel looks = FileChannel.open(file)) {
      long resumeAt = readFrom(origin, new WarcReader(new OneReadAtATime(in)), looks, LongUnaryOperator.identity());
      while (resumeAt >= 0) {
        resumeAt = readFrom(origin, new WarcReader(new FileView(looks, resumeAt)), looks, LongUnaryOperator.identity());
      }
    }
  }

  /**
   * Reads a gzip WARC file on disk ({@code .warc.gz}), where each record is its own gzip member as
   * crawlers write them: a record whose member is corrupt or cut short, or whose head is broken, is
   * one failure, and reading goes on at the next gzip member that starts a real record
   * ({@link WarcResync#nextGzipMember}). A file gzipped whole (one member) has no later member:
   * there the rest of the input is not read, and the failure says so.
   */
  void readGzipFile(String origin, Path file) throws IOException {
    try (FileChannel warc = FileChannel.open(file)) { // every read of the file through it, as for a plain WARC
      GzipChecksums.Members members = GzipChecksums.members(warc); // jwarc checks no checksum, nor a member's end
      Set<Long> reported = new HashSet<>();
      long from = 0;
      while (from >= 0) {
        from = readMembersFrom(origin, new WarcReader(new FileView(warc, from)), warc, from, members, reported);
      }
    }
  }

  /**
   * The member with a bad checksum that starts at {@code start} (one member a record, as WARC writers do), or null.
   * Not "the bad member whose extent holds {@code start}": a truncated member's damaged deflate data can by chance
   * inflate on into the next member's bytes, so its measured end is not to be trusted, and the good member after it
   * (where resynchronisation resumed) would be skipped with it.
   */
  private static GzipChecksums.BadMember badMemberAt(NavigableMap<Long, GzipChecksums.BadMember> bad, long start) {
    return bad.get(start);
  }

  /** Reads records from {@code began} to the end (-1) or to a broken one: then the next good member's offset, or -1. */
  private long readMembersFrom(String origin, WarcReader reader, FileChannel file, long began,
      GzipChecksums.Members members, Set<Long> reported) throws IOException {
    long lastStart = -1; // the offset of the last record read whole
    try (reader) {
      reader.setLenient(true);
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException e) { // a broken head, a corrupt or truncated member
          if (lastStart >= 0 && paddedEnd(file, lastStart)) return -1; // zeros or line ends after the last member: its end, no record
          return lastStart < 0 ? brokenMember(origin, began, began, e, file)
              : brokenMember(origin, lastStart, memberAfter(file, lastStart), e, file); // the member after the last good one

        }
        if (next.isEmpty()) {
          return -1;
        }
        WarcRecord record = next.get();
        long start = reader.position();
        String at = origin + "@" + start;
        GzipChecksums.BadMember bad = badMemberAt(members.bad(), start);
        if (bad != null) { // its text is not what was written: the member fails, once, and its records are not read
          if (reported.add(bad.start())) {
            long size = bad.end() - bad.start();
            // said as a member broken in its deflate data says it (which of the two a damage gives is chance)
            String readOn = bad.end() < file.size() ? "; read on at the gzip member at byte " + bad.end() : "";
            sink.failed(origin + "@" + bad.start(), "bad WARC record: " + bad.why() + readOn,
                size <= options.quarantineBytes() ? bytes(file, bad.start(), (int) size) : null);
          }
          lastStart = start;
          continue;
        }
        GzipChecksums.OverlongMember overlong = members.overlong().get(start);
        if (overlong != null && overlong.end() < file.size() && WarcResync.recordAt(file, overlong.end(), true)) {
          return readOverlong(origin, record, overlong, file);
        }
        try {
          readRecord(record, at, null);
        } catch (IOException e) { // the member broke inside the record's block
          return brokenMember(origin, start, start, e, file);
        }
        lastStart = start;
      }
    }
  }

  /**
   * Reads the record of a member whose block runs past the member's end into the record of the next member: it is
   * delivered with the member's own bytes as its block, reported once (the member quarantined), and reading goes on
   * at the next member, whose record it swallowed. A WARC gzipped whole (one member) gives no such boundary.
   */
  private long readOverlong(String origin, WarcRecord record, GzipChecksums.OverlongMember member, FileChannel file)
      throws IOException {
    String where = origin + "@" + member.start();
    try {
      readRecord(record, where, () -> Channels.newChannel(new ByteArrayInputStream(ownBlock(file, member))));
    } catch (IOException e) { // the member inflated whole in the pass over the file: not expected
      sink.failed(where, "bad WARC record: " + describe(e), null);
    }
    long size = member.end() - member.start();
    sink.failed(where, "bad WARC record: its Content-Length runs past the end of its gzip member (" + member.inflated()
        + " bytes of block there) over the records of the members after it; read with its member's bytes only, and on at the gzip member at byte "
        + member.end(), size <= options.quarantineBytes() ? bytes(file, member.start(), (int) size) : null);
    return member.end();
  }

  /** The block of the overlong member's record as far as the member holds it, without the record's two line ends. */
  private byte[] ownBlock(FileChannel file, GzipChecksums.OverlongMember member) throws IOException {
    // GZIPInputStream would read on into the next members: only this member's bytes are taken
    try (InputStream in = new GZIPInputStream(new PositionalInput(file, member.start(), 64 * 1024), 64 * 1024)) {
      in.skipNBytes(member.headBytes());
      byte[] block = in.readNBytes((int) Math.min(member.inflated(), options.maxDocumentBytes() + 64 * 1024));
      int n = block.length;
      if (n == member.inflated()) { // whole: its line ends, when there, are no part of the block
        n -= endsWith(block, "\r\n\r\n") ? 4 : endsWith(block, "\n\n") ? 2 : 0;
      }
      return Arrays.copyOf(block, n);
    }
  }

  private static boolean endsWith(byte[] bytes, String end) {
    byte[] e = end.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    return bytes.length >= e.length && Arrays.equals(bytes, bytes.length - e.length, bytes.length, e, 0, e.length);
  }

  /**
   * Reports the broken member(s) from {@code from}; returns the offset of the first good member
   * after {@code after} (the start of the last record read whole, or of the broken one), or -1.
   */
  private long brokenMember(String origin, long after, long from, IOException e, FileChannel file) throws IOException {
    long resume = WarcResync.nextGzipMember(file, after);
    long end = resume < 0 ? file.size() : resume;
    String reason = "bad WARC record: " + describe(e) + (resume < 0
        ? "; no later gzip member starts a record, so the rest of the input was not read"
        : "; read on at the gzip member at byte " + resume);
    sink.failed(origin + "@" + from, reason, end - from <= options.quarantineBytes() ? bytes(file, from, (int) (end - from)) : null);
    return resume;
  }

  /**
   * Whether the member at {@code last} is the last one, whole, and only padding (CR, LF, NUL: a preallocated or
   * zero-filled end, a writer's newline) follows it: a {@code .tgz} or {@code .gz} so padded ends quietly in
   * {@code GZIPInputStream}, and so does a {@code .warc.gz} file (session 24: it was one failure).
   */
  private static boolean paddedEnd(FileChannel file, long last) throws IOException {
    if (memberAfter(file, last) != last) return false;
    long end = GzipChecksums.memberEnd(file, last);
    return end > last && WarcResync.paddingToTheEnd(file, end);
  }

  /** The first gzip member start after {@code after} (whole or not), or {@code after} when there is none. */
  private static long memberAfter(FileChannel file, long after) throws IOException {
    InputStream in = new PositionalInput(file, after + 1, 64 * 1024);
    int b0 = -1;
    int b1 = -1;
    long at = after + 1;
    for (int b; (b = in.read()) >= 0; at++) {
      if (b0 == 0x1f && b1 == 0x8b && b == 0x08) return at - 2;
      b0 = b1;
      b1 = b;
    }
    return after;
  }

  /**
   * Reads records to the end (-1), or to a broken one: then the position of the next record start in the file, or -1.
   * {@code looks} is the file's channel, null for a stream.
   */
  private long readFrom(String origin, WarcReader reader, FileChannel looks, LongUnaryOperator inputOffset) throws IOException {
    long start = reader.position();
    try (reader) {
      reader.setLenient(true);
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (ParsingException e) {
          // the record's framing (its WARC head) is broken; a stream that breaks (EOF, bad gzip) goes up as before
          return broken(origin, Math.max(start, reader.position()), e, looks);
        }
        if (next.isEmpty()) {
          return -1;
        }
        long at = inputOffset.applyAsLong(reader.position());
        long cut = looks == null ? -1 : WarcResync.lengthOverrun(looks, at);
        if (cut >= 0) {
          sink.failed(origin + "@" + at, "bad WARC record: its Content-Length runs past the end of the record, into the record at byte "
              + cut + "; read on at byte " + cut, cut - at <= options.quarantineBytes() ? bytes(looks, at, (int) (cut - at)) : null);
          return cut;
        }
        WarcSwallowedRecords.Swallowed swallowed = looks == null ? null : WarcSwallowedRecords.check(looks, at);
        if (swallowed != null) {
          return readSwallowing(origin, next.get(), at, swallowed, looks);
        }
        readRecord(next.get(), origin + "@" + at, null);
      }
    }
  }

  /**
   * Reads a record whose block swallowed the records after its HTTP payload ({@link WarcSwallowedRecords}): it is
   * delivered with its own payload only, reported once (its head and own payload quarantined), and the records it
   * swallowed are read as records: returns where the first of them starts.
   */
  private long readSwallowing(String origin, WarcRecord record, long at, WarcSwallowedRecords.Swallowed swallowed,
      FileChannel looks) throws IOException {
    String where = origin + "@" + at;
    readRecord(record, where, () -> new FileView(looks, swallowed.httpStart(), swallowed.payloadEnd()));
    long next = swallowed.next();
    sink.failed(where, "bad WARC record: its Content-Length runs past its HTTP payload (which ends at byte " + swallowed.payloadEnd()
        + ") over the records that follow it, to byte " + swallowed.blockEnd() + "; read with its own payload only, and on at the record at byte "
        + next, next - at <= options.quarantineBytes() ? bytes(looks, at, (int) (next - at)) : null);
    return next;
  }

  /** A record's own block, where it is not all of the block its head claims (see {@link #readRecord}). */
  private interface OwnBlock {
    ReadableByteChannel open() throws IOException;
  }

  /**
   * Reads one framed record; an I/O failure of its block goes up (the stream broke, not the record). {@code own}
   * gives the record's own block when it is not all of the block its head claims (null: the block, as jwarc reads it).
   */
  private void readRecord(WarcRecord record, String at, OwnBlock own) throws IOException {
    try {
      if (record instanceof WarcResponse response) {
        readResponse(response, own, at);
      } else if (record instanceof WarcResource resource) {
        readResource(resource, own == null ? resource.body().stream() : Channels.newInputStream(own.open()), at);
      }
    } catch (UnreadableInputException e) {
      e.reportTo(sink, at, quarantine(e.bytes()));
    } catch (NotStoredException e) {
      throw e; // the sink's trouble, not the record's
    } catch (ParsingException | RuntimeException e) {
      // framed but unusable (a required header missing, a bad HTTP head): this record only
      sink.failed(at, "bad WARC record: " + describe(e), null);
    }
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    if (e instanceof java.util.NoSuchElementException) {
      return "a required header is missing or malformed";
    }
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  /** Reports a record whose framing broke at {@code at}; the position to read on from, or -1. */
  private long broken(String origin, long at, IOException e, FileChannel looks) throws IOException {
    String why = describe(e);
    if (looks == null) {
      throw new IOException(why + "; the rest of the input was not read (a stream cannot be searched for the next record)", e);
    }
    long padded = WarcResync.pastPaddingOnly(looks, at);
    if (padded >= 0) {
      return padded < looks.size() ? padded : -1; // padding between records or at the end: nothing broken, nothing to report
    }
    long resume = WarcResync.afterBroken(looks, at);
    long end = resume < 0 ? looks.size() : resume;
    String reason = "bad WARC record: " + why + (resume < 0
        ? "; no record follows it"
        : "; read on at byte " + resume);
    sink.failed(origin + "@" + at, reason, end - at <= options.quarantineBytes() ? bytes(looks, at, (int) (end - at)) : null);
    return resume;
  }

  private void readResponse(WarcResponse response, OwnBlock own, String at) throws IOException, UnreadableInputException {
    if (!response.contentType().base().equals(MediaType.HTTP.base())) {
      return;
    }
    HttpResponse http = own == null ? response.http() : HttpResponse.parse(own.open());
    if (http.status() < 200 || http.status() > 299) {
      return;
    }
    MediaType type = http.contentType().base();
    boolean html = isHtml(type);
    if (!html && !type.equals(MediaType.PLAIN_TEXT)) {
      return;
    }
    byte[] bytes = Bounded.readAtMost(http.bodyDecoded().stream(), options.maxDocumentBytes());
    String charset = http.contentType().parameters().get("charset");
    String published = published(http.headers().first("Last-Modified").orElse(null), response.date());
    emit(bytes, html, charset, response.target(), published, at, response);
  }

  private void readResource(WarcResource resource, InputStream body, String at) throws IOException, UnreadableInputException {
    MediaType type = resource.contentType().base();
    boolean html = isHtml(type);
    if (!html && !type.equals(MediaType.PLAIN_TEXT)) {
      return;
    }
    byte[] bytes = Bounded.readAtMost(body, options.maxDocumentBytes());
    String charset = resource.contentType().parameters().get("charset");
    emit(bytes, html, charset, resource.target(), resource.date().toString(), at, resource);
  }

  private void emit(byte[] bytes, boolean html, String charset, String url, String published, String at, WarcRecord record)
      throws UnreadableInputException {
    String body;
    if (html) {
      body = HtmlPages.decode(bytes, charset);
    } else {
      try {
        body = TextDecoder.decode(bytes, charset).text();
      } catch (UndecodableTextException e) {
        throw new UnreadableInputException(e.reason(), bytes);
      }
      if (Blank.isBlank(body)) {
        throw UnreadableInputException.emptyText();
      }
    }
    Map<String, String> extras = JsonFields.newExtras();
    extras.put("warcRecordId", record.id().toString());
    extras.put("warcDate", record.date().toString());
    sink.accept(new RawDocument(body, html, null, url, null, published, at), extras);
  }

  /** Last-Modified when it parses and is not after the capture (servers often send "now"), else the capture time. */
  static String published(String lastModified, Instant captured) {
    if (lastModified != null) {
      try {
        Instant modified = ZonedDateTime.parse(lastModified.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        if (modified.isBefore(captured)) {
          return modified.toString();
        }
      } catch (DateTimeParseException e) {
        // an unparseable header is ignored
      }
    }
    return captured.toString();
  }

  private static boolean isHtml(MediaType type) {
    String t = type.toString().toLowerCase(Locale.ROOT);
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }

  /** {@code n} bytes of the open file from {@code from}, for a quarantine copy. */
  private static byte[] bytes(FileChannel file, long from, int n) throws IOException {
    return new PositionalInput(file, from, Math.max(1, Math.min(n, 64 * 1024))).readNBytes(n);
  }

  private byte[] quarantine(byte[] bytes) {
    return bytes != null && bytes.length <= options.quarantineBytes() ? bytes : null;
  }

  /**
   * Reports nothing available, so that the channel jwarc reads through returns after each read
   * instead of reading on: a gzip cut short then fails the read after the last whole records,
   * which are delivered first, rather than a read that had already taken them in.
   */
  private static final class OneReadAtATime extends java.io.FilterInputStream {
    OneReadAtATime(InputStream in) {
      super(in);
    }

    @Override
    public int available() {
      return 0;
    }
  }
}
