package org.marsad.nlp.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;
import org.marsad.text.token.TokenType;

/**
 * The content terms of a text, the vocabulary Marsad's statistical models see:
 * <ul>
 *   <li>tokens from {@link NewsTokenizer}, words only (Arabic and Latin; numbers, URLs and
 *       punctuation are dropped, they carry no topic);</li>
 *   <li>each word match-normalised ({@link ArabicNormalizer#match}) and Latin lower-cased;</li>
 *   <li>stop words removed (the bundled MIT list, match-normalised), single letters removed;</li>
 *   <li>Arabic words light-stemmed (prefixes ال/وال/بال/كال/فال/لل/و, common suffixes) with
 *       Lucene's {@link ArabicStemmer}; a stem shorter than two letters keeps the unstemmed word.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ContentTerms {
  private static final String STOPWORD_FILE = "stopwords-ar.txt";
  private static final ArabicStemmer STEMMER = new ArabicStemmer(); // stateless: stems in place

  private ContentTerms() {}

  /** The content terms of {@code text} in reading order. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    for (Token t : NewsTokenizer.tokenize(text)) {
      String term = term(t);
      if (term != null) out.add(term);
    }
    return out;
  }

  /** The content term of one token, or null when the token is not a content word. */
  public static String term(Token t) {
    if (t.type() != TokenType.ARABIC_WORD && t.type() != TokenType.LATIN_WORD) return null;
    String w = ArabicNormalizer.match(t.text()).toLowerCase(Locale.ROOT);
    if (w.length() < 2 || isStopword(w)) return null;
    if (t.type() == TokenType.ARABIC_WORD) w = stem(w);
    return w;
  }

  /** Whether a match-normalised word is a stop word. */
  public static boolean isStopword(String matchNormalisedWord) {
    return StopwordHolder.WORDS.contains(matchNormalisedWord);
  }

  /** Light stem of a match-normalised Arabic word. */
  static String stem(String w) {
    char[] buf = w.toCharArray();
    int len = STEMMER.stem(buf, buf.length);
    return len >= 2 ? new String(buf, 0, len) : w;
  }

  /** Loaded on first use; a missing resource is a packaging bug, hence unchecked. */
  private static final class StopwordHolder {
    static final Set<String> WORDS = load();

    private static Set<String> load() {
      Set<String> words = new HashSet<>();
      try (InputStream in = ContentTerms.class.getResourceAsStream(STOPWORD_FILE)) {
        if (in == null) throw new IOException("resource " + STOPWORD_FILE + " missing");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
          String w = line.strip();
          if (w.isEmpty() || w.startsWith("#")) continue;
          words.add(ArabicNormalizer.match(w));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Unable to load the Arabic stop words", e);
      }
      return Set.copyOf(words);
    }
  }
}
