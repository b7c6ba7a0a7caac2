package org.marsad.text.token;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.marsad.testkit.fuzz.FuzzText;
import org.marsad.testkit.fuzz.Spans;

/**
 * Fuzz target: the tokeniser never fails, and its tokens are non-empty, in order, disjoint,
 * within the text, and spell exactly the text at their offsets. Regression inputs:
 * src/test/resources/org/marsad/text/token/NewsTokenizerFuzzTestInputs/tokenize/.
 */
class NewsTokenizerFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void tokenize(byte[] input) {
    String text = FuzzText.of(input);
    List<Token> tokens = NewsTokenizer.tokenize(text);
    Spans.check("token", tokens, Token::start, Token::end, text.length(), true, true);
    for (Token t : tokens) {
      if (!t.text().equals(text.substring(t.start(), t.end()))) {
        throw new AssertionError("token text differs from its span: " + t);
      }
      if (t.text().isBlank()) {
        throw new AssertionError("blank token: " + t);
      }
    }
  }
}
