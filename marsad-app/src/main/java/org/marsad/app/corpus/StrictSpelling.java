package org.marsad.app.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.nlp.entity.Transliterator;

/**
 * Whether a typed Latin word spells a word of an entity's Latin name closely enough to search the
 * entity's Arabic word as text. {@link Transliterator#sameWord} (the phonetic key: vowels, y, w and
 * h dropped, an initial ع read as a vowel) ranks entities, but as a text term it pulled in common
 * words: {@code Amir} → عمر ('mr), {@code Saleh} → سيول (Syol), {@code Jamal} → جميل (Jmil),
 * {@code Turki} → تركيا (Trkya) (session 14 review). Here the consonants must be the same, with h,
 * ع ({@code '}; a typed vowel stands for it only in a word of four letters or more) and consonant y/w counted, and each vowel the name word writes (a long Arabic vowel:
 * ا، و، ي) must be met by a typed vowel of its kind; short vowels the name does not write are free.
 * An organisation's name word written with the article (النصر, al-Nsr) is not spelt by a typed word
 * without it: such a name is a common noun ({@code Nasr} is a person's name, النصر a club and
 * "victory"); English drops the article of people's names only ({@code Assad} الأسد).
 */
final class StrictSpelling {
  private StrictSpelling() {}

  static boolean spells(String typed, String nameWord, String entityType) {
    if (!Transliterator.sameWord(typed, nameWord)) return false;
    String n = nameWord.toLowerCase(Locale.ROOT);
    boolean nameArticle = n.startsWith("al-");
    for (String form : Transliterator.queryForms(typed)) { // John is Jon (جون)
      String t = form.toLowerCase(Locale.ROOT);
      boolean typedArticle = t.startsWith("al-");
      if (nameArticle && !typedArticle && "ORG".equals(entityType)) continue;
      List<String> typedSegments = segments(typedArticle ? t.substring(3) : t);
      String name = nameArticle ? n.substring(3) : n;
      List<String> nameSegments = segments(name);
      if (!typedSegments.contains("'") && nameSegments.contains("'") && name.length() > SHORT_AYN_WORD) nameSegments = withoutAyn(nameSegments);
      if (sameSegments(typedSegments, nameSegments)) return true;
    }
    return false;
  }

  /**
   * Letters (with the {@code '} of ع) a name word needs before a typed vowel may stand for its ع
   * ({@code Adil} عادل, {@code Abdulaziz} عبدالعزيز, as English writes them): in a word of three
   * ({@code 'mr}, عمر) too little is left to compare, and {@code Amir} (أمير) is not عمر.
   */
  private static final int SHORT_AYN_WORD = 3;

  /** The segments with each ع left out: the vowel clusters around it are one, which a typed vowel must fill ({@code *}). */
  private static List<String> withoutAyn(List<String> segments) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      if (i % 2 == 1 && segments.get(i).equals("'")) {
        String before = out.remove(out.size() - 1);
        String merged = (before + segments.get(i + 1)).replace("*", "");
        out.add(merged.isEmpty() ? "*" : merged);
        i++;
      } else {
        out.add(segments.get(i));
      }
    }
    return out;
  }

  /** Same consonants in order, and every vowel cluster of the name met by a typed one sharing a vowel kind. */
  private static boolean sameSegments(List<String> typed, List<String> name) {
    if (typed.size() != name.size()) return false;
    for (int i = 0; i < name.size(); i++) {
      String t = typed.get(i), n = name.get(i);
      if (i % 2 == 1) {
        if (!t.equals(n)) return false;
      } else if (n.equals("*") ? t.isEmpty() : !n.isEmpty() && !articleInside(name, i) && !sharesKind(t, n)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether cluster i is the alif of an article inside a word (عبدالعزيز, {@code 'bdal'ziz}): it is
   * read with the vowel before it, so English writes it u, e or a ({@code Abdulaziz}, {@code Abdel}).
   */
  private static boolean articleInside(List<String> name, int i) {
    return i > 0 && name.get(i).equals("a") && i + 1 < name.size() && name.get(i + 1).equals("l");
  }

  /** Whether two vowel clusters have a vowel kind in common (a; i, y; o, u, w; e is a or i). */
  private static boolean sharesKind(String typed, String name) {
    String tk = kinds(typed), nk = kinds(name);
    for (char c : tk.toCharArray()) if (nk.indexOf(c) >= 0) return true;
    return false;
  }

  private static String kinds(String cluster) {
    StringBuilder sb = new StringBuilder();
    for (char c : cluster.toCharArray()) {
      sb.append(switch (c) {
        case 'a' -> "a";
        case 'e' -> "ai";
        case 'i', 'y' -> "i";
        default -> "u"; // o, u, w
      });
    }
    return sb.toString();
  }

  /**
   * The word as vowel cluster, consonant, vowel cluster, …, vowel cluster (a cluster may be empty):
   * digraphs of one Arabic letter are one consonant (kh, th, dh, sh; ch as sh; gh as g), letters Arabic
   * writes alike are folded (v/f, p/b, q/k, c, j/g, x), doubled consonants are one, y and w before a
   * vowel are consonants, and a final h after a vowel is dropped (Jeddah: a teh marbuta).
   */
  static List<String> segments(String w) {
    List<String> out = new ArrayList<>();
    StringBuilder vowels = new StringBuilder();
    String prev = null;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if ((c < 'a' || c > 'z') && c != '\'') continue;
      char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      boolean nextVowel = "aeiou".indexOf(next) >= 0;
      if ("aeiou".indexOf(c) >= 0 || (c == 'y' || c == 'w') && !nextVowel) {
        vowels.append(c);
        continue;
      }
      if (c == 'h' && i == w.length() - 1 && vowels.length() > 0) continue;
      String unit;
      if (next == 'h' && "kgtdsc".indexOf(c) >= 0) {
        unit = switch (c) {
          case 'c' -> "sh";
          case 'g' -> "g"; // غ is also written g (Sergei, سيرغي)
          default -> c + "h";
        };
        i++;
      } else {
        unit = switch (c) {
          case 'v' -> "f";
          case 'p' -> "b";
          case 'q' -> "k";
          case 'c' -> "eiy".indexOf(next) >= 0 ? "s" : "k";
          case 'j' -> "g";
          default -> String.valueOf(c);
        };
      }
      if (unit.equals(prev) && vowels.length() == 0) continue; // Assad, Kerry
      for (String u : c == 'x' ? List.of("k", "s") : List.of(unit)) {
        out.add(vowels.toString());
        out.add(u);
        vowels.setLength(0);
      }
      prev = c == 'x' ? "s" : unit;
    }
    out.add(vowels.toString());
    return out;
  }
}
