package org.marsad.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;

/**
 * The compound given name {@code عبد الله} is written apart or joined ({@code عبدالله}, {@code
 * عبدالعزيز}, {@code عبدالرحمن}); the tagger learnt names mostly from the written-apart form, and
 * tags the joined one as a name start, cutting the given name before it ({@code علي عبدالله صالح} →
 * {@code عبدالله صالح}, while {@code علي عبد الله صالح} is whole). So the tagger reads a joined
 * {@code عبدالX} as the two words {@code عبد} {@code الX}, and each word gets the tag of its two parts
 * back: the first part's when it is in a name, else the second's (a name starting there).
 */
final class JoinedAbdNames {
  private JoinedAbdNames() {}

  /** True for a joined {@code عبد} + a word with the article, three letters or more after it ({@code عبدالله}). */
  static boolean joined(String token) {
    String m = ArabicNormalizer.match(token);
    return token.startsWith("عبد") && m.startsWith("عبدال") && m.length() >= 7;
  }

  /** The sentences with every joined {@code عبدالX} written as two words; the same list when there is none. */
  static List<String[]> split(List<String[]> sentences) {
    if (sentences.stream().noneMatch(s -> java.util.Arrays.stream(s).anyMatch(JoinedAbdNames::joined))) return sentences;
    List<String[]> out = new ArrayList<>(sentences.size());
    for (String[] s : sentences) {
      List<String> words = new ArrayList<>(s.length + 2);
      for (String t : s) {
        if (joined(t)) {
          words.add(t.substring(0, 3));
          words.add(t.substring(3));
        } else {
          words.add(t);
        }
      }
      out.add(words.toArray(String[]::new));
    }
    return out;
  }

  /** The tags of the split sentences ({@link #split}) given back to the original words. */
  static List<String[]> join(List<String[]> sentences, List<String[]> splitTags) {
    if (splitTags.size() == sentences.size() && sameLengths(sentences, splitTags)) return splitTags;
    List<String[]> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      String[] s = sentences.get(i), tags = splitTags.get(i), joinedTags = new String[s.length];
      int j = 0;
      for (int k = 0; k < s.length; k++) {
        if (!joined(s[k])) {
          joinedTags[k] = tags[j++];
          continue;
        }
        String first = tags[j], second = tags[j + 1];
        j += 2;
        String prev = k == 0 ? "O" : joinedTags[k - 1];
        if (!first.equals("O")) {
          joinedTags[k] = first;
        } else if (second.equals("O")) {
          joinedTags[k] = "O";
        } else {
          String type = second.substring(2);
          joinedTags[k] = (prev.equals("O") || !prev.substring(2).equals(type) ? "B-" : "I-") + type;
        }
      }
      out.add(joinedTags);
    }
    return out;
  }

  private static boolean sameLengths(List<String[]> a, List<String[]> b) {
    for (int i = 0; i < a.size(); i++) if (a.get(i).length != b.get(i).length) return false;
    return true;
  }
}
