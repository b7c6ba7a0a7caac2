package org.marsad.text.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.marsad.text.stem.ArabicLightStemmer;

/**
 * Applies {@link ArabicLightStemmer} to each term not marked as a keyword. Expects
 * match-normalised terms (put {@link ArabicMatchNormalizationFilter} before it). Options:
 * <ul>
 *   <li>{@code keepOriginal}: the term is kept and its stem, when different, follows it at the
 *       same position (like KeywordRepeatFilter + RemoveDuplicatesTokenFilter, in one pass);</li>
 *   <li>{@code alternatives}: a word starting with a bare ب ك ل ف also yields its second reading
 *       ({@link ArabicLightStemmer#alternative}) at the same position: لتركيا → لتركيا + تركيا.</li>
 * </ul>
 * Added terms are marked as keywords so that no later stemmer touches them. They keep the other
 * attributes (offsets, type) of the word they come from: the filter only rewrites the term, the
 * position increment and the keyword flag, instead of capturing and restoring the whole state,
 * which roughly halved the analyser's cost.
 */
public final class ArabicLightStemFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final boolean keepOriginal;
  private final boolean alternatives;
  private char[] stem = new char[32];
  private char[] alternative = new char[32];
  private int stemLength = -1;        // pending stem, -1 when none
  private int alternativeLength = -1; // pending second reading, -1 when none

  /** Stems in place, without the original or alternatives. */
  public ArabicLightStemFilter(TokenStream input) {
    this(input, false, false);
  }

  public ArabicLightStemFilter(TokenStream input, boolean keepOriginal, boolean alternatives) {
    super(input);
    this.keepOriginal = keepOriginal;
    this.alternatives = alternatives;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (stemLength >= 0) {
      emitPending(stem, stemLength);
      stemLength = -1;
      return true;
    }
    if (alternativeLength >= 0) {
      emitPending(alternative, alternativeLength);
      alternativeLength = -1;
      return true;
    }
    if (!input.incrementToken()) return false;
    if (keywordAtt.isKeyword()) return true;
    char[] term = termAtt.buffer();
    int len = termAtt.length();
    if (alternatives) {
      alternative = ArrayUtil.grow(alternative, len);
      alternativeLength = ArabicLightStemmer.alternative(term, len, alternative);
    }
    if (keepOriginal) {
      stem = ArrayUtil.grow(stem, len);
      System.arraycopy(term, 0, stem, 0, len);
      stemLength = ArabicLightStemmer.stem(stem, len);
      if (Arrays.equals(stem, 0, stemLength, term, 0, len)) stemLength = -1;
      if (alternativeLength >= 0 && (Arrays.equals(alternative, 0, alternativeLength, term, 0, len)
          || (stemLength >= 0 && Arrays.equals(alternative, 0, alternativeLength, stem, 0, stemLength)))) {
        alternativeLength = -1;
      }
    } else {
      int n = ArabicLightStemmer.stem(term, len);
      termAtt.setLength(n);
      if (alternativeLength >= 0 && Arrays.equals(alternative, 0, alternativeLength, term, 0, n)) alternativeLength = -1;
    }
    return true;
  }

  private void emitPending(char[] buf, int len) {
    termAtt.copyBuffer(buf, 0, len);
    posIncAtt.setPositionIncrement(0);
    keywordAtt.setKeyword(true);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    stemLength = -1;
    alternativeLength = -1;
  }
}
