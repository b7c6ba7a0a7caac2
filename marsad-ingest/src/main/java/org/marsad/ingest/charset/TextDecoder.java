package org.marsad.ingest.charset;

import java.nio.charset.StandardCharsets;

/**
 * Bytes to text for Arabic inputs. SKELETON: UTF-8 only; the ingest-readers work adds BOM
 * handling, UTF-16 and Windows-1256 / ISO-8859-6 detection (ICU4J) and invalid-input errors.
 */
public final class TextDecoder {
  private TextDecoder() {}

  public static String decode(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
