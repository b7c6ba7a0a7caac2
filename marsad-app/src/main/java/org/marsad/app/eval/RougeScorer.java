package org.marsad.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;
import org.marsad.text.token.TokenType;

/**
 * ROUGE-N and ROUGE-L F-measures (Lin 2004) for Arabic. Hand-written: the reference Perl
 * scorer and its ports tokenise for English (they drop Arabic letters). Tokens are the
 * tokeniser's words and numbers, match-normalised (so hamza, tatweel, diacritic and teh-marbuta
 * variants match) and lower-cased; no stemming, no stop-word removal. N-gram counts are
 * clipped; ROUGE-L is summary-level LCS over the whole token sequences; F has beta = 1.
 * With several references the F-measure is the <b>average</b> over references.
 */
public final class RougeScorer {
  /** Precision, recall and F1 of one comparison. */
  public record Prf(double precision, double recall, double f) {
    static Prf of(double overlap, int candidate, int reference) {
      double p = candidate == 0 ? 0 : overlap / candidate;
      double r = reference == 0 ? 0 : overlap / reference;
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  private RougeScorer() {}

  /** The scorer's tokens of a text. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : NewsTokenizer.tokenize(text)) {
      if (t.type() == TokenType.ARABIC_WORD || t.type() == TokenType.LATIN_WORD || t.type() == TokenType.NUMBER) {
        String w = ArabicNormalizer.match(t.text()).toLowerCase(Locale.ROOT);
        if (!w.isEmpty()) out.add(w);
      }
    }
    return out;
  }

  public static Prf rougeN(List<String> candidate, List<String> reference, int n) {
    Map<String, Integer> c = ngrams(candidate, n), r = ngrams(reference, n);
    int overlap = 0;
    for (Map.Entry<String, Integer> e : c.entrySet()) overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    return Prf.of(overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
  }

  public static Prf rougeL(List<String> candidate, List<String> reference) {
    return Prf.of(lcs(candidate, reference), candidate.size(), reference.size());
  }

  /** Mean F over the references of ROUGE-N (n = 1, 2) or ROUGE-L (n = 0). */
  public static double averageF(List<String> candidate, List<List<String>> references, int n) {
    double sum = 0;
    for (List<String> ref : references) sum += (n == 0 ? rougeL(candidate, ref) : rougeN(candidate, ref, n)).f();
    return references.isEmpty() ? 0 : sum / references.size();
  }

  static int lcs(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1], cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev; prev = cur; cur = t;
    }
    return prev[b.size()];
  }

  private static Map<String, Integer> ngrams(List<String> tokens, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
    return out;
  }
}
