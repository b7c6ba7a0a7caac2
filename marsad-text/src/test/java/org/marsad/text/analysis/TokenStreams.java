package org.marsad.text.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Test helper: the terms an analyser produces, with "=" before a term at the same position as
 * the previous one (lucene-test-framework's BaseTokenStreamTestCase needs JUnit 4 and
 * randomizedtesting, which this JUnit 5 build does not carry).
 */
final class TokenStreams {
  private TokenStreams() {}

  static List<String> terms(Analyzer a, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add((inc.getPositionIncrement() == 0 ? "=" : "") + term);
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
