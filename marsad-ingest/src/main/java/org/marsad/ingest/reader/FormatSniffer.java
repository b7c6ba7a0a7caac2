package org.marsad.ingest.reader;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Decides an input's format from its first bytes and, where the bytes cannot tell, its name.
 * Magic bytes win over names: a {@code .txt} holding {@code <DOC>} records is TREC, a
 * {@code .dat} starting with the gzip magic is gzip.
 */
final class FormatSniffer {
  /** How many leading bytes the sniffer needs. */
  static final int HEAD_BYTES = 8192;

  private FormatSniffer() {}

  static Format sniff(String name, byte[] head) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      return Format.GZIP;
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6)) {
      return Format.ZIP;
    }
    if (TarArchiveInputStream.matches(head, head.length) || extension(name).equals("tar") && head.length >= 512) {
      return Format.TAR; // the ustar magic at byte 257; an old tar without it by its name
    }
    String text = asciiHead(head);
    if (text.startsWith("WARC/")) {
      return Format.WARC;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<doc>") || lower.startsWith("<doc ")) {
      return Format.TREC;
    }
    String ext = extension(name);
    switch (ext) {
      case "jsonl", "ndjson", "jsonlines":
        return Format.JSON_LINES;
      case "html", "htm", "xhtml", "shtml":
        return Format.HTML;
      case "txt", "text":
        return Format.TEXT;
      default:
        break;
    }
    if (text.startsWith("[")) {
      return Format.JSON_ARRAY;
    }
    if (text.startsWith("{")) {
      return firstLineIsWholeObject(text) ? Format.JSON_LINES : Format.JSON_VALUES;
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
        || (lower.startsWith("<!--") || lower.startsWith("<?xml")) && lower.contains("<html")) {
      return Format.HTML;
    }
    if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed") || lower.startsWith("<rdf:rdf")) {
      return Format.XML;
    }
    return Format.TEXT;
  }

  /** The head as ISO-8859-1 text without a UTF-8 byte-order mark and leading white space. */
  private static String asciiHead(byte[] head) {
    int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    return new String(head, from, head.length - from, StandardCharsets.ISO_8859_1).stripLeading();
  }

  /** JSON Lines when the first line is a complete object; a pretty-printed object is not. */
  private static boolean firstLineIsWholeObject(String text) {
    int nl = text.indexOf('\n');
    String first = (nl < 0 ? text : text.substring(0, nl)).strip();
    return first.length() > 1 && first.endsWith("}");
  }

  /** Lower-case extension after the last dot, without a trailing {@code .gz} already stripped by the caller. */
  static String extension(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String base = name.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
