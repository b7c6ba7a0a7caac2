package org.marsad.store.lucene;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * The record's JSON as the index stores it: UTF-8, deflated (zlib format, with its checksum; fastest level), as a
 * binary stored field. Lucene compresses stored fields in blocks shared by neighbouring
 * documents and decompresses all of a document's stored bytes to read any of its fields; the
 * JSON (tokens, sentences, entities: about 13 KB per SaudiNewsNet article, four times the body
 * and title together) made every page of results decompress it for the ten hits whose id,
 * title and body it shows. Deflated, the JSON is about a fifth of that (bench/RESULTS.md, "The
 * cost of a results page"). Indexes written before hold it as a string field, which
 * {@link #read} still reads, so they need no rebuild.
 */
final class StoredJson {
  private StoredJson() {}

  /** The stored value of {@code json}. */
  static BytesRef compress(String json) {
    byte[] in = json.getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(in);
      deflater.finish();
      byte[] out = new byte[Math.max(64, in.length / 3)];
      int n = 0;
      while (!deflater.finished()) {
        if (n == out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
        n += deflater.deflate(out, n, out.length - n);
      }
      return new BytesRef(out, 0, n);
    } finally {
      deflater.end();
    }
  }

  /** The JSON of a stored field written by {@link #compress}, or by an older index as a string; null for null. */
  static String read(IndexableField field) {
    if (field == null) return null;
    BytesRef bytes = field.binaryValue();
    if (bytes == null) return field.stringValue(); // an index written before the JSON was deflated
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(bytes.bytes, bytes.offset, bytes.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 5);
      byte[] buffer = new byte[16 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalStateException("stored JSON is truncated (" + bytes.length + " bytes)");
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IllegalStateException("stored JSON is not deflated data: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }
}
