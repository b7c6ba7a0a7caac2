package org.marsad.app.eval;

import java.util.Arrays;
import org.marsad.text.ArabicNormalizer;

/**
 * The speaker comparison of the quotation evaluation: after match-normalisation, the two
 * speakers agree when the words of one are a contiguous run of the words of the other
 * ("لافروف" ~ "سيرغي لافروف" ~ "وزير الخارجية الروسي سيرغي لافروف"; "الخارجية الروسية" ~
 * "وزارة الخارجية الروسية"). A name written with fewer links of its lineage also agrees: the
 * words of the shorter appear in order in the longer and both start and end with the same word
 * ("نايف بن سعيدان" ~ "نايف بن مناحي بن سعيدان"). Two unknown speakers agree; unknown and known
 * do not.
 */
public final class SpeakerMatch {
  private SpeakerMatch() {}

  public static boolean matches(String gold, String predicted) {
    if (gold == null || predicted == null) return gold == null && predicted == null;
    String[] g = words(gold), p = words(predicted);
    if (g.length == 0 || p.length == 0) return false;
    String[] shorter = g.length <= p.length ? g : p, longer = g.length <= p.length ? p : g;
    return containsRun(longer, shorter) || sameNameShortened(longer, shorter);
  }

  private static boolean sameNameShortened(String[] longer, String[] shorter) {
    if (shorter.length < 2 || !shorter[0].equals(longer[0])
        || !shorter[shorter.length - 1].equals(longer[longer.length - 1])) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < longer.length && j < shorter.length; i++) if (longer[i].equals(shorter[j])) j++;
    return j == shorter.length;
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
