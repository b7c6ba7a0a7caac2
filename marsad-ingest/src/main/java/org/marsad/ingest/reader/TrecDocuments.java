package org.marsad.ingest.reader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.charset.TextDecoder;
import org.marsad.ingest.charset.UndecodableTextException;
import org.marsad.nlp.article.RawDocument;

/**
 * TREC-style {@code <DOC>} records, as in the ANT corpus: not well-formed XML (text is not
 * escaped), so a record runs from a line starting with {@code <DOC>} to the first line
 * containing {@code </DOC>}, and fields are taken between their tags. Each record is decoded on its own with
 * {@link TextDecoder}. Hand-written: no XML parser accepts unescaped text.
 *
 * <p>Fields: DOCNO, URL, SRC, CAT, TITLE, TIME (DD/MM/YYYY becomes YYYY-MM-DD; ISO is kept),
 * AUTHOR, ABSTRACT, TEXT. DOCNO, CAT, AUTHOR and ABSTRACT go to the extras as
 * {@code docno}, {@code category}, {@code author}, {@code abstract}. The body is TEXT, else
 * ABSTRACT, else TITLE (extras {@code bodyFrom} = {@code abstract} / {@code title}).
 */
final class TrecDocuments {
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private final ReadOptions options;
  private final DocumentSink sink;

  TrecDocuments(ReadOptions options, DocumentSink sink) {
    this.options = options;
    this.sink = sink;
  }

  void read(String origin, InputStream in) throws IOException {
    LineInput lines = new LineInput(in, options.maxDocumentBytes());
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    boolean inside = false;
    boolean tooLarge = false;
    long startLine = 0;
    long count = 0;
    for (byte[] line = lines.next(); line != null; line = lines.next()) {
      if (startsRecord(line)) {
        if (inside) {
          count++;
          sink.failed(origin + "#" + count, "record at line " + startLine + " is truncated (no </DOC>)", null);
        }
        inside = true;
        tooLarge = false;
        record.reset();
        startLine = lines.lineNumber();
      }
      if (!inside) {
        continue; // text between records
      }
      if (!tooLarge) {
        if (line == LineInput.TOO_LONG || record.size() + line.length > options.maxDocumentBytes()) {
          tooLarge = true;
          record.reset();
        } else {
          record.write(line);
          record.write('\n');
        }
      }
      // A record may sit on one line, or end on a line with other content before </DOC>.
      if (line != LineInput.TOO_LONG && endsRecord(line)) {
        inside = false;
        count++;
        String at = origin + "#" + count;
        if (tooLarge) {
          sink.failed(at, "record at line " + startLine + ": " + Bounded.tooLarge(options.maxDocumentBytes()).reason(), null);
        } else {
          emit(record.toByteArray(), at, startLine);
        }
      }
    }
    if (inside) {
      sink.failed(origin + "#" + (count + 1), "record at line " + startLine + " is truncated (no </DOC>)", null);
    }
  }

  private void emit(byte[] bytes, String at, long startLine) {
    String record;
    try {
      record = TextDecoder.decode(bytes);
    } catch (UndecodableTextException e) {
      sink.failed(at, "record at line " + startLine + ": " + e.reason(), quarantine(bytes));
      return;
    }
    String lower = asciiLower(record);
    String docno = field(record, lower, "DOCNO");
    String where = docno != null ? at.substring(0, at.lastIndexOf('#') + 1) + docno : at;
    String title = field(record, lower, "TITLE");
    String summary = field(record, lower, "ABSTRACT");
    String text = field(record, lower, "TEXT");
    Map<String, String> extras = JsonFields.newExtras();
    // Some records (23 of the ANT corpus's 10,161) have an empty TEXT: the abstract, else the
    // headline, stands in, and the extras say so.
    if (Blank.isBlank(text)) {
      text = !Blank.isBlank(summary) ? summary : title;
      extras.put("bodyFrom", !Blank.isBlank(summary) ? "abstract" : "title");
    }
    if (Blank.isBlank(text)) {
      sink.failed(where, "record at line " + startLine + " has no text, abstract or title", quarantine(bytes));
      return;
    }
    putIfPresent(extras, "docno", docno);
    putIfPresent(extras, "category", field(record, lower, "CAT"));
    putIfPresent(extras, "author", field(record, lower, "AUTHOR"));
    putIfPresent(extras, "abstract", summary);
    sink.accept(new RawDocument(text.strip(), false, title, field(record, lower, "URL"),
        field(record, lower, "SRC"), isoDate(field(record, lower, "TIME")), where), extras);
  }

  /** The trimmed text between {@code <TAG>} and {@code </TAG>}, or null when absent or blank. */
  static String field(String record, String lower, String tag) {
    String t = tag.toLowerCase(Locale.ROOT);
    int open = lower.indexOf("<" + t + ">");
    if (open < 0) {
      open = lower.indexOf("<" + t + " ");
      if (open < 0) {
        return null;
      }
    }
    int from = lower.indexOf('>', open) + 1;
    String close = "</" + t + ">";
    // TEXT may itself contain tag-like text, so it runs to its last closing tag.
    int end = t.equals("text") ? lower.lastIndexOf(close) : lower.indexOf(close, from);
    if (end < from) {
      end = record.length();
    }
    String value = record.substring(from, end).strip();
    return value.isEmpty() ? null : value;
  }

  /** Lower-cases A-Z only, so indices stay aligned with the original. */
  private static String asciiLower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + 32);
      }
    }
    return new String(c);
  }

  /** DD/MM/YYYY to YYYY-MM-DD (the ANT corpus's older records); anything else unchanged. */
  static String isoDate(String time) {
    if (time == null) {
      return null;
    }
    Matcher m = DMY.matcher(time);
    if (m.matches()) {
      return String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
    return time;
  }

  private static void putIfPresent(Map<String, String> extras, String key, String value) {
    if (value != null) {
      extras.put(key, value);
    }
  }

  private byte[] quarantine(byte[] bytes) {
    return bytes.length <= options.quarantineBytes() ? bytes : null;
  }

  /** The line starts (after white space or a byte-order mark) with {@code <DOC>} or {@code <DOC ...>}. */
  private static boolean startsRecord(byte[] line) {
    int i = 0;
    while (i < line.length && (line[i] == ' ' || line[i] == '\t' || (line[i] & 0xFF) == 0xEF || (line[i] & 0xFF) == 0xBB
        || (line[i] & 0xFF) == 0xBF)) {
      i++;
    }
    return startsWith(line, i, "<doc>") || startsWith(line, i, "<doc ");
  }

  /** The line contains {@code </DOC>} (case-insensitive). */
  private static boolean endsRecord(byte[] line) {
    for (int i = 0; i + 6 <= line.length; i++) {
      if (line[i] == '<' && startsWith(line, i, "</doc>")) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] line, int from, String ascii) {
    if (line.length - from < ascii.length()) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if (Character.toLowerCase((char) (line[from + k] & 0xFF)) != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
