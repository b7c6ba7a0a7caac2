package org.marsad.ingest.charset;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.marsad.testkit.fuzz.Documented;

/**
 * Fuzz targets for charset detection. Documented refusal: {@link UndecodableTextException}
 * with a message. Regression inputs:
 * src/test/resources/org/marsad/ingest/charset/TextDecoderFuzzTestInputs/&lt;method&gt;/.
 */
class TextDecoderFuzzTest {
  private static final Documented REFUSALS = Documented.refusals(UndecodableTextException.class);

  /** Some Arabic news words; {@link #windows1256RoundTrip} builds its text from them. */
  private static final List<String> WORDS = List.of(
      "وزير", "الخارجية", "سورية", "قال", "أكد", "في", "من", "على", "إلى", "أن", "الرئيس", "مؤتمر",
      "صحفي", "اليوم", "الحكومة", "مجلس", "الأمن", "دمشق", "موسكو", "الرياض", "لبنان", "العراق",
      "الإرهاب", "تنظيم", "“داعش”", "الاقتصاد", "مليون", "دولار", "وأضاف", "التي", "الذي", "بين");
  private static final List<String> SEPARATORS = List.of(" ", " ", " ", "، ", ". ", "\n", " 2021 ", "؟ ", " - ");

  /**
   * Arbitrary bytes, undeclared and under a declared charset (the first line of the input, as
   * a hostile header would give it, and the two Arabic charsets): a decoded text or a
   * documented refusal, never anything else.
   */
  @FuzzTest(maxDuration = "10m")
  void detect(byte[] input) throws Exception {
    DecodedText detected = REFUSALS.call(() -> TextDecoder.detect(input));
    if (detected != null && (detected.text() == null || detected.charset() == null || detected.evidence() == null)) {
      throw new AssertionError("incomplete decoding: " + detected);
    }
    String firstLine = new String(input, 0, Math.min(input.length, 40), StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
    for (String declared : new String[] {firstLine, "windows-1256", "ISO-8859-6"}) {
      REFUSALS.call(() -> TextDecoder.decode(input, declared));
    }
  }

  /**
   * Arabic news text (words chosen by the input) encoded in Windows-1256 decodes back to the
   * same text, both declared and detected, once it has a few words: short strings of bytes
   * are legitimately ambiguous.
   */
  @FuzzTest(maxDuration = "10m")
  void windows1256RoundTrip(byte[] input) throws Exception {
    StringBuilder text = new StringBuilder();
    int words = 0;
    for (int i = 0; i < input.length; i++) {
      int b = input[i] & 0xFF;
      if (i > 0) {
        text.append(SEPARATORS.get(b % SEPARATORS.size()));
      }
      text.append(WORDS.get((b >> 3) % WORDS.size()));
      words++;
    }
    String original = text.toString();
    byte[] bytes = original.getBytes(TextDecoder.WINDOWS_1256);
    if (!new String(bytes, TextDecoder.WINDOWS_1256).equals(original)) {
      throw new AssertionError("the word list must be encodable in Windows-1256");
    }
    if (words == 0) {
      return;
    }
    String declared = TextDecoder.decode(bytes, "windows-1256").text();
    if (!declared.equals(original)) {
      throw new AssertionError("declared Windows-1256 does not round-trip: " + original + " -> " + declared);
    }
    if (words >= 6) {
      DecodedText detected = TextDecoder.detect(bytes);
      if (!detected.text().equals(original)) {
        throw new AssertionError("detected " + detected.charset() + " (" + detected.evidence() + ") does not round-trip: "
            + original + " -> " + detected.text());
      }
    }
  }
}
