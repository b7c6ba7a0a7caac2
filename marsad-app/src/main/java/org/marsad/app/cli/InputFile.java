package org.marsad.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.ingest.charset.TextDecoder;

/**
 * Reads one input of {@code marsad analyze} as text, refusing what is not an article file:
 * missing, empty, over the size limit (checked before reading), binary, or not decodable.
 * Failures are {@link IllegalArgumentException}s whose message is the reason, for a one-line
 * report.
 */
final class InputFile {
  /** The text of the input and whether it is an HTML page. */
  record Content(String text, boolean html) {}

  private static final char REPLACEMENT = '\uFFFD';

  private InputFile() {}

  /** Reads a file; {@code maxBytes} is checked against its size before anything is loaded. */
  static Content read(Path path, long maxBytes) throws IOException {
    if (Files.isDirectory(path)) throw new IllegalArgumentException("is a directory");
    long size;
    try {
      size = Files.size(path);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no such file");
    }
    if (size > maxBytes) throw new IllegalArgumentException("file too large (" + size + " bytes; the limit is " + maxBytes + " bytes)");
    return decode(Files.readAllBytes(path), path.getFileName().toString());
  }

  /** Reads standard input (or any stream) up to {@code maxBytes}. */
  static Content read(InputStream in, long maxBytes) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) throw new IllegalArgumentException("input too large (over the limit of " + maxBytes + " bytes)");
    return decode(bytes, "");
  }

  static Content decode(byte[] bytes, String fileName) {
    if (bytes.length == 0) throw new IllegalArgumentException("empty file");
    String container = container(bytes);
    if (container != null) {
      throw new IllegalArgumentException(container + ", not one article: read it with marsad ingest (docs/ingest-formats.md)");
    }
    String text = TextDecoder.decode(bytes);
    if (looksBinary(text)) throw new IllegalArgumentException("binary file (not text or HTML)");
    if (text.indexOf(REPLACEMENT) >= 0) throw new IllegalArgumentException("invalid or undecodable text (not UTF-8?)");
    if (text.isBlank()) throw new IllegalArgumentException("empty file");
    return new Content(text, isHtml(text, fileName));
  }

  /**
   * What a file holding many documents, or none, is, or null for an article file. Without this a
   * WARC or a feed was analysed as one text, markup, headers and mixed charsets included.
   */
  static String container(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) return "a gzip archive";
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && (bytes[2] == 3 && bytes[3] == 4 || bytes[2] == 5 && bytes[3] == 6)) {
      return "a zip archive";
    }
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    // ISO-8859-1 maps bytes one to one: these markers are ASCII in any charset
    String head = new String(bytes, skip, Math.min(bytes.length - skip, 2000), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("warc/")) return "a WARC file";
    if (head.startsWith("<doc>") || head.startsWith("<doc ")) return "TREC <DOC> records";
    if ((head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf:rdf"))
        && !head.contains("<html")) {
      return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") ? "an RSS or Atom feed" : "an XML document";
    }
    return null;
  }

  /** NUL characters or many control characters in the first 8000: not a text file. */
  static boolean looksBinary(String text) {
    int n = Math.min(text.length(), 8000), controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) return true;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
    }
    return controls > n / 20 + 1;
  }

  /** HTML by extension, or by content: a doctype, {@code <html>}, or common block tags near the top. */
  static boolean isHtml(String text, String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return true;
    if (name.endsWith(".txt")) return false;
    String head = text.substring(0, Math.min(text.length(), 2000)).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\uFEFF")) head = head.substring(1);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html")
        || head.contains("<body") || head.contains("<head>") || (head.startsWith("<") && (head.contains("<p>") || head.contains("<div")));
  }
}
