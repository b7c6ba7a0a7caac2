package org.marsad.store.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The tokens one analyser produced for a text (term, offsets, position increment, type, and the
 * final offset and position increment of {@code end()}), kept so that several index fields can
 * be fed from one analysis: {@link Replay} plays them back as a tokenizer, with the same
 * attributes, so filters put after it see exactly what they would see after the recorded analyser.
 */
final class RecordedWords {
  private char[] chars = new char[256];
  private int[] termEnd = new int[64];
  private int[] startOffset = new int[64];
  private int[] endOffset = new int[64];
  private int[] positionIncrement = new int[64];
  private String[] type = new String[64];
  private int size;
  private int finalOffset;
  private int finalPositionIncrement;

  private RecordedWords() {}

  /** Runs {@code analyzer} over {@code text} as field {@code field} and records its tokens. */
  static RecordedWords of(Analyzer analyzer, String field, String text) {
    RecordedWords r = new RecordedWords();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute typeAtt = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) r.add(term, offset.startOffset(), offset.endOffset(), posInc.getPositionIncrement(), typeAtt.type());
      ts.end();
      r.finalOffset = offset.endOffset();
      r.finalPositionIncrement = posInc.getPositionIncrement();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text", e); // a StringReader does not fail
    }
    return r;
  }

  private void add(CharTermAttribute term, int start, int end, int posInc, String tokenType) {
    if (size == termEnd.length) {
      int n = size * 2;
      termEnd = Arrays.copyOf(termEnd, n);
      startOffset = Arrays.copyOf(startOffset, n);
      endOffset = Arrays.copyOf(endOffset, n);
      positionIncrement = Arrays.copyOf(positionIncrement, n);
      type = Arrays.copyOf(type, n);
    }
    int from = size == 0 ? 0 : termEnd[size - 1];
    if (from + term.length() > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + term.length()));
    System.arraycopy(term.buffer(), 0, chars, from, term.length());
    termEnd[size] = from + term.length();
    startOffset[size] = start;
    endOffset[size] = end;
    positionIncrement[size] = posInc;
    type[size] = tokenType;
    size++;
  }

  /** Number of recorded tokens. */
  int size() {
    return size;
  }

  /** The input of a {@link Replay}: carries the recording instead of characters. */
  Reader reader() {
    return new Source(this);
  }

  private static final class Source extends Reader {
    final RecordedWords words;

    Source(RecordedWords words) {
      this.words = words;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      throw new UnsupportedOperationException("recorded tokens are replayed, not read");
    }

    @Override
    public void close() {}
  }

  /** A tokenizer that plays back the recording given as its reader ({@link #reader()}). */
  static final class Replay extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private RecordedWords words;
    private int next;

    @Override
    public void reset() throws IOException {
      super.reset();
      if (!(input instanceof Source s)) throw new IllegalStateException("a replay needs RecordedWords.reader()");
      words = s.words;
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next == words.size) return false;
      clearAttributes();
      int from = next == 0 ? 0 : words.termEnd[next - 1];
      term.copyBuffer(words.chars, from, words.termEnd[next] - from);
      offset.setOffset(words.startOffset[next], words.endOffset[next]);
      posInc.setPositionIncrement(words.positionIncrement[next]);
      typeAtt.setType(words.type[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(words.finalOffset, words.finalOffset);
      posInc.setPositionIncrement(words.finalPositionIncrement);
    }

    @Override
    public void close() throws IOException {
      super.close();
      words = null;
    }
  }
}
