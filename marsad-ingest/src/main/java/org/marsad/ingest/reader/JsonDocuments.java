package org.marsad.ingest.reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.ReadOptions;
import org.marsad.nlp.article.RawDocument;

/**
 * JSON inputs, streamed: JSON Lines (one object per line; a bad line fails alone), a JSON array
 * of objects (SaudiNewsNet; parsed element by element, never as a whole), and a sequence of
 * root-level objects. Only one object is in memory at a time.
 */
final class JsonDocuments {
  private final ObjectMapper mapper;
  private final ReadOptions options;
  private final DocumentSink sink;

  JsonDocuments(ReadOptions options, DocumentSink sink) {
    this.options = options;
    this.sink = sink;
    // A JSON string may escape every char as \\uXXXX, six bytes for one char; the limit on the
    // decoded body is checked per document, this one only stops runaway strings.
    int maxString = (int) Math.min(Integer.MAX_VALUE, options.maxDocumentBytes() * 2);
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
        .build();
    this.mapper = new ObjectMapper(factory);
  }

  /** One object per line; blank lines are skipped. */
  void readLines(String origin, InputStream in) throws IOException {
    LineInput lines = new LineInput(in, options.maxDocumentBytes() * 2);
    for (byte[] line = lines.next(); line != null; line = lines.next()) {
      String at = origin + ":" + lines.lineNumber();
      if (line == LineInput.TOO_LONG) {
        sink.failed(at, "line longer than twice the maximum document size of "
            + Bounded.human(options.maxDocumentBytes()), null);
        continue;
      }
      if (isBlank(line)) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(stripBom(line));
      } catch (JsonProcessingException e) {
        sink.failed(at, "invalid JSON at line " + lines.lineNumber() + ": " + org.marsad.ingest.JsonErrors.reason(e), quarantine(line));
        continue;
      }
      emit(node, at, line);
    }
  }

  /** A top-level array of objects. */
  void readArray(String origin, InputStream in) throws IOException {
    try (JsonParser p = mapper.createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        sink.failed(origin, "expected a JSON array", null);
        return;
      }
      long index = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
        if (t == null) {
          sink.failed(origin, "JSON array ends early after " + index + " elements (truncated file?)", null);
          return;
        }
        String at = origin + "[" + index + "]";
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          sink.failed(at, "array element " + index + " is not an object", null);
          continue;
        }
        emit(p.readValueAsTree(), at, null);
      }
    } catch (JsonProcessingException e) {
      sink.failed(origin, invalid(e), null);
    }
  }

  /** Root-level objects one after another (a pretty-printed object, or concatenated ones). */
  void readValues(String origin, InputStream in) throws IOException {
    try (JsonParser p = mapper.createParser(in)) {
      long index = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken(), index++) {
        String at = index == 0 ? origin : origin + "[" + index + "]";
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          sink.failed(at, "JSON value " + index + " is not an object", null);
          continue;
        }
        emit(p.readValueAsTree(), at, null);
      }
    } catch (JsonProcessingException e) {
      sink.failed(origin, invalid(e), null);
    }
  }

  private void emit(JsonNode node, String origin, byte[] raw) {
    if (node == null || !node.isObject()) {
      sink.failed(origin, "not a JSON object", quarantine(raw));
      return;
    }
    Map<String, String> extras = JsonFields.newExtras();
    RawDocument doc;
    try {
      doc = JsonFields.toDocument(node, origin, options.maxDocumentBytes(), extras);
    } catch (UnreadableInputException e) {
      e.reportTo(sink, origin, quarantine(raw));
      return;
    }
    sink.accept(doc, extras);
  }

  private static String invalid(JsonProcessingException e) {
    return org.marsad.ingest.JsonErrors.describe(e);
  }

  private byte[] quarantine(byte[] raw) {
    return raw != null && raw.length <= options.quarantineBytes() ? raw : null;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String stripBom(byte[] line) {
    int from = line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF ? 3 : 0;
    return new String(line, from, line.length - from, StandardCharsets.UTF_8);
  }
}
