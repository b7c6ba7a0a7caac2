package org.marsad.app.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a query string whose percent-encoded bytes are not UTF-8 ({@code q=%E0%A4}). The
 * server's own decoding replaces such bytes with U+FFFD, so a search would silently run on a
 * different word than the client meant; a 400 tells the client to fix its encoding instead.
 * Written by hand: {@link java.net.URLDecoder} has no strict mode, it replaces bad bytes too.
 */
final class QueryEncoding {
  private QueryEncoding() {}

  /** Throws a 400 unless {@code rawQuery} (still percent-encoded; null when absent) decodes as UTF-8. */
  static void requireUtf8(String rawQuery) {
    if (rawQuery == null || rawQuery.indexOf('%') < 0) return; // unencoded characters are already text
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(percentDecoded(rawQuery)));
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("the query string is not valid UTF-8 after percent-decoding: encode parameters as UTF-8 (e.g. encodeURIComponent)");
    }
  }

  /** The bytes a query string stands for; a '%' not followed by two hex digits stays a literal '%'. */
  private static byte[] percentDecoded(String raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); ) {
      if (raw.charAt(i) == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
        out.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
        i += 3;
      } else {
        int cp = raw.codePointAt(i);
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
        i += Character.charCount(cp);
      }
    }
    return out.toByteArray();
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
