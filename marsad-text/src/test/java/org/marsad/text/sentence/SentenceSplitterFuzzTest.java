package org.marsad.text.sentence;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.marsad.testkit.fuzz.FuzzText;
import org.marsad.testkit.fuzz.Spans;

/**
 * Fuzz target: the sentence splitter never fails, and its sentences are non-empty, in order,
 * disjoint, within the text and trimmed (no white space at either end). Regression inputs:
 * src/test/resources/org/marsad/text/sentence/SentenceSplitterFuzzTestInputs/split/.
 */
class SentenceSplitterFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void split(byte[] input) {
    String text = FuzzText.of(input);
    List<Sentence> sentences = SentenceSplitter.split(text);
    Spans.check("sentence", sentences, Sentence::start, Sentence::end, text.length(), true, true);
    for (Sentence s : sentences) {
      String t = s.textIn(text);
      if (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1))) {
        throw new AssertionError("untrimmed sentence " + s + ": \"" + t + "\"");
      }
    }
  }
}
