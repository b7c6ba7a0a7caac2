package org.marsad.app.eval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 CSV reader: comma separated, double-quoted fields that may contain commas,
 * line breaks and doubled quotes. Hand-written because the fixed stack has no CSV library and
 * the datasets need nothing more.
 */
final class CsvReader {
  private CsvReader() {}

  /** All records of the input, the header included, as lists of fields. */
  static List<List<String>> readAll(Reader in) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false, fieldStarted = false;
    int c;
    while ((c = in.read()) != -1) {
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') field.append('"');
          else {
            quoted = false;
            if (next == -1) break;
            in.reset();
          }
        } else field.append(ch);
      } else if (ch == '"' && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r') {
          in.mark(1);
          if (in.read() != '\n') in.reset();
        }
        row.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
        if (!(row.size() == 1 && row.get(0).isEmpty())) rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(ch);
        fieldStarted = true;
      }
    }
    if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
