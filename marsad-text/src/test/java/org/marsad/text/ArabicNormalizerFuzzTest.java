package org.marsad.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.marsad.testkit.fuzz.FuzzText;

/**
 * Fuzz target: both normalisation levels never fail and are idempotent, and match level
 * absorbs display level ({@code match(display(x)) == match(x)}), which the index relies on:
 * a query normalised twice must meet the same terms. Regression inputs:
 * src/test/resources/org/marsad/text/ArabicNormalizerFuzzTestInputs/normalize/.
 */
class ArabicNormalizerFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void normalize(byte[] input) {
    String text = FuzzText.of(input);
    String display = ArabicNormalizer.display(text);
    String match = ArabicNormalizer.match(text);
    same("display(display(x))", display, ArabicNormalizer.display(display), text);
    same("match(match(x))", match, ArabicNormalizer.match(match), text);
    same("match(display(x))", match, ArabicNormalizer.match(display), text);
  }

  private static void same(String what, String expected, String actual, String input) {
    if (!expected.equals(actual)) {
      throw new AssertionError(what + " differs for " + escape(input) + ": " + escape(expected) + " vs " + escape(actual));
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return b.append('"').toString();
  }
}
