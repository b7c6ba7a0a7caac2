package org.marsad.text.stem;

/**
 * A root reading of a match-normalised Arabic word, by the ISRI algorithm (K. Taghva, R. Elkhoury,
 * J. Coombs, "Arabic Stemming without a Root Dictionary", ITCC 2005), written for Marsad's folded
 * letters: the input is already match-normalised (ة is ه, ى and ئ are ي, أ إ آ are ا, ؤ is و,
 * no diacritics). No Lucene types.
 *
 * <p>Why a root at all: the light stemmer ({@link ArabicLightStemmer}) only strips clitics and
 * inflection, so the broken plural and the derived forms of one root stay apart (مفاوضات and
 * التفاوض, انتقد and ينتقد and انتقاد). A root reading joins them. It also joins unrelated words
 * that share a root (كتاب and مكتب), which is why search uses it as a low-weight extra clause
 * next to the word's own readings, never instead of them (docs/search.md).
 *
 * <p>The steps, as in the paper (which uses no root dictionary, so an unknown pattern leaves a
 * normalised stem rather than the original word):
 * <ol>
 *   <li>article and its particles (كال بال ولل وال when ≥ 6 letters, ال لل when ≥ 5) off;</li>
 *   <li>one pronoun or inflection suffix (تمل همل تان تين كمل when ≥ 6 letters; ون ات ان ين تن
 *       كم هن نا يا ها تم كن ني وا ما هم when ≥ 5) off;</li>
 *   <li>a conjunction و before a word that starts with و off;</li>
 *   <li>words of 4 to 7 letters matched against the common derivation patterns of a
 *       three-letter root (مفعل فاعل فعال فعول فعيل فعله; افتعل مفعول مفعله تفعيل انفعل افعال
 *       فعلان فواعل فاعله …; استفعل مستفعل افتعال تفاعيل …) and of four-letter roots (تفعلل
 *       فعالل افعلال متفعلل); where no pattern fits, one short suffix (ه ي ك ت ا ن) or prefix
 *       (ل ب ف س و ي ت ن ا) is taken off and the shorter word tried again.</li>
 * </ol>
 * Words of 3 letters or fewer, and longer than 7 after step 2, are returned after steps 1–3.
 */
public final class ArabicRootStemmer {
  private static final char ALEF = '\u0627';
  private static final char TEH = '\u062A';
  private static final char MEEM = '\u0645';
  private static final char NOON = '\u0646';
  private static final char HEH = '\u0647';
  private static final char WAW = '\u0648';
  private static final char YEH = '\u064A';

  private static final String[] PREFIXES_3 = {"كال", "بال", "ولل", "وال"};
  private static final String[] PREFIXES_2 = {"ال", "لل"};
  private static final String PREFIXES_1 = "لبفسويتنا";
  private static final String[] SUFFIXES_3 = {"تمل", "همل", "تان", "تين", "كمل"};
  private static final String[] SUFFIXES_2 = {
    "ون", "ات", "ان", "ين", "تن", "كم", "هن", "نا", "يا", "ها", "تم", "كن", "ني", "وا", "ما", "هم"};
  /** ة and ه are one letter after match normalisation, so the paper's ة suffix is ه here. */
  private static final String SUFFIXES_1 = "هيكتان";

  private ArabicRootStemmer() {}

  /** The root reading of a match-normalised word (the word itself when nothing applies). */
  public static String root(String word) {
    String w = withoutAffixes(word);
    return switch (w.length()) {
      case 4 -> fourLetters(w);
      case 5 -> afterFive(fiveLetters(w));
      case 6 -> afterSix(sixLetters(w));
      case 7 -> sevenLetters(w);
      default -> w;
    };
  }

  /** Steps 1–3: article, one suffix, a doubled conjunction و. */
  private static String withoutAffixes(String w) {
    w = stripPrefix(w);
    w = stripSuffix(w);
    if (w.length() >= 4 && w.charAt(0) == WAW && w.charAt(1) == WAW) w = w.substring(1);
    return w;
  }

  private static String stripPrefix(String w) {
    if (w.length() >= 6) for (String p : PREFIXES_3) if (w.startsWith(p)) return w.substring(3);
    if (w.length() >= 5) for (String p : PREFIXES_2) if (w.startsWith(p)) return w.substring(2);
    return w;
  }

  private static String stripSuffix(String w) {
    if (w.length() >= 6) for (String s : SUFFIXES_3) if (w.endsWith(s)) return w.substring(0, w.length() - 3);
    if (w.length() >= 5) for (String s : SUFFIXES_2) if (w.endsWith(s)) return w.substring(0, w.length() - 2);
    return w;
  }

  private static String sevenLetters(String w) {
    w = shortSuffix(w);
    if (w.length() == 7) w = shortPrefix(w);
    return w.length() == 6 ? afterSix(sixLetters(w)) : w;
  }

  /** Three-letter roots of four-letter patterns. */
  private static String fourLetters(String w) {
    char c0 = w.charAt(0), c1 = w.charAt(1), c2 = w.charAt(2), c3 = w.charAt(3);
    if (c0 == MEEM) return w.substring(1); // مفعل
    if (c1 == ALEF) return "" + c0 + c2 + c3; // فاعل
    if (c2 == ALEF || c2 == WAW || c2 == YEH) return "" + c0 + c1 + c3; // فعال فعول فعيل
    if (c3 == HEH) return w.substring(0, 3); // فعلة
    w = shortSuffix(w);
    return w.length() == 4 ? shortPrefix(w) : w;
  }

  /** Three-letter roots of five-letter patterns. */
  private static String fiveLetters(String w) {
    char c0 = w.charAt(0), c1 = w.charAt(1), c2 = w.charAt(2), c3 = w.charAt(3), c4 = w.charAt(4);
    if (c0 == ALEF && (c2 == ALEF || c2 == TEH)) return c1 + w.substring(3); // افتعل افاعل
    if (c0 == MEEM && (c3 == ALEF || c3 == YEH || c3 == WAW)) return w.substring(1, 3) + c4; // مفعول مفعال مفعيل
    if ((c0 == ALEF || c0 == TEH || c0 == MEEM) && c4 == HEH) return w.substring(1, 4); // مفعلة تفعلة افعلة
    if ((c0 == MEEM || c0 == YEH || c0 == TEH) && c2 == TEH) return c1 + w.substring(3); // مفتعل يفتعل تفتعل
    if ((c0 == MEEM || c0 == TEH) && c2 == ALEF) return c1 + w.substring(3); // مفاعل تفاعل
    if ((c2 == ALEF || c2 == WAW) && c4 == HEH) return w.substring(0, 2) + c3; // فعولة فعالة
    if ((c0 == ALEF || c0 == MEEM) && c1 == NOON) return w.substring(2); // انفعل منفعل
    if (c0 == ALEF && c3 == ALEF) return w.substring(1, 3) + c4; // افعال
    if (c3 == ALEF && c4 == NOON) return w.substring(0, 3); // فعلان
    if (c0 == TEH && c3 == YEH) return w.substring(1, 3) + c4; // تفعيل
    if (c1 == ALEF && c3 == WAW) return "" + c0 + c2 + c4; // فاعول
    if (c1 == WAW && c2 == ALEF) return c0 + w.substring(3); // فواعل
    if (c2 == ALEF && c3 == YEH) return w.substring(0, 2) + c4; // فعائل (ئ is ي here)
    if (c1 == ALEF && c4 == HEH) return c0 + w.substring(2, 4); // فاعلة
    if (c2 == ALEF && c4 == YEH) return w.substring(0, 2) + c3; // فعالي
    w = shortSuffix(w);
    return w.length() == 5 ? shortPrefix(w) : w;
  }

  /** Four-letter roots of five-letter patterns. */
  private static String fiveLettersQuadriliteral(String w) {
    char c0 = w.charAt(0);
    if (c0 == TEH || c0 == ALEF || c0 == MEEM) return w.substring(1); // تفعلل افعلل مفعلل
    if (w.charAt(4) == HEH) return w.substring(0, 4); // فعللة
    if (w.charAt(2) == ALEF) return w.substring(0, 2) + w.substring(3); // فعالل
    return w;
  }

  private static String afterFive(String w) {
    if (w.length() == 4) return fourLetters(w);
    if (w.length() == 5) return fiveLettersQuadriliteral(w);
    return w;
  }

  /** Three-letter roots of six-letter patterns. */
  private static String sixLetters(String w) {
    char c0 = w.charAt(0), c2 = w.charAt(2), c3 = w.charAt(3), c4 = w.charAt(4), c5 = w.charAt(5);
    if (w.startsWith("است") || w.startsWith("مست")) return w.substring(3); // استفعل مستفعل
    if (c0 == MEEM && c3 == ALEF && c5 == HEH) return w.substring(1, 3) + c4; // مفعالة
    if (c0 == ALEF && c2 == TEH && c4 == ALEF) return "" + w.charAt(1) + c3 + c5; // افتعال
    if (c0 == ALEF && c3 == WAW && c2 == c4) return w.charAt(1) + w.substring(4); // افعوعل
    if (c0 == TEH && c2 == ALEF && c4 == YEH) return "" + w.charAt(1) + c3 + c5; // تفاعيل
    w = shortSuffix(w);
    return w.length() == 6 ? shortPrefix(w) : w;
  }

  /** Four-letter roots of six-letter patterns. */
  private static String sixLettersQuadriliteral(String w) {
    if (w.charAt(0) == ALEF && w.charAt(4) == ALEF) return w.substring(1, 4) + w.charAt(5); // افعلال
    if (w.startsWith("مت")) return w.substring(2); // متفعلل
    return w;
  }

  private static String afterSix(String w) {
    if (w.length() == 5) return afterFive(fiveLetters(w));
    if (w.length() == 6) return sixLettersQuadriliteral(w);
    return w;
  }

  private static String shortSuffix(String w) {
    return SUFFIXES_1.indexOf(w.charAt(w.length() - 1)) >= 0 ? w.substring(0, w.length() - 1) : w;
  }

  private static String shortPrefix(String w) {
    return PREFIXES_1.indexOf(w.charAt(0)) >= 0 ? w.substring(1) : w;
  }
}
