package org.marsad.ingest.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bytes to text for Arabic news inputs. The rules, in order:
 * <ul>
 *   <li>a byte-order mark decides: UTF-8, UTF-16 LE or UTF-16 BE (the mark is dropped; invalid
 *       bytes after it are an error, not replaced);</li>
 *   <li>UTF-16 LE or BE without a mark, when every second byte shows the pattern of Arabic and
 *       Latin text ({@link Utf16WithoutBom}) and the text decodes cleanly;</li>
 *   <li>NUL bytes or many other control bytes mean binary content, rejected;</li>
 *   <li>bytes that are valid UTF-8 are UTF-8 (pure ASCII included);</li>
 *   <li>otherwise a single-byte charset is detected: Windows-1256 and ISO-8859-6 are always
 *       tried, plus what ICU4J's {@link CharsetDetector} proposes. Each candidate that decodes
 *       without unmappable bytes is scored: share of words that come out as clean Arabic,
 *       words broken into mixed Arabic/Latin letters (a wrong Arabic charset turns و into è),
 *       odd characters (C1 controls, unassigned code points), and, to tell the two Arabic
 *       charsets apart on short inputs where ICU's confidence is weak, the letter-bigram
 *       likelihood of the Arabic words ({@link ArabicLetterModel});</li>
 *   <li>when no candidate gives readable text, {@link UndecodableTextException}.</li>
 * </ul>
 * A charset declared by the container (HTTP header, HTML meta) is used when the bytes decode
 * cleanly and plausibly with it, since pages often declare one charset and serve another.
 */
public final class TextDecoder {
  /** Windows Arabic, the usual legacy charset of Arabic news sites. */
  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  /** ISO Arabic, found in older archives and mail. */
  public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  /** A detected candidate whose words are more than this share broken is not readable text. */
  static final double MAX_DAMAGE = 0.25;
  /** A decoding is Arabic when at least this share of its non-ASCII words is clean Arabic. */
  static final double MIN_ARABIC_SHARE = 0.5;
  /** How many leading bytes ICU and the scoring look at (detection cost stays flat). */
  static final int DETECTION_SAMPLE = 256 * 1024;

  private TextDecoder() {}

  /**
   * Decodes bytes of unknown charset.
   *
   * @throws UndecodableTextException binary or undecodable input, with a one-line reason
   */
  public static String decode(byte[] bytes) {
    return detect(bytes).text();
  }

  /**
   * Decodes bytes of unknown charset and says which charset was used and why.
   *
   * @throws UndecodableTextException binary or undecodable input, with a one-line reason
   */
  public static DecodedText detect(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes bytes whose container declared a charset (HTTP {@code Content-Type}, HTML meta).
   * The declaration wins when it decodes the bytes cleanly and the result is plausible; a
   * byte-order mark still wins over it, and valid UTF-8 wins over a declared single-byte
   * charset (a common server misconfiguration).
   *
   * @param declared charset name as declared, or null; unknown names are ignored
   * @throws UndecodableTextException binary or undecodable input, with a one-line reason
   */
  public static DecodedText decode(byte[] bytes, String declared) {
    DecodedText bom = decodeBom(bytes);
    if (bom != null) {
      return bom;
    }
    DecodedText utf16 = decodeUtf16WithoutBom(bytes);
    if (utf16 != null) {
      return utf16;
    }
    String binary = BinarySniffer.binaryReason(bytes, 0);
    if (binary != null) {
      throw new UndecodableTextException(binary);
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    Charset declaredCharset = lookup(declared);
    if (declaredCharset != null && !declaredCharset.equals(StandardCharsets.UTF_8) && utf8 == null) {
      String text = strict(bytes, declaredCharset);
      if (text != null && CandidateScore.of(declaredCharset, text, 0).damage() <= MAX_DAMAGE) {
        return new DecodedText(text, declaredCharset, DecodedText.Evidence.DECLARED);
      }
    }
    if (utf8 != null) {
      boolean said = StandardCharsets.UTF_8.equals(declaredCharset);
      return new DecodedText(utf8, StandardCharsets.UTF_8,
          said ? DecodedText.Evidence.DECLARED : DecodedText.Evidence.VALID_UTF8);
    }
    int broken = BrokenUtf8.firstInvalidOffset(bytes);
    if (broken >= 0) {
      throw new UndecodableTextException("invalid UTF-8 at byte " + broken);
    }
    return detectSingleByte(bytes);
  }

  private static DecodedText decodeBom(byte[] b) {
    Charset cs = null;
    int skip = 0;
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    if (cs == null) {
      return null;
    }
    String text = strict(ByteBuffer.wrap(b, skip, b.length - skip), cs);
    if (text == null) {
      throw new UndecodableTextException("invalid " + cs.name() + " after its byte-order mark");
    }
    String controls = controlReason(text);
    if (controls != null) {
      throw new UndecodableTextException(controls);
    }
    return new DecodedText(text, cs, DecodedText.Evidence.BOM);
  }

  /** UTF-16 without a byte-order mark, when its byte pattern shows and it decodes to clean text; else null. */
  private static DecodedText decodeUtf16WithoutBom(byte[] bytes) {
    Charset cs = Utf16WithoutBom.guess(bytes);
    if (cs == null) {
      return null;
    }
    String text = strict(ByteBuffer.wrap(bytes), cs);
    return text == null || controlReason(text) != null ? null : new DecodedText(text, cs, DecodedText.Evidence.UTF16_PATTERN);
  }

  private static DecodedText detectSingleByte(byte[] bytes) {
    byte[] sample = bytes.length <= DETECTION_SAMPLE ? bytes : java.util.Arrays.copyOf(bytes, DETECTION_SAMPLE);
    List<CandidateScore> candidates = new ArrayList<>();
    for (Map.Entry<Charset, Integer> c : candidateCharsets(sample).entrySet()) {
      String text = strict(ByteBuffer.wrap(sample), c.getKey());
      if (text != null) {
        candidates.add(CandidateScore.of(c.getKey(), text, c.getValue()));
      }
    }
    if (candidates.isEmpty()) {
      throw new UndecodableTextException("not valid UTF-8 and no supported charset decodes it");
    }
    double bestArabic = candidates.stream().mapToDouble(CandidateScore::arabicShare).max().orElse(0);
    Comparator<CandidateScore> order;
    if (bestArabic >= MIN_ARABIC_SHARE) {
      candidates.removeIf(c -> c.arabicShare() < MIN_ARABIC_SHARE);
      order = Comparator.comparingDouble(CandidateScore::damage)
          .thenComparing(Comparator.comparingDouble(CandidateScore::arabicLogProb).reversed())
          .thenComparing(Comparator.comparingInt(CandidateScore::icuConfidence).reversed());
    } else {
      order = Comparator.comparingDouble(CandidateScore::damage)
          .thenComparing(Comparator.comparingDouble(CandidateScore::arabicShare))
          .thenComparing(Comparator.comparingInt(CandidateScore::icuConfidence).reversed());
    }
    CandidateScore best = candidates.stream().min(order).orElseThrow();
    if (best.damage() > MAX_DAMAGE) {
      throw new UndecodableTextException("not valid UTF-8 and no supported charset gives readable text (best guess "
          + best.charset().name() + ")");
    }
    String text = sample == bytes ? best.text() : strict(ByteBuffer.wrap(bytes), best.charset());
    if (text == null) {
      throw new UndecodableTextException("invalid " + best.charset().name() + " after the first "
          + DETECTION_SAMPLE + " bytes");
    }
    return new DecodedText(text, best.charset(), DecodedText.Evidence.DETECTED);
  }

  /** The two Arabic charsets first, then ICU's ASCII-compatible proposals with their confidence. */
  private static Map<Charset, Integer> candidateCharsets(byte[] sample) {
    Map<Charset, Integer> out = new LinkedHashMap<>();
    out.put(WINDOWS_1256, 0);
    out.put(ISO_8859_6, 0);
    CharsetDetector detector = new CharsetDetector();
    detector.setText(sample);
    CharsetMatch[] matches = detector.detectAll();
    for (CharsetMatch m : matches) {
      Charset cs = lookup(m.getName());
      if (cs != null && isAsciiCompatibleSingleByte(cs)) {
        out.merge(cs, m.getConfidence(), Math::max);
      }
    }
    out.putIfAbsent(Charset.forName("windows-1252"), 0);
    return out;
  }

  private static boolean isAsciiCompatibleSingleByte(Charset cs) {
    try {
      return cs.newEncoder().maxBytesPerChar() == 1.0f
          && "a< \n".equals(new String(new byte[] {'a', '<', ' ', '\n'}, cs));
    } catch (UnsupportedOperationException e) {
      return false; // decode-only charsets
    }
  }

  private static Charset lookup(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    // Labels browsers treat as Windows-1256 / ISO-8859-6 (WHATWG encoding standard).
    if (n.equals("cp1256") || n.equals("x-cp1256")) {
      return WINDOWS_1256;
    }
    if (n.equals("arabic") || n.equals("iso-8859-6-i") || n.equals("iso-8859-6-e") || n.equals("asmo-708")) {
      return ISO_8859_6;
    }
    try {
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset cs) {
    return strict(ByteBuffer.wrap(bytes), cs);
  }

  private static String strict(ByteBuffer bytes, Charset cs) {
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(bytes).toString();
      // Some JDK single-byte decoders map undefined bytes to U+FFFD instead of reporting them.
      return text.indexOf('\uFFFD') >= 0 && !cs.name().startsWith("UTF") ? null : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** NUL or many control characters in already-decoded (UTF-16) text. */
  private static String controlReason(String text) {
    int controls = 0;
    int end = Math.min(text.length(), BinarySniffer.SAMPLE_BYTES);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "binary content (NUL character at index " + i + ")";
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B || c == 0x7F) {
        controls++;
      }
    }
    if (controls > Math.max(2, end * BinarySniffer.MAX_CONTROL_SHARE)) {
      return "binary content (" + controls + " control characters)";
    }
    return null;
  }
}
