package org.marsad.ingest.charset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Letter-bigram log-probabilities of Arabic words, used to tell which of two Arabic
 * single-byte charsets turned a short input into likelier Arabic ("سلام" rather than "سناه").
 * The table ({@code arabic-letter-bigrams.tsv}) is counted from the ANT corpus by
 * {@code marsad-ingest/tools/arabic_letter_bigrams.py}; see docs/models.md.
 */
final class ArabicLetterModel {
  private static final char BOUNDARY = '_';
  private static final char TATWEEL = '\u0640';
  private static final char FATHATAN = '\u064B';
  /** Log-probability of a diacritic other than fathatan in news copy (about 1 in 200 letters). */
  private static final double RARE_MARK = Math.log(1.0 / 200);
  private static final String TABLE = "arabic-letter-bigrams.tsv";

  private final Map<Integer, Double> logProb = new HashMap<>();
  private final double unseen;

  private ArabicLetterModel(Map<Integer, Long> counts, Map<Character, Long> totals, int vocabulary) {
    counts.forEach((key, n) -> {
      char prev = (char) (key >>> 16);
      logProb.put(key, Math.log((n + 1.0) / (totals.get(prev) + vocabulary)));
    });
    long max = totals.values().stream().mapToLong(Long::longValue).max().orElse(1);
    this.unseen = Math.log(1.0 / (max + vocabulary));
  }

  /** Loaded once, lazily (the holder idiom). */
  private static final class Holder {
    static final ArabicLetterModel INSTANCE = load();
  }

  static ArabicLetterModel get() {
    return Holder.INSTANCE;
  }

  /** True for the letters the model knows (hamza to yeh, without tatweel). */
  static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A' && c != TATWEEL;
  }

  /** Arabic diacritics and tatweel, which the model skips. */
  static boolean isArabicMark(char c) {
    return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == TATWEEL;
  }

  /** Sum of bigram log-probabilities of an Arabic word, boundaries included. */
  double wordLogProb(CharSequence word) {
    double sum = 0;
    char prev = BOUNDARY;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (isArabicMark(c)) {
        if (isTanween(c) && !tanweenMayEnd(word, i + 1)) {
          sum += unseen; // tanween inside a word: a wrong charset turned a letter into a mark
        } else if (c != FATHATAN && c != TATWEEL) {
          sum += RARE_MARK; // news copy is unvocalised; ISO-8859-6 puts marks where Windows-1256 has letters
        }
        continue;
      }
      sum += bigram(prev, c);
      prev = c;
    }
    return sum + bigram(prev, BOUNDARY);
  }

  private static boolean isTanween(char c) {
    return c >= '\u064B' && c <= '\u064D';
  }

  /** Tanween ends a word, possibly before one final alef or alef maqsura ("شكراً", "هدىً"). */
  private static boolean tanweenMayEnd(CharSequence word, int from) {
    int letters = 0;
    for (int i = from; i < word.length(); i++) {
      char c = word.charAt(i);
      if (isArabicMark(c)) {
        continue;
      }
      if (++letters > 1 || c != '\u0627' && c != '\u0649') {
        return false;
      }
    }
    return true;
  }

  private double bigram(char prev, char next) {
    return logProb.getOrDefault(prev << 16 | next, unseen);
  }

  private static ArabicLetterModel load() {
    Map<Integer, Long> counts = new HashMap<>();
    Map<Character, Long> totals = new HashMap<>();
    try (InputStream in = ArabicLetterModel.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TABLE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split("\t");
        if (f.length != 3) {
          continue;
        }
        char prev = f[0].charAt(0);
        long n = Long.parseLong(f[2]);
        counts.put(prev << 16 | f[1].charAt(0), n);
        totals.merge(prev, n, Long::sum);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load " + TABLE, e);
    }
    return new ArabicLetterModel(counts, totals, totals.size() + 1);
  }
}
