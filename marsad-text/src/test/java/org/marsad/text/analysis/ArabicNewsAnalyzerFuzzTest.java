package org.marsad.text.analysis;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.marsad.testkit.fuzz.FuzzText;

/**
 * Fuzz target: the index analysers (stemmed and exact) never fail, emit no empty term, keep
 * offsets within the text with start &lt;= end and starts in order, and never a negative
 * position increment (Lucene would reject the document at index time). Regression inputs:
 * src/test/resources/org/marsad/text/analysis/ArabicNewsAnalyzerFuzzTestInputs/analyze/.
 */
class ArabicNewsAnalyzerFuzzTest {
  private static Analyzer stemmed;
  private static Analyzer exact;

  @BeforeAll
  static void open() {
    stemmed = new ArabicNewsAnalyzer();
    exact = ArabicNewsAnalyzer.exact();
  }

  @AfterAll
  static void close() {
    stemmed.close();
    exact.close();
  }

  @FuzzTest(maxDuration = "10m")
  void analyze(byte[] input) throws IOException {
    String text = FuzzText.of(input);
    check(stemmed, text);
    check(exact, text);
  }

  private static void check(Analyzer analyzer, String text) throws IOException {
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int lastStart = 0;
      while (ts.incrementToken()) {
        int s = offset.startOffset();
        int e = offset.endOffset();
        if (term.length() == 0) {
          throw new AssertionError("empty term at " + s);
        }
        if (s < 0 || e > text.length() || s > e || s < lastStart) {
          throw new AssertionError("bad offsets [" + s + ", " + e + ") after " + lastStart + " for length " + text.length() + ": " + term);
        }
        if (inc.getPositionIncrement() < 0) {
          throw new AssertionError("negative position increment at " + term);
        }
        lastStart = s;
      }
      ts.end();
    }
  }
}
