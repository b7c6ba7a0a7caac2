package org.marsad.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line holding two opening marks of one family and one closing mark after the second
 * ("قال “… من الجنة، أما المغرد خالد المرزوق قال فيها “هو … وجودك”."): either the second
 * quotation is nested in the first (the one closing mark ends both) or the first was never
 * closed. A comma anywhere between the marks decides neither (a nested quotation often follows
 * a comma, a new report often follows none), so the words right before the second mark do.
 */
final class SecondOpening {

  /** The second quotation is nested in the first: the closing mark ends both. */
  static final int NESTED = -1;
  /** Nothing tells: the marks are paired in order, as without this reading. */
  static final int NEITHER = -2;

  /** At most this many words between a new report's verb and the second mark ("مشيرًا إلى أن اللقاء سيكون محط أنظار الجميع «"). */
  private static final int MAX_WORDS_AFTER_VERB = 8;
  /** At most this many words of a subject between a comma and its verb ("، أما المغرد خالد المرزوق قال فيها “"). */
  private static final int MAX_SUBJECT_WORDS = 6;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Mn}\\p{Nd}]+");
  /** "وقال: “", "إليهم أقول: “": a speech verb with its colon right before the mark, the quoted words' own quotation. */
  private static final Pattern SPEECH_BEFORE_COLON = Pattern.compile("[وف]?(قال|قالت|أقول|اقول|يقول|تقول|قلت)");
  /** "بقوله “": the masdar of a speech verb, quoting somebody inside the quotation. */
  private static final Pattern SAYING = Pattern.compile("[وف]?ب?قول(ه|ها|هم)");

  private SecondOpening() {}

  /**
   * Where the first quotation's words end (exclusive), or {@link #NESTED} / {@link #NEITHER}.
   *
   * @param open the first opening mark
   * @param second the second opening mark
   */
  static int firstQuotationEnd(String text, int open, int second) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(open + 1, second);
    while (m.find()) words.add(new int[] {m.start(), m.end()});
    if (words.isEmpty()) return NEITHER;
    int[] last = words.get(words.size() - 1);
    String lastWord = bare(text.substring(last[0], last[1]));
    String tail = text.substring(last[1], second);
    if (SAYING.matcher(lastWord).matches() && tail.isBlank()) return NESTED;
    if (SPEECH_BEFORE_COLON.matcher(lastWord).matches() && tail.strip().equals(":")) return NESTED;

    int verb = newReportVerb(text, words, second);
    if (verb >= 0) return endBefore(text, open, words, verb);
    int fullStop = lastIndexOf(text, open + 1, second, ".!?؟");
    if (fullStop > open + 1) return fullStop;
    // no punctuation between them: the second stands inside the first's sentence, nested
    return lastIndexOf(text, open + 1, second, "،,؛;") < 0 ? NESTED : NEITHER;
  }

  /**
   * The index (in {@code words}) of a reporting verb opening a new report before the second mark
   * ("… بدم بارد، واضاف البيان «", "… في هذا الاتجاه وأردف طيفور بالقول «", "… مضيفا ان “"): the
   * first one among the last words, with no sentence or clause punctuation after it. -1 if none.
   */
  private static int newReportVerb(String text, List<int[]> words, int second) {
    int first = Math.max(0, words.size() - 1 - MAX_WORDS_AFTER_VERB);
    for (int k = first; k < words.size(); k++) {
      if (lastIndexOf(text, words.get(k)[1], second, ".!?؟،,؛;") >= 0) continue;
      boolean verb = ReportingVerbLexicon.standard().lookup(text.substring(words.get(k)[0], words.get(k)[1]))
          .map(v -> v.kind() == VerbForm.Kind.VERB).orElse(false);
      if (verb) return k;
    }
    return -1;
  }

  /**
   * The first quotation ends at the comma or full stop before the new report's subject when
   * one stands a few words before its verb ("، أما المغرد خالد المرزوق قال"), else right before
   * the verb ("… في هذا الاتجاه وأردف"), without the spaces and punctuation before it.
   */
  private static int endBefore(String text, int open, List<int[]> words, int verb) {
    int verbStart = words.get(verb)[0];
    int stop = lastIndexOf(text, open + 1, verbStart, ".!?؟،,؛;");
    if (stop > open + 1) {
      int subjectWords = 0;
      for (int[] w : words) if (w[0] > stop && w[0] < verbStart) subjectWords++;
      if (subjectWords <= MAX_SUBJECT_WORDS) return stop;
    }
    int end = verbStart;
    while (end > open + 1 && (Character.isWhitespace(text.charAt(end - 1)) || "،,:؛;".indexOf(text.charAt(end - 1)) >= 0)) end--;
    return end;
  }

  private static int lastIndexOf(String text, int from, int to, String chars) {
    for (int k = to - 1; k >= from; k--) if (chars.indexOf(text.charAt(k)) >= 0) return k;
    return -1;
  }

  /** The word without harakat and tatweel. */
  private static String bare(String word) {
    return word.replaceAll("[\\p{Mn}ـ]", "");
  }
}
