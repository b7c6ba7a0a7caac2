package org.marsad.ingest.reader;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.NotStoredException;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.charset.TextDecoder;
import org.marsad.ingest.charset.UndecodableTextException;
import org.marsad.ingest.feed.SavedFeed;
import org.marsad.nlp.article.RawDocument;

/**
 * Reads files, directories and streams of every supported format into a {@link DocumentSink}:
 * sniffs each input ({@link FormatSniffer}), opens archives as streams (nested ones too), and
 * hands the rest to the format's reader. A failure of one input (or one record) goes to
 * {@link DocumentSink#failed} and reading goes on with the next.
 */
public final class InputReader {
  private final ReadOptions options;
  private final DocumentSink sink;
  private final JsonDocuments json;
  private final TrecDocuments trec;
  private final WarcDocuments warc;
  private Path skipped;
  /** The file {@link #readPath} is reading, or null (a stream). */
  private Path file;
  /** The copy of the stream {@link #readStream} is reading when it is not a file (standard input), or null. */
  private QuarantineCopy streamCopy;
  /** The copy of the zip entry being read through a central directory, or null: a failure inside it quarantines the entry. */
  private QuarantineCopy entryCopy;
  /** The copy of a zip read from standard input not yet quarantined ({@link #streamZipOnce}), or null. */
  private Path streamZipCopy;

  public InputReader(ReadOptions options, DocumentSink sink) {
    this.options = options;
    this.sink = sink;
    this.json = new JsonDocuments(options, sink);
    this.trec = new TrecDocuments(options, sink);
    this.warc = new WarcDocuments(options, sink);
  }

  /** Directory walks will not enter {@code dir} (null: none); returns this. */
  public InputReader skippingInWalks(Path dir) {
    this.skipped = dir == null ? null : dir.toAbsolutePath().normalize();
    return this;
  }

  /**
   * Reads a file, or a directory recursively in path order (hidden files and directories,
   * whose names start with a dot, are skipped).
   */
  public void readPath(Path path) {
    String origin = path.toString();
    if (Files.isDirectory(path)) {
      for (Path file : listFiles(path)) {
        readPath(file);
      }
      return;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024)) {
      file = path;
      readStream(origin, path.getFileName().toString(), in);
    } catch (NoSuchFileException e) {
      sink.failed(origin, "no such file", null);
    } catch (IOException e) {
      sink.failed(origin, "cannot read: " + describe(e), null);
    } finally {
      file = null;
    }
  }

  /**
   * Reads one stream of any supported format; the caller closes it.
   *
   * @param origin where it comes from, for documents and failures
   * @param name   its file name (the extension helps when the bytes cannot tell)
   */
  public void readStream(String origin, String name, InputStream in) {
    if (file != null) {
      read(origin, name, in, 0);
      return;
    }
    // A stream cannot be read again for the quarantine, as a file can: keep its first bytes as they go by.
    streamCopy = new QuarantineCopy(in, options.quarantineBytes());
    try {
      read(origin, name, streamCopy, 0);
    } finally {
      streamCopy = null;
    }
  }

  /** Reads one input; false when its stream broke (truncated or corrupt), true otherwise. */
  private boolean read(String origin, String name, InputStream raw, int depth) {
    // Pushback rather than mark/reset: a BufferedInputStream loops over its source to fill a
    // read and loses the bytes already read when a truncated gzip throws; pushback reads once.
    PushbackInputStream in = new HeadFirst(raw, FormatSniffer.HEAD_BYTES);
    try {
      byte[] head = readHead(in);
      in.unread(head);
      if (head.length == 0) {
        sink.failed(origin, "empty file", null);
        return true;
      }
      Format format = FormatSniffer.sniff(name, head);
      switch (format) {
        case GZIP -> {
          if (tooDeep(origin, depth)) {
            return true;
          }
          if (stripGz(name).toLowerCase(java.util.Locale.ROOT).endsWith(".warc")) {
            if (depth == 0 && file != null) {
              warc.readGzipFile(origin, file); // read by members, so that a broken one is passed (not as a stream)
              return true;
            }
            if (options.maxSpoolBytes() > 0) {
              readGzipWarcCopy(origin, in); // a .warc.gz inside an archive: the same, on a copy
              return true;
            }
          }
          return read(origin, stripGz(name), new GZIPInputStream(in, 64 * 1024), depth + 1);
        }
        case ZIP -> {
          if (tooDeep(origin, depth)) {
            break;
          }
          if (depth == 0 && file != null) {
            if (!readZipFile(origin, file, depth + 1)) readZip(origin, in, depth + 1);
          } else {
            readZipCopy(origin, in, depth + 1, depth > 0); // at depth 0 without a file: standard input
          }
        }
        case TAR -> {
          if (!tooDeep(origin, depth)) readTar(origin, in, depth + 1);
        }
        case WARC -> {
          if (depth == 0 && file != null) warc.readFile(origin, in, file);
          else readWarcCopy(origin, in); // inside an archive, behind a gzip, on standard input
        }
        case TREC -> trec.read(origin, in);
        case JSON_LINES -> json.readLines(origin, in);
        case JSON_ARRAY -> json.readArray(origin, in);
        case JSON_VALUES -> json.readValues(origin, in);
        case HTML, TEXT -> readWhole(origin, in, format == Format.HTML);
        case XML -> readXml(origin, in, head);
      }
    } catch (EOFException | ZipException e) {
      sink.failed(origin, "truncated or corrupt archive: " + describe(e), inputBytes(origin));
      return false;
    } catch (IOException e) {
      sink.failed(origin, "read error: " + describe(e), inputBytes(origin));
      return false;
    } catch (NotStoredException e) {
      throw e; // the sink's trouble, not the input's: not a bad file to quarantine
    } catch (RuntimeException e) {
      // A library choking on malformed input must not stop the batch.
      sink.failed(origin, "unreadable (" + e.getClass().getSimpleName() + "): " + describe(e), null);
    }
    return true;
  }

  /**
   * Reads a zip on disk through its central directory, which lists every entry: a corrupt entry
   * fails alone and the entries after it are still read (a stream stops at the first broken
   * one). False when the file has no readable central directory (a zip cut short): the caller
   * then reads it as a stream, which yields the entries before the cut.
   */
  private boolean readZipFile(String origin, Path zipFile, int depth) {
    ZipFile zip;
    try {
      zip = new ZipFile(zipFile.toFile());
    } catch (IOException e) {
      return false;
    }
    try (zip) {
      List<? extends ZipEntry> entries = java.util.Collections.list(zip.entries());
      if (hasRepeatedNames(entries)) {
        return false; // ZipFile finds an entry by its name, so a repeated name would read one entry twice
      }
      for (ZipEntry entry : entries) {
        String name = entry.getName();
        if (!isReadEntry(new ArchiveEntries.Entry(name, !entry.isDirectory()))) {
          continue;
        }
        QuarantineCopy outer = entryCopy;
        try (InputStream in = new QuarantineCopy(new CrcChecked(zip.getInputStream(entry), entry.getCrc()), options.quarantineBytes())) {
          entryCopy = (QuarantineCopy) in;
          read(origin + "!" + name, name, in, depth);
        } catch (IOException e) {
          sink.failed(origin + "!" + name, "truncated or corrupt archive: " + describe(e), null);
        } finally {
          entryCopy = outer;
        }
      }
    } catch (IOException e) {
      // closing a zip read only: nothing lost
    }
    return true;
  }

  private static boolean hasRepeatedNames(List<? extends ZipEntry> entries) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ZipEntry entry : entries) {
      if (!seen.add(entry.getName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks an entry's CRC-32 when it has been read to its end, as ZipInputStream does and ZipFile does
   * not: a damaged stored entry would otherwise be read as text with wrong letters, and nothing said.
   */
  private static final class CrcChecked extends FilterInputStream {
    private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    private final long expected;

    CrcChecked(InputStream in, long expected) {
      super(in);
      this.expected = expected;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b < 0) {
        check();
      } else {
        crc.update(b);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      if (n < 0) {
        check();
      } else {
        crc.update(buf, off, n);
      }
      return n;
    }

    @Override
    public boolean markSupported() {
      return false; // a reset would count bytes twice (the entry streams under it support none either)
    }

    @Override
    public long skip(long n) throws IOException { // skipped bytes still count in the checksum
      int read = n <= 0 ? 0 : read(new byte[(int) Math.min(n, 8192)]);
      return Math.max(read, 0);
    }

    private void check() throws ZipException {
      if (expected >= 0 && crc.getValue() != expected) {
        throw new ZipException(String.format(Locale.ROOT, "invalid entry CRC (expected 0x%x but got 0x%x)", expected, crc.getValue()));
      }
    }
  }

  /**
   * A zip that is a stream (inside another archive, on standard input) is copied to a temporary
   * file up to its end record ({@link ZipSpool}) and read through its central directory, so that a
   * broken entry fails alone there too. A copy without a readable central directory (a zip cut
   * short, a stream that broke) is read as a stream, as before: the entries before the break.
   */
  private void readZipCopy(String origin, InputStream in, int depth, boolean entryOfArchive) throws IOException {
    if (options.maxSpoolBytes() == 0) {
      readZip(origin, in, depth);
      return;
    }
    try (Spool copy = ZipSpool.copy(in, entryOfArchive, options)) {
      if (copy.full()) {
        readAsStream(copy.path(), in, whole -> readZip(origin, whole, depth));
        return;
      }
      Path outerCopy = streamZipCopy;
      streamZipCopy = file == null ? copy.path() : null;
      try {
        if (copy.broke() == null && readZipFile(origin, copy.path(), depth)) {
          return;
        }
      } finally {
        streamZipCopy = outerCopy;
      }
      try (InputStream again = new java.io.SequenceInputStream(new BufferedInputStream(Files.newInputStream(copy.path()), 64 * 1024),
          copy.broke() == null ? in : new Failing(copy.broke()))) {
        readZip(origin, again, depth);
      }
    }
  }

  /**
   * A WARC that is a stream (inside an archive, behind a gzip, on standard input) is copied to a file
   * ({@link Spool}) and read as a WARC file is, so that a broken record fails alone there too and the
   * records after it are read (session 22: the first broken record ended it). A stream that broke
   * (a cut gzip) gives the records copied before the break, then its failure as before. Without
   * spooling ({@code maxSpoolBytes} 0) it is read as a stream.
   */
  private void readWarcCopy(String origin, InputStream in) throws IOException {
    if (options.maxSpoolBytes() == 0) {
      warc.readStream(origin, in);
      return;
    }
    try (Spool copy = Spool.copy(in, options, ".warc")) {
      if (copy.full()) {
        readAsStream(copy.path(), in, whole -> warc.readStream(origin, whole));
        return;
      }
      try (InputStream again = new BufferedInputStream(Files.newInputStream(copy.path()), 64 * 1024)) {
        warc.readFile(origin, again, copy.path());
      }
      if (copy.broke() != null) throw copy.broke();
    }
  }

  /** A gzip WARC inside an archive or on standard input, copied as it is and read by members as a {@code .warc.gz} file is. */
  private void readGzipWarcCopy(String origin, InputStream in) throws IOException {
    try (Spool copy = Spool.copy(in, options, ".warc.gz")) {
      if (copy.full()) {
        readAsStream(copy.path(), in, whole -> warc.readStream(origin, new GZIPInputStream(whole, 64 * 1024)));
        return;
      }
      warc.readGzipFile(origin, copy.path()); // the members copied whole, when the archive around it broke
      if (copy.broke() != null) throw copy.broke(); // then its own failure, as before
    }
  }

  /** Reads what a stream gives. */
  private interface StreamReading {
    void read(InputStream whole) throws IOException;
  }

  /**
   * A stream over the spool limit: its copy, then the rest of it, read as a stream, as session 21 read
   * every such stream (review22/ingest22 F3: it used to be refused whole). A broken record or entry then
   * ends it, and its failure says that the limit is why the rest was not read.
   */
  private void readAsStream(Path copy, InputStream rest, StreamReading reading) throws IOException {
    try (InputStream start = Files.newInputStream(copy)) {
      reading.read(new java.io.SequenceInputStream(new BufferedInputStream(start, 64 * 1024), rest));
    } catch (EOFException e) {
      throw (EOFException) new EOFException(describe(e) + "; " + Spool.overLimit(options.maxSpoolBytes())).initCause(e);
    } catch (ZipException e) {
      throw (ZipException) new ZipException(describe(e) + "; " + Spool.overLimit(options.maxSpoolBytes())).initCause(e);
    } catch (IOException e) {
      throw new IOException(describe(e) + "; " + Spool.overLimit(options.maxSpoolBytes()), e);
    }
  }

  /** A stream that fails as the one it stands for did. */
  private static final class Failing extends InputStream {
    private final IOException failure;

    Failing(IOException failure) {
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      throw failure;
    }
  }

  private void readZip(String origin, InputStream in, int depth) throws IOException {
    CentralDirectoryWatch watched = new CentralDirectoryWatch(in);
    if (!readEntries(origin, ArchiveEntries.of(new ZipInputStream(watched)), depth)) {
      return;
    }
    // ZipInputStream ends quietly when the file ends inside an entry header (a zip cut between
    // entries, or bytes that only start like a zip); it stops at the central directory of a
    // whole zip, so an end without one means the archive was cut.
    if (!watched.sawDirectory()) {
      throw new ZipException("the archive ends before its central directory (cut between entries, or not a zip)");
    }
  }

  /**
   * A tar (a file, a {@code .tar.gz}, an entry of an archive, standard input), read as a stream with Apache
   * Commons Compress: each entry as a zip's entry is read (by its own name and format, nested archives and
   * WARCs included); a broken entry fails alone; a tar cut short gives the entries before the cut, then one
   * failure; a damaged header is one failure and the entries after it are read ({@link ResyncingTarEntries}). A tar is not copied to DATA/tmp: its entries follow one another, there is no directory to read.
   */
  private void readTar(String origin, InputStream in, int depth) throws IOException {
    TarEndWatch watched = new TarEndWatch(in);
    ResyncingTarEntries entries = new ResyncingTarEntries(watched, (offset, why, header) -> sink.failed(origin,
        "truncated or corrupt archive: " + why + " at byte " + offset + "; the entry it began is not read, the entries"
            + " after it are (read from the next valid header)", quarantine(header)));
    if (readEntries(origin, entries, depth) && !watched.endedOnZeros() && !entries.endedOnMarker()) {
      throw new EOFException("the tar ends before its end-of-archive blocks (cut between entries)");
    }
  }

  /**
   * Reads the entries of an archive stream one after the other, the same for a zip and a tar. False when
   * the stream broke inside an entry (that entry's failure says so: one failure is enough, and the rest of
   * the archive is not read); true when the archive was read to its end.
   */
  private boolean readEntries(String origin, ArchiveEntries entries, int depth) throws IOException {
    for (ArchiveEntries.Entry entry = entries.next(); entry != null; ) {
      boolean streamBroke = false;
      if (isReadEntry(entry)) {
        streamBroke = !read(origin + "!" + entry.name(), entry.name(), new NonClosing(entries.data()), depth);
      }
      try {
        entry = entries.next();
      } catch (IOException e) {
        if (streamBroke) {
          return false; // the entry's failure already says the archive is cut
        }
        throw e;
      }
      if (streamBroke && entry == null) {
        return false;
      }
    }
    return true;
  }

  /** Whether an archive entry is read: a file's bytes, not hidden (a dot file, macOS's {@code __MACOSX}). */
  private static boolean isReadEntry(ArchiveEntries.Entry entry) {
    return entry.file() && !isHidden(entry.name());
  }

  private void readWhole(String origin, InputStream in, boolean html) throws IOException {
    byte[] bytes;
    try {
      bytes = Bounded.readAtMost(in, options.maxDocumentBytes());
    } catch (UnreadableInputException e) {
      sink.failed(origin, e.reason(), null);
      return;
    }
    try {
      String body;
      if (html) {
        body = HtmlPages.decode(bytes, null);
      } else {
        body = TextDecoder.decode(bytes);
        if (Blank.isBlank(body)) {
          throw UnreadableInputException.emptyText();
        }
      }
      sink.accept(new RawDocument(body, html, null, null, null, null, origin), JsonFields.newExtras());
    } catch (UndecodableTextException e) {
      sink.failed(origin, e.reason(), quarantine(bytes));
    } catch (UnreadableInputException e) {
      e.reportTo(sink, origin, quarantine(e.bytes()));
    }
  }

  /**
   * A saved RSS or Atom feed gives its items' texts ({@link SavedFeed}); other XML that is not a
   * page would otherwise be read as plain text, markup and all, and is refused.
   */
  private void readXml(String origin, InputStream in, byte[] head) throws IOException {
    String root = XmlRoot.of(head);
    if (root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf")) {
      try {
        SavedFeed.read(Bounded.readAtMost(in, options.maxDocumentBytes()), origin, sink);
      } catch (UnreadableInputException e) {
        e.reportTo(sink, origin, quarantine(e.bytes()));
      }
      return;
    }
    String reason = "an XML document (<" + root + ">), not a supported input format (docs/ingest-formats.md)";
    byte[] bytes = in.readNBytes(options.quarantineBytes() + 1);
    sink.failed(origin, reason, quarantine(bytes));
  }

  /**
   * The first bytes of an input, for the sniffer. A stream that breaks inside them (a small
   * gzip cut short) still gives the bytes before the break, so the documents before the cut are
   * read; the reading that follows meets the break again and reports it.
   */
  private static byte[] readHead(InputStream in) throws IOException {
    byte[] head = new byte[FormatSniffer.HEAD_BYTES];
    int n = 0;
    try {
      for (int r; n < head.length && (r = in.read(head, n, head.length - n)) >= 0; ) {
        n += r;
      }
    } catch (EOFException | ZipException e) {
      if (n == 0) {
        throw e;
      }
    }
    return Arrays.copyOf(head, n);
  }

  /**
   * The bytes of the input being read, for the quarantine of a stream that broke inside it (a cut
   * gzip or zip: the documents before the cut were delivered, the input itself is what to look
   * at): the file read again, or the copy of a stream that is not a file (standard input). Null
   * for an input over {@link ReadOptions#quarantineBytes} (a file's origin, the path, refers to
   * it where it is), or a file that cannot be read again. A failure inside an archive entry of a
   * stream ({@code stdin!entry}) keeps the bytes read so far and does not read on: the archive's
   * next entries are still to be read, and a pipe that never ends would block.
   */
  private byte[] inputBytes(String origin) {
    if (entryCopy != null && origin.contains("!")) {
      byte[] entry = entryCopy.readSoFar(); // the entry's bytes, not the whole archive again for each broken entry
      if (entry != null && entry.length > 0) return quarantine(entry);
      return streamZipOnce(); // nothing of the entry could be read: a stream's zip is kept once, else the origin refers to the file
    }
    if (file == null) {
      if (streamCopy == null) return null;
      return origin.contains("!") ? streamCopy.readSoFar() : streamCopy.whole();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return quarantine(in.readNBytes(options.quarantineBytes() + 1));
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The copy of a zip read from standard input, the first time one of its entries fails with no
   * bytes of its own (its deflated data broke before any came out), so that the quarantine keeps
   * the bad bytes once; null after that (the reason lines name the entries), or for a zip in a
   * file, which the origin refers to.
   */
  private byte[] streamZipOnce() {
    if (streamZipCopy == null) return null;
    Path copy = streamZipCopy;
    streamZipCopy = null;
    try (InputStream in = Files.newInputStream(copy)) {
      return quarantine(in.readNBytes(options.quarantineBytes() + 1));
    } catch (IOException e) {
      return null;
    }
  }

  private boolean tooDeep(String origin, int depth) {
    if (depth >= options.maxArchiveDepth()) {
      sink.failed(origin, "archives nested more than " + options.maxArchiveDepth() + " deep (ReadOptions.maxArchiveDepth)", null);
      return true;
    }
    return false;
  }

  private byte[] quarantine(byte[] bytes) {
    return bytes != null && bytes.length <= options.quarantineBytes() ? bytes : null;
  }

  /**
   * The regular files under {@code dir} in path order. A directory that cannot be opened (no
   * permission) is one failure of its own and the walk goes on around it.
   */
  private List<Path> listFiles(Path dir) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && (isHiddenBelow(dir, d) || isSkipped(d)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (isHiddenBelow(dir, f) || isSkipped(f)) {
            return FileVisitResult.CONTINUE;
          }
          if (Files.isRegularFile(f)) {
            files.add(f); // a link to a file counts
          } else if (attrs.isSymbolicLink() && Files.notExists(f)) {
            sink.failed(f.toString(), "no such file (a link to " + linkTarget(f) + ", which does not exist)", null);
          } else if (attrs.isSymbolicLink() && !Files.isDirectory(f)) { // a loop: notExists cannot tell
            sink.failed(f.toString(), "a link that cannot be followed (to " + linkTarget(f) + ": a loop, or no access)", null);
          } else if (attrs.isOther()) {
            sink.failed(f.toString(), "not a regular file (a pipe, socket or device), not read", null);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          sink.failed(f.toString(), (Files.isDirectory(f) ? "cannot list directory: " : "cannot read: ") + describe(e), null);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      sink.failed(dir.toString(), "cannot list directory: " + e.getMessage(), null);
    }
    files.sort(Comparator.comparing(Path::toString));
    return files;
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      return "a path that cannot be read";
    }
  }

  private boolean isSkipped(Path p) {
    return skipped != null && p.toAbsolutePath().normalize().startsWith(skipped);
  }

  private static boolean isHiddenBelow(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (isHiddenName(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHidden(String entryName) {
    for (String part : entryName.split("/")) {
      if (isHiddenName(part) || part.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A dot name ({@code .git}, {@code .DS_Store}). The parts {@code .} and {@code ..} are path steps, not
   * names: a tar made with {@code tar -C dir -czf day.tar.gz .} names every entry {@code ./…}.
   */
  private static boolean isHiddenName(String part) {
    return part.startsWith(".") && !part.equals(".") && !part.equals("..");
  }

  private static String stripGz(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      return name.substring(0, name.length() - 3);
    }
    if (lower.endsWith(".tgz")) {
      return name.substring(0, name.length() - 4) + ".tar";
    }
    return name;
  }

  private static String describe(Exception e) {
    // the JDK's file-system exceptions carry the path as their message, which the origin already says
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }

  /**
   * Watches the bytes of a zip for the signature of its central directory ({@code PK 01 02}) or
   * end record ({@code PK 05 06}), which a whole zip has after its entries and a cut one lacks.
   */
  private static final class CentralDirectoryWatch extends FilterInputStream {
    private static final int DIRECTORY = 0x504B0102;
    private static final int END_RECORD = 0x504B0506;
    private int window;
    private boolean seen;

    CentralDirectoryWatch(InputStream in) {
      super(in);
    }

    boolean sawDirectory() {
      return seen;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        see(b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      for (int i = 0; i < n && !seen; i++) {
        see(b[off + i] & 0xFF);
      }
      return n;
    }

    private void see(int b) {
      window = window << 8 | b;
      seen |= window == DIRECTORY || window == END_RECORD;
    }
  }

  /**
   * Gives the pushed-back head on its own before reading on: the JDK's pushback stream reads on
   * in the same call, so a stream that breaks right after the head (a small gzip cut short)
   * would take the head down with it.
   */
  private static final class HeadFirst extends PushbackInputStream {
    HeadFirst(InputStream in, int size) {
      super(in, size);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int pushedBack = buf.length - pos;
      if (pushedBack > 0 && len > 0) {
        int n = Math.min(len, pushedBack);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
      }
      return super.read(b, off, len);
    }
  }

  /** An archive entry's stream: closing it must not close the archive. */
  private static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the archive stream is closed by its owner
    }
  }
}
