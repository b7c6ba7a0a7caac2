package org.marsad.store.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/**
 * The three index fields of an article body ({@link ArticleFields#BODY}, {@link ArticleFields#BODY_EXACT},
 * {@link ArticleFields#BODY_ROOTS}) from one analysis of the text. Their analysers
 * ({@link IndexAnalyzers}) all start with the same unstemmed chain (tokenizer, lower case, match
 * normalisation, stop words, spelling variants: {@link ArabicNewsAnalyzer#exact()}); the body
 * then adds the stemmed readings and the root field the root filter. Run separately, that chain
 * went over every body three times. Here it runs once per body ({@link RecordedWords}) and each
 * field replays its words through its own remaining filters, so the terms, positions and offsets
 * indexed are the same as with the analysers of {@link IndexAnalyzers} (TestBodyFields checks
 * this field by field).
 */
final class BodyFields {
  /** The unstemmed chain, run once per body. Thread-safe: one token stream per thread. */
  private static final Analyzer WORDS = ArabicNewsAnalyzer.exact();
  private static final Analyzer EXACT = replaying(null);
  private static final Analyzer STEMMED = replaying(ArabicNewsAnalyzer::stemmedReadings);
  private static final Analyzer ROOTS = replaying(RootFilter::new);

  private BodyFields() {}

  /** What a field adds after the unstemmed chain (null: nothing). */
  private interface Readings {
    TokenStream over(TokenStream words);
  }

  private static Analyzer replaying(Readings readings) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        RecordedWords.Replay source = new RecordedWords.Replay();
        return new TokenStreamComponents(source, readings == null ? source : readings.over(source));
      }
    };
  }

  /** The body, exact and root fields of {@code body}, in that order, with the given field types. */
  static Field[] of(String body, IndexableFieldType bodyType, IndexableFieldType exactType, IndexableFieldType rootsType) {
    RecordedWords words = RecordedWords.of(WORDS, ArticleFields.BODY_EXACT, body);
    return new Field[] {
      new Replayed(ArticleFields.BODY, body, bodyType, STEMMED, words),
      new Replayed(ArticleFields.BODY_EXACT, body, exactType, EXACT, words),
      new Replayed(ArticleFields.BODY_ROOTS, body, rootsType, ROOTS, words)
    };
  }

  /** A text field (stored as its string when its type says so) whose tokens come from a recording. */
  private static final class Replayed extends Field {
    private final Analyzer readings;
    private final RecordedWords words;

    Replayed(String name, String value, IndexableFieldType type, Analyzer readings, RecordedWords words) {
      super(name, value, type);
      this.readings = readings;
      this.words = words;
    }

    @Override
    public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
      if (!fieldType().tokenized()) return super.tokenStream(ignored, reuse);
      return readings.tokenStream(name(), words.reader());
    }
  }
}
