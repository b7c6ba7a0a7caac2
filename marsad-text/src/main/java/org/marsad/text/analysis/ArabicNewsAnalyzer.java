package org.marsad.text.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.marsad.text.ArabicNormalizer;

/**
 * Marsad's Arabic analyser for news search. The chain:
 * <ol>
 *   <li>{@link ArabicNewsTokenizer}: words, numbers, URLs, e-mails, hashtags, mentions, phones;</li>
 *   <li>{@link LowerCaseFilter};</li>
 *   <li>{@link ArabicMatchNormalizationFilter}: diacritics, tatweel, hamza/alef/yeh/teh marbuta folding, digits;</li>
 *   <li>{@link StopFilter} with {@code stopwords.txt} (the MIT-licensed list by M. T. Alrefaie,
 *       match-normalised and stripped of words that carry content in news);</li>
 *   <li>{@link ArabicSpellingVariantFilter}: سوريا→سورية and other name variants;</li>
 *   <li>{@link ArabicLightStemFilter} (keepOriginal, alternatives): each word is kept and its
 *       protected-word aware light stem, when different, follows at the same position, plus the
 *       second reading of words that start with a bare ب ك ل ف (لتركيا → تركيا);</li>
 *   <li>{@link ArabicSpellingVariantFilter} again, for variants that only appear as stems
 *       (الأميركية → اميركي → امريكي).</li>
 * </ol>
 * Indexing the surface form next to the stem keeps exact forms scoring higher than mere stem
 * matches while the stem gives recall across clitics and inflection.
 *
 * <p>{@link #exact()} is the unstemmed variant for the phrase/exact field: steps 1–5.
 * {@link #normalize} (query-time normalisation of wildcard and fuzzy terms) applies steps 2–3.
 */
public final class ArabicNewsAnalyzer extends Analyzer {
  /** Name of the stop-word resource next to this class. */
  public static final String DEFAULT_STOPWORD_FILE = "stopwords.txt";

  /**
   * Positions left empty between two values of one multi-valued field (section headings, entity
   * and speaker names), so a phrase cannot run from the end of one value into the next: with no
   * gap, {@code "هادي علي"} matched an article naming عبد ربه منصور هادي and then علي عبد الله صالح.
   * Solr's field types say the same ({@code positionIncrementGap="100"}).
   */
  public static final int VALUE_POSITION_GAP = 100;

  private final boolean stem;

  /** The stemmed analyser (surface forms and stems at the same positions). */
  public ArabicNewsAnalyzer() {
    this(true);
  }

  private ArabicNewsAnalyzer(boolean stem) {
    this.stem = stem;
  }

  /** The unstemmed analyser for exact and phrase matching: normalised surface forms only. */
  public static ArabicNewsAnalyzer exact() {
    return new ArabicNewsAnalyzer(false);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return VALUE_POSITION_GAP;
  }

  /** Whether this analyser stems (false for {@link #exact()}). */
  public boolean stems() {
    return stem;
  }

  /** The default stop words, match-normalised. */
  public static CharArraySet defaultStopSet() {
    return DefaultSetHolder.DEFAULT_STOP_SET;
  }

  private static final class DefaultSetHolder {
    static final CharArraySet DEFAULT_STOP_SET = load();

    private static CharArraySet load() {
      CharArraySet set = new CharArraySet(600, false);
      try (InputStream in = ArabicNewsAnalyzer.class.getResourceAsStream(DEFAULT_STOPWORD_FILE)) {
        if (in == null) throw new IOException("resource not found: " + DEFAULT_STOPWORD_FILE);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
          line = line.strip();
          if (!line.isEmpty() && !line.startsWith("#")) set.add(ArabicNormalizer.match(line));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Unable to load default stopword set", e);
      }
      return CharArraySet.unmodifiableSet(set);
    }
  }

  /**
   * The unstemmed chain over a tokenizer: lower case, match normalisation, stop words, spelling
   * variants (what {@link #exact()} produces); experiments build other readings on top of it.
   */
  public static TokenStream normalisedWords(Tokenizer source) {
    TokenStream result = new LowerCaseFilter(source);
    result = new ArabicMatchNormalizationFilter(result);
    // The order matters: the stop words are stored normalised, so they are removed after normalisation.
    result = new StopFilter(result, DefaultSetHolder.DEFAULT_STOP_SET);
    // Variants are folded before stemming, so that the stemmer sees the canonical spelling
    // (سوريا → سورية, which it protects), and after, for variants that only show as stems.
    return new ArabicSpellingVariantFilter(result);
  }

  /**
   * The stemmed readings over the output of {@link #normalisedWords} (steps 6–7): what this
   * analyser adds to {@link #exact()}. Public so that an index that has already run the unstemmed
   * chain over a text can derive the stemmed field from those words without analysing the text again.
   */
  public static TokenStream stemmedReadings(TokenStream normalisedWords) {
    TokenStream result = new ArabicLightStemFilter(normalisedWords, true, true);
    return new ArabicSpellingVariantFilter(result);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new ArabicNewsTokenizer();
    TokenStream result = normalisedWords(source);
    if (stem) result = stemmedReadings(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ArabicMatchNormalizationFilter(new LowerCaseFilter(in), false);
  }
}
