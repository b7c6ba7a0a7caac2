package org.marsad.app.eval;

import java.util.Arrays;
import org.marsad.text.ArabicNormalizer;

/**
 * The speaker comparison of the quotation evaluation: after match-normalisation, the two
 * speakers agree when the words of one are a contiguous run of the words of the other
 * ("لافروف" ~ "سيرغي لافروف" ~ "وزير الخارجية الروسي سيرغي لافروف"; "الخارجية الروسية" ~
 * "وزارة الخارجية الروسية"). Two unknown speakers agree; unknown and known do not.
 */
public final class SpeakerMatch {
  private SpeakerMatch() {}

  public static boolean matches(String gold, String predicted) {
    if (gold == null || predicted == null) return gold == null && predicted == null;
    String[] g = words(gold), p = words(predicted);
    if (g.length == 0 || p.length == 0) return false;
    return g.length <= p.length ? containsRun(p, g) : containsRun(g, p);
  }

  private static String[] words(String s) {
    return Arrays.stream(ArabicNormalizer.match(s).split("[\\s\\p{Punct}،«»“”]+"))
        .filter(w -> !w.isEmpty()).toArray(String[]::new);
  }

  private static boolean containsRun(String[] hay, String[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) if (!hay[i + j].equals(needle[j])) continue outer;
      return true;
    }
    return false;
  }
}
