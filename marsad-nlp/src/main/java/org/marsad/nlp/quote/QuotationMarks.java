package org.marsad.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.text.ArabicNormalizer;

/**
 * Pairs quotation marks within each paragraph (a quotation does not run over a line break in
 * news copy). Hand-written because no library pairs Arabic news quotation marks, which are
 * typed inconsistently:
 * <ul>
 *   <li>curly double “ ” are paired in order of appearance, whichever of the two comes first
 *       (right-to-left keyboards often swap them);</li>
 *   <li>guillemets « » likewise;</li>
 *   <li>straight " by direction: a mark after a space and before a letter opens, one after a
 *       letter or a full stop and before a space or punctuation closes, and marks are paired
 *       like brackets, so that a closing mark whose opening mark was forgotten
 *       ({@code …التحدث". إنها … المثال". وأضاف "لكن …"}) is skipped instead of shifting every
 *       later pair, and a quotation nested in a quotation pairs inside out; when the directions
 *       do not add up (marks left open), in order of appearance;</li>
 *   <li>single ‘ ’ only as ‘ then ’ (’ alone is an apostrophe in Latin words).</li>
 * </ul>
 * A mark left without a partner in its paragraph is ignored, except after a colon (or a straight
 * mark after a speech verb in its sentence or a speech participle right before it): then the
 * quotation runs to the end of the paragraph (the closing mark was forgotten), to a guillemet or
 * curly mark closing it, or to a speech participle with its complementiser. Guillemets
 * nested like brackets pair inside out.
 */
final class QuotationMarks {
  static final char LEFT_DOUBLE = '\u201C';
  static final char RIGHT_DOUBLE = '\u201D';
  static final char LEFT_GUILLEMET = '\u00AB';
  static final char RIGHT_GUILLEMET = '\u00BB';
  static final char STRAIGHT_DOUBLE = '"';
  static final char LEFT_SINGLE = '\u2018';
  static final char RIGHT_SINGLE = '\u2019';
  /** The double prime, typed for a closing ” in some copy ("… 13598″."). */
  static final char DOUBLE_PRIME = '\u2033';

  private QuotationMarks() {}

  /**
   * The text with a brace that some copy types for an opening guillemet ("قال هادي … {من عدن
   * سنستعيد اليمن، … بلادهم»") turned into «: a { whose next brace or guillemet in its paragraph
   * is a closing ». Braces closed by } (Quran verses: "{فَإِنَّ الْإِنسَانَ كَفُورٌ}") stay as they
   * are. One character for one, so every offset is kept.
   */
  static String bracesOpeningGuillemets(String text) {
    if (text.indexOf('{') < 0) return text;
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] != '{') continue;
      for (int j = i + 1; j < c.length && c[j] != '\n'; j++) {
        if (c[j] == '{' || c[j] == '}' || c[j] == LEFT_GUILLEMET) break;
        if (c[j] == RIGHT_GUILLEMET) {
          c[i] = LEFT_GUILLEMET;
          break;
        }
      }
    }
    return new String(c);
  }

  /** True for any character that can open or close a quotation. */
  static boolean isMark(char c) {
    return c == LEFT_DOUBLE || c == RIGHT_DOUBLE || c == LEFT_GUILLEMET || c == RIGHT_GUILLEMET
        || c == STRAIGHT_DOUBLE || c == LEFT_SINGLE || c == RIGHT_SINGLE || c == DOUBLE_PRIME;
  }

  /**
   * The phrase without the marks that have no partner inside it: a speaker cut inside the marks
   * of a name ("صحيفة "ستار", "شركة «كي بي إم جي السعودية") reads "صحيفة ستار" (review of lane
   * quotes20, F3). Pairs of marks ("صحيفة " toda pasion" الأرجنتينية") stay.
   */
  static String withoutUnpairedMarks(String phrase) {
    if (phrase == null) return null;
    StringBuilder b = new StringBuilder(phrase);
    dropUnpaired(b, LEFT_GUILLEMET, RIGHT_GUILLEMET);
    dropUnpaired(b, LEFT_DOUBLE, RIGHT_DOUBLE);
    int straight = -1, count = 0;
    for (int i = 0; i < b.length(); i++) if (b.charAt(i) == STRAIGHT_DOUBLE) { straight = i; count++; }
    if (count % 2 == 1) drop(b, straight); // the last one is the one left open
    String out = b.toString().replaceAll("\\s{2,}", " ").strip();
    return out.isEmpty() ? phrase : out;
  }

  private static void dropUnpaired(StringBuilder b, char left, char right) {
    int open = -1;
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c == left) {
        if (open >= 0) i -= drop(b, open);
        open = i;
      } else if (c == right) {
        if (open < 0) i -= drop(b, i); else open = -1;
      }
    }
    if (open >= 0) drop(b, open);
  }

  /** Removes the mark at i (returns 1), or makes it a space between two letters ("السلف»القصص", returns 0). */
  private static int drop(StringBuilder b, int i) {
    boolean glued = i > 0 && i + 1 < b.length() && !Character.isWhitespace(b.charAt(i - 1)) && !Character.isWhitespace(b.charAt(i + 1));
    if (glued) {
      b.setCharAt(i, ' ');
      return 0;
    }
    b.deleteCharAt(i);
    return 1;
  }

  /** All paired spans of the text, ordered by their opening mark. */
  static List<MarkedSpan> find(String text) {
    List<MarkedSpan> out = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || (text.charAt(i) == '\n' && !wrapped(text, lineStart, i))) {
        pairLine(text, lineStart, i, out);
        lineStart = i + 1;
      }
    }
    out.sort(Comparator.comparingInt(MarkedSpan::open));
    return out;
  }

  /**
   * True when the line break at {@code nl} is a hard wrap inside a sentence, not a paragraph
   * end: a letter or digit before it and a letter after it, and a curly or guillemet mark left
   * open on the line before ("تمكنت من “استدراج … التسلل\nلمهاجمة … 13598″."). Such copy
   * breaks lines mid-sentence, and its quotations run over the breaks.
   */
  private static boolean wrapped(String text, int blockStart, int nl) {
    int b = nl - 1;
    while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\u00A0' || text.charAt(b) == '\r')) b--;
    int a = nl + 1;
    while (a < text.length() && (text.charAt(a) == ' ' || text.charAt(a) == '\u00A0')) a++;
    if (b < 0 || a >= text.length()) return false;
    int curly = 0, guillemets = 0, straight = 0;
    for (int k = blockStart; k <= b; k++) {
      char c = text.charAt(k);
      if (c == LEFT_DOUBLE || c == RIGHT_DOUBLE || c == DOUBLE_PRIME) curly++;
      else if (c == LEFT_GUILLEMET || c == RIGHT_GUILLEMET) guillemets++;
      else if (c == STRAIGHT_DOUBLE) straight++;
    }
    // "وأضاف كير: "إذا كانت … الأطراف. ⏎ أما الاكتفاء … معاناة المدنيين".": the same with
    // straight marks, after a sentence end, when the next paragraph's first straight mark can
    // only close
    if (straight % 2 == 1 && ".!?؟".indexOf(text.charAt(b)) >= 0 && Character.isLetter(text.charAt(a))
        && straightClosedOnNextLine(text, a) && governedOpening(text, blockStart, b, STRAIGHT_DOUBLE, STRAIGHT_DOUBLE)) {
      return true;
    }
    if (!Character.isLetterOrDigit(text.charAt(b)) || !Character.isLetter(text.charAt(a))) {
      // "واضاف «انه امر محزن. ⏎ لا يمكن … باسعار زهيدة»": a sentence ends at the break, but the
      // next paragraph closes the mark left open (its first mark of the family closes, and it
      // has an odd number of them): one quotation over two paragraphs
      return Character.isLetter(text.charAt(a))
          && ((guillemets % 2 == 1 && closedOnALaterLine(text, a, LEFT_GUILLEMET, RIGHT_GUILLEMET)
                  && governedOpening(text, blockStart, b, LEFT_GUILLEMET, RIGHT_GUILLEMET))
              || (curly % 2 == 1 && closedOnALaterLine(text, a, LEFT_DOUBLE, RIGHT_DOUBLE)
                  && governedOpening(text, blockStart, b, LEFT_DOUBLE, RIGHT_DOUBLE)));
    }
    return curly % 2 == 1 || guillemets % 2 == 1;
  }

  /**
   * True when the mark left open on the line (its last mark of the family) follows a colon or a
   * reporting verb ("واضاف «انه …", "وأضاف كير: "إذا …"): only then is the paragraph end inside
   * somebody's words. A name left open ("افتتح … معرض "الكتاب الدولي …") joins nothing.
   */
  private static boolean governedOpening(String text, int blockStart, int b, char left, char right) {
    int open = -1;
    for (int k = b; k >= blockStart; k--) {
      char c = text.charAt(k);
      if (c == left || c == right) { open = k; break; }
    }
    if (open < 0) return false;
    int k = open - 1;
    while (k >= blockStart && Character.isWhitespace(text.charAt(k))) k--;
    if (k < blockStart) return false;
    if (text.charAt(k) == ':') return true;
    int end = k + 1;
    while (k >= blockStart && Character.isLetter(text.charAt(k))) k--;
    return end > k + 1 && ReportingVerbLexicon.standard().lookup(text.substring(k + 1, end)).isPresent();
  }

  /** True when the line from {@code a} holds an odd number of straight marks and the first of them can only close. */
  private static boolean straightClosedOnNextLine(String text, int a) {
    int end = text.indexOf('\n', a);
    if (end < 0) end = text.length();
    int count = 0;
    boolean firstCloses = false;
    for (int k = a; k < end; k++) {
      if (text.charAt(k) != STRAIGHT_DOUBLE) continue;
      if (count == 0) {
        char before = text.charAt(k - 1);
        char after = k + 1 < end ? text.charAt(k + 1) : ' ';
        firstCloses = (Character.isLetterOrDigit(before) || ".!?؟".indexOf(before) >= 0) && !Character.isLetterOrDigit(after);
      }
      count++;
    }
    return count % 2 == 1 && firstCloses && wordsBeforeFirstMark(text, a, end, STRAIGHT_DOUBLE, STRAIGHT_DOUBLE) >= MIN_WORDS_CLOSED_NEXT_LINE;
  }

  /**
   * True when the first later line holding a mark of the family closes the mark left open
   * (as {@link #closedOnNextLine}), the lines before it, at most {@link #MAX_LINES_TO_CLOSING},
   * being paragraphs without any mark of the family: a statement quoted over several paragraphs
   * closes only at its end ("وقال اتحاد اللعبة في البيان: «بناء على … التالي: أولا: …. ⏎ ثانيا:
   * …. ⏎ ثالثا: …. ⏎ رابعا: … بالقيام بمهامه»", session 26, set 26).
   */
  private static boolean closedOnALaterLine(String text, int a, char left, char right) {
    for (int line = 0; line < MAX_LINES_TO_CLOSING; line++) {
      int end = text.indexOf('\n', a);
      if (end < 0) end = text.length();
      if (holdsMark(text, a, end, left, right)) return closedOnNextLine(text, a, left, right);
      a = end + 1;
      if (a >= text.length() || !Character.isLetter(text.charAt(a))) return false;
    }
    return false;
  }

  /** Paragraphs a quotation left open may run over before the one that closes it. */
  private static final int MAX_LINES_TO_CLOSING = 6;

  private static boolean holdsMark(String text, int a, int end, char left, char right) {
    for (int k = a; k < end; k++) {
      char c = text.charAt(k);
      if (c == left || c == right || (right == RIGHT_DOUBLE && c == DOUBLE_PRIME)) return true;
    }
    return false;
  }

  /** True when the line from {@code a} holds an odd number of the marks and the first of them closes. */
  private static boolean closedOnNextLine(String text, int a, char left, char right) {
    int end = text.indexOf('\n', a);
    if (end < 0) end = text.length();
    int count = 0;
    char first = 0;
    for (int k = a; k < end; k++) {
      char c = text.charAt(k);
      if (c == left || c == right || (right == RIGHT_DOUBLE && c == DOUBLE_PRIME)) {
        if (count == 0) first = c;
        count++;
      }
    }
    return count % 2 == 1 && first != left && wordsBeforeFirstMark(text, a, end, left, right) >= MIN_WORDS_CLOSED_NEXT_LINE;
  }

  /**
   * Words the next paragraph must have before the mark that closes the previous one: a short
   * fragment ("قال “أول سطر.⏎وثاني سطر” انتهى") is rather a stray mark than the rest of a quotation.
   */
  private static final int MIN_WORDS_CLOSED_NEXT_LINE = 4;

  private static int wordsBeforeFirstMark(String text, int a, int end, char left, char right) {
    int k = a;
    while (k < end && text.charAt(k) != left && text.charAt(k) != right && !(right == RIGHT_DOUBLE && text.charAt(k) == DOUBLE_PRIME)) k++;
    String head = text.substring(a, k).strip();
    return head.isEmpty() ? 0 : head.split("\\s+").length;
  }

  private static void pairLine(String text, int from, int to, List<MarkedSpan> out) {
    text = pairMixed(text, from, to, out);
    pairInOrder(text, from, to, LEFT_DOUBLE, RIGHT_DOUBLE, out);
    if (!pairNestedGuillemets(text, from, to, out)) pairInOrder(text, from, to, LEFT_GUILLEMET, RIGHT_GUILLEMET, out);
    if (!pairByDirection(text, from, to, out)) pairInOrder(text, from, to, STRAIGHT_DOUBLE, STRAIGHT_DOUBLE, out);
    int open = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == LEFT_SINGLE) open = i;
      else if (c == RIGHT_SINGLE && open >= 0 && i > open + 1) {
        out.add(new MarkedSpan(open, i));
        open = -1;
      }
    }
  }

  /**
   * Pairs the straight marks of a line like brackets, each mark's direction read from its
   * neighbours; an unambiguous closing mark with nothing open is a leftover and is skipped.
   * False (nothing added) when marks stay open at the end of the line, except a single one
   * after a colon, which runs to the end of the line as in {@link #pairInOrder}.
   */
  private static boolean pairByDirection(String text, int from, int to, List<MarkedSpan> out) {
    List<MarkedSpan> pairs = new ArrayList<>();
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != STRAIGHT_DOUBLE) continue;
      char before = i > from ? text.charAt(i - 1) : ' ';
      char after = i + 1 < to ? text.charAt(i + 1) : ' ';
      // "و أضاف "..مع مرور الوقت …": dots of an ellipsis right inside an opening mark (the words
      // were cut at the start) stand between the mark and its first letter
      int afterDots = afterEllipsis(text, i + 1, to);
      if (afterDots > i + 1 && afterDots < to && Character.isLetter(text.charAt(afterDots))) after = text.charAt(afterDots);
      // a one-letter word before the mark is a prefix of the quoted word: و"الأخبار", ب"سبق"
      boolean prefixed = Character.isLetter(before) && (i - 1 == from || Character.isWhitespace(text.charAt(i - 2)))
          && "وبلفك".indexOf(before) >= 0;
      boolean opens = (opensBefore(before) || prefixed) && Character.isLetterOrDigit(after);
      // ("بتأجيل الحسم في جلسة لاحقة "، مشيرا …": a mark spaced off its word and followed by a
      // comma or a full stop can only close; nothing can open before punctuation)
      boolean closes = ((Character.isLetterOrDigit(before) || ".!?؟)".indexOf(before) >= 0) && !Character.isLetterOrDigit(after))
          || (Character.isWhitespace(before) && "،,.؛;".indexOf(after) >= 0);
      if (closes && !opens) {
        if (open.isEmpty()) continue; // its opening mark was forgotten
        int o = open.pop();
        if (i > o + 1) pairs.add(new MarkedSpan(o, i));
      } else if (opens && !closes) {
        open.push(i);
      } else if (open.isEmpty()) {
        open.push(i);
      } else {
        int o = open.pop();
        if (i > o + 1) pairs.add(new MarkedSpan(o, i));
      }
    }
    if (open.size() == 1 && pairs.size() == 1 && nestedAtLineEnd(text, open.peek(), pairs.get(0), to)) {
      // "قال صرصار إن "قرار الاستقالة … بعد التأكد من أن "الخلاف … الديمقراطية".": the speaker
      // quotes someone inside his quotation, whose mark closes both; one quotation of all the words
      out.add(new MarkedSpan(open.peek(), pairs.get(0).close()));
      return true;
    }
    if (open.size() == 1 && reportComplementiserBefore(text, from, open.peek(), to) && !afterColon(text, from, open.peek())
        && !afterSpeechVerb(text, from, open.peek(), to) && !afterReportComplementiser(text, from, open.peek(), to)
        && pairs.stream().anyMatch(p -> p.open() > open.peek())) {
      // "وقال الوزير إن "الوضع صعب في المنطقة.. مؤكدا "لن نتراجع عن قرارنا".": the mark left open
      // after the complementiser is followed by the writer's narration, so where its words end is
      // unknown and it is ignored (an indirect report); the quotation paired after it stands
      out.addAll(pairs);
      return true;
    }
    if (open.size() > 1 || (open.size() == 1 && !afterColon(text, from, open.peek()) && !afterSpeechVerb(text, from, open.peek(), to)
        && !afterReportComplementiser(text, from, open.peek(), to))) {
      return false;
    }
    out.addAll(pairs);
    if (open.size() == 1) {
      int o = open.pop(), end = to;
      // ("قائلًا "إننا نبحث … هذه المسيرة»، حسبما نقلت عنه وكالة …": a guillemet or curly mark
      // closing the straight one ends it, whatever licensed the opening; one closing the paragraph
      // ("هذا الأمر: "لقد لعبنا … بصناعتها»." ⏎) changes nothing there, and the span is left to the
      // paragraph end as before, so the attribution search after it reads on as it did)
      int mixed = mixedClose(text, o, to);
      if (mixed > o + 1 && hasLetter(text, mixed + 1, to)) end = mixed;
      // ("مضيفا "المعركة … طويلة. وأشار الوزير إلى أن …": the writer's narration after a mark a
      // participle left open ends the quotation at the sentence end before it)
      if (!afterColon(text, from, o) && !afterPastSpeechVerb(text, from, o)) {
        int said = participleQuotationEnd(text, o, to);
        if (said > o + 1 && said < end) end = said;
      }
      // "وبيّن: "اتضح … جنائية.   وأضاف: "باشرت … فيها".": a quotation paired after it on the
      // line is not part of the one left open, which ends at the last full stop before it
      boolean cutByPair = false;
      for (MarkedSpan p : pairs) {
        if (p.open() > o && p.open() < end) { end = p.open(); cutByPair = true; }
      }
      if (end < to && (cutByPair || mixed <= o + 1)) {
        // no full stop before it: the open quotation still ends at the later pair's opening
        // mark, never overlapping it ("وقال "الوضع صعب وأضاف: "باشرت التحقيق"")
        int stop = end - 1;
        while (stop > o && ".!?؟".indexOf(text.charAt(stop)) < 0) stop--;
        if (stop > o + 1) end = stop;
      }
      end = beforeReportingParticiple(text, o, end);
      while (end > o + 1 && Character.isWhitespace(text.charAt(end - 1))) end--;
      if (end > o + 1) out.add(new MarkedSpan(o, end));
    }
    return true;
  }

  /**
   * "الثلاثاء“إن سلطات بلاده … لدول عربية". وأضاف “البرزي” في تصريحه “كنا …"": a curly mark
   * opened and a straight mark closing it. A straight mark that can only close (after a letter,
   * before a space), while no straight mark is open and a curly one is, closes that curly one.
   * The pair is added and its two marks are blanked in the returned copy of the text (same
   * offsets), so the other passes do not pair them again.
   */
  private static String pairMixed(String text, int from, int to, List<MarkedSpan> out) {
    char[] copy = null;
    int curly = -1, straightOpen = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == LEFT_DOUBLE || c == RIGHT_DOUBLE || c == DOUBLE_PRIME) {
        curly = curly < 0 && i + 1 < to && Character.isLetter(text.charAt(i + 1)) ? i : -1;
        continue;
      }
      if (c != STRAIGHT_DOUBLE) continue;
      char before = i > from ? text.charAt(i - 1) : ' ';
      char after = i + 1 < to ? text.charAt(i + 1) : ' ';
      boolean closes = (Character.isLetterOrDigit(before) || ".!?؟".indexOf(before) >= 0) && !Character.isLetterOrDigit(after);
      boolean opens = opensBefore(before) && Character.isLetterOrDigit(after);
      if (opens && !closes) {
        straightOpen++;
      } else if (closes && !opens) {
        if (straightOpen > 0) {
          straightOpen--;
        } else if (curly >= 0 && hasLetter(text, curly + 1, i)) {
          out.add(new MarkedSpan(curly, i));
          if (copy == null) copy = text.toCharArray();
          copy[curly] = ' ';
          copy[i] = ' ';
          curly = -1;
        }
      }
    }
    return copy == null ? text : new String(copy);
  }

  /** The index after a run of two or more dots (or an ellipsis character) at {@code i}, else {@code i}. */
  static int afterEllipsis(String text, int i, int to) {
    int k = i;
    while (k < to && (text.charAt(k) == '.' || text.charAt(k) == '\u2026')) k++;
    boolean ellipsis = k - i >= 2 || (k > i && text.charAt(i) == '\u2026');
    return ellipsis ? k : i;
  }

  /** A character an opening mark follows: a space, the line start, punctuation, or a tatweel ("بـ"). */
  private static boolean opensBefore(char c) {
    return Character.isWhitespace(c) || "(:،,؛;-ـ[".indexOf(c) >= 0;
  }

  /** True when the mark at {@code i} can only open: after a space or punctuation, before a letter. */
  private static boolean opensWord(String text, int from, int to, int i) {
    return (i == from || opensBefore(text.charAt(i - 1))) && i + 1 < to && Character.isLetter(text.charAt(i + 1));
  }

  /**
   * How many closing marks {@code b} the rest of the line holds after {@code i}, when every other
   * mark of the family there is a closing one too, else -1 (a nested or swapped pair, left to the
   * pairing in order).
   */
  private static int closersAfter(String text, int i, int to, char a, char b) {
    int closers = 0;
    for (int k = i + 1; k < to; k++) {
      char c = text.charAt(k);
      if (c == a) return -1;
      if (c == b || (b == RIGHT_DOUBLE && c == DOUBLE_PRIME)) closers++;
    }
    return closers;
  }

  /** Pairs marks of one family in order: 1st with 2nd, 3rd with 4th, … */
  private static void pairInOrder(String text, int from, int to, char a, char b, List<MarkedSpan> out) {
    int open = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != a && c != b && !(b == RIGHT_DOUBLE && c == DOUBLE_PRIME)) continue;
      if (open < 0) {
        open = i;
      } else if (i > open + 1 && !hasLetter(text, open + 1, i)) {
        open = i; // "بموقع تويتر”: “لا يزال …”": a stray mark before the real opening one
      } else if (c == a && text.charAt(open) == a && a != b && opensWord(text, from, to, open) && opensWord(text, from, to, i)
          && closersAfter(text, i, to, a, b) == 1) {
        // two opening marks and one closing mark: what stands right before the second decides
        // (SecondOpening): a quotation nested in the first, the first never closed, or neither
        int stop = SecondOpening.firstQuotationEnd(text, open, i);
        if (stop == SecondOpening.NESTED) {
          continue; // the one closing mark ends both: the inner opening mark is skipped
        } else if (stop == SecondOpening.NEITHER) {
          out.add(new MarkedSpan(open, i)); // as marks are paired in order
          open = -1;
        } else if (stop > open + 1 && hasLetter(text, open + 1, stop)) {
          out.add(new MarkedSpan(open, stop));
          open = i;
        }
      } else if (gluedToWordBefore(text, from, open) && gluedToWordAfter(text, to, i)) {
        // "صحيفة «دي تاجس تسايتونج» الألمانية» حول … هو «الهدف …»": a mark closing the word
        // before it and one opening the word after it enclose the text between quotations
        open = i;
      } else if (i > open + 1) {
        out.add(new MarkedSpan(open, i));
        open = -1;
      } else {
        open = -1; // "" or “” with nothing inside: an empty pair
      }
    }
    if (open >= 0 && (afterColon(text, from, open) || nextParagraphOpensWith(text, to, a, b)
        || openAfterReportInSentence(text, from, open, to, a, b))) {
      // (also "قال المرزوق “هي في الأساس … المرابحة.\n“هذا يجعل …”": a quotation over two
      // paragraphs, the English way, leaves the first open and opens the next with a new mark)
      // "وقالت جوجل …: "هل تجد …" with the closing mark forgotten: after a colon the
      // quotation runs to the end of its paragraph (the span's "closing mark" is that end)
      int end = beforeReportingParticiple(text, open, to);
      while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) end--;
      if (end > open + 1) out.add(new MarkedSpan(open, end));
    }
  }

  /**
   * "إن «العلاقات … قد «استؤنفت»وأن … منذ أشهر»": guillemets nested like brackets (« opens, »
   * closes, every » has its «, and one pair inside another). Paired in order they would cut the
   * outer quotation at the inner opening mark. False (nothing added) for any other line, which
   * {@link #pairInOrder} pairs (swapped marks are common in right-to-left copy).
   */
  private static boolean pairNestedGuillemets(String text, int from, int to, List<MarkedSpan> out) {
    List<MarkedSpan> pairs = new ArrayList<>();
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    boolean nested = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == LEFT_GUILLEMET) {
        open.push(i);
        nested |= open.size() > 1;
      } else if (c == RIGHT_GUILLEMET) {
        if (open.isEmpty()) return false;
        int o = open.pop();
        if (!hasLetter(text, o + 1, i)) return false;
        pairs.add(new MarkedSpan(o, i));
      }
    }
    if (!nested) return false;
    // "مشددًا على أن «الجيش مستعد لأي مفاجأة من قبل تنظيم «داعش». وتوقع أن «يشن …»": an opening
    // mark left without its closing one among nested pairs closes at the end of its sentence,
    // when only short names in marks stand before that end and no other mark left open does
    // (otherwise the line is paired in order, as before)
    List<Integer> left = new ArrayList<>(open);
    java.util.Collections.sort(left);
    List<MarkedSpan> closedAtSentenceEnd = new ArrayList<>();
    for (int n = 0; n < left.size(); n++) {
      int o = left.get(n);
      int reportEnd = endBeforeNewReport(text, o, pairs);
      if (reportEnd > o + 1 && hasLetter(text, o + 1, reportEnd)) {
        closedAtSentenceEnd.add(new MarkedSpan(o, reportEnd));
        continue;
      }
      int end = sentenceEndOutside(text, o + 1, to, pairs);
      if (end < 0 || !hasLetter(text, o + 1, end) || (n + 1 < left.size() && end > left.get(n + 1))) return false;
      for (MarkedSpan p : pairs) {
        if (p.open() > o && p.open() < end && wordCount(text, p.open() + 1, p.close()) > MAX_NAME_WORDS) return false;
      }
      closedAtSentenceEnd.add(new MarkedSpan(o, end));
    }
    pairs.addAll(closedAtSentenceEnd);
    out.addAll(pairs);
    return true;
  }

  /**
   * "إن «القوى الأربع وافقت … لبرلمان كردستان وأضاف علي أن «موافقة الأطراف …»": a guillemet left
   * open whose next opening mark follows a new report of its own (a speech verb a few words
   * before it, SecondOpening) was never closed: its words end before that report. With no speech
   * verb there, SecondOpening.firstQuotationEnd gives the last full stop (. ! ?) before the next
   * mark, so the quotation also ends at its last sentence before that mark, new report or not
   * (right twice on unseen23 and once on fresh text in the session-23 review; the guards of
   * pairNestedGuillemets on long inner pairs do not apply to this end). -1 when no pair opens
   * after it or the words before the next mark have neither (a nested mark, or only commas).
   */
  private static int endBeforeNewReport(String text, int open, List<MarkedSpan> pairs) {
    int next = -1;
    for (MarkedSpan p : pairs) if (p.open() > open && (next < 0 || p.open() < next)) next = p.open();
    if (next < 0) return -1;
    int stop = SecondOpening.firstQuotationEnd(text, open, next);
    return stop >= 0 ? stop : -1;
  }

  /** Words a quoted name inside an unclosed quotation may have ("«داعش»", "«حزب الله»"). */
  private static final int MAX_NAME_WORDS = 4;

  /** The first full stop, ! or ? after {@code from} outside every pair, or -1. */
  private static int sentenceEndOutside(String text, int from, int to, List<MarkedSpan> pairs) {
    for (int k = from; k < to; k++) {
      if (".!?؟".indexOf(text.charAt(k)) < 0) continue;
      final int at = k;
      if (pairs.stream().noneMatch(p -> p.open() < at && at < p.close())) return k;
    }
    return -1;
  }

  private static int wordCount(String text, int from, int to) {
    String s = text.substring(from, to).strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  /**
   * "وقالت الوزارة في بيان " إنه نظرا … بمراعاة ذلك موضحة أن من يقدم …" with the closing mark
   * forgotten: a speech participle followed by its complementiser is the writer's narration
   * again, so a quotation left open ends before it (from its fourth word on, the participle
   * then reports a clause of its own). The end of the open span otherwise.
   */
  private static int beforeReportingParticiple(String text, int open, int end) {
    java.util.regex.Matcher m = WORD.matcher(text).region(open + 1, end);
    List<int[]> words = new ArrayList<>();
    while (m.find()) words.add(new int[] {m.start(), m.end()});
    for (int k = 3; k + 1 < words.size(); k++) {
      String word = text.substring(words.get(k)[0], words.get(k)[1]);
      String next = text.substring(words.get(k + 1)[0], words.get(k + 1)[1]);
      if (!next.matches("[أإا]ن(ه|ها|هم)?")) continue;
      boolean participle = ReportingVerbLexicon.standard().lookup(word)
          .map(v -> v.kind() == VerbForm.Kind.VERB && v.tense() == VerbForm.Tense.PARTICIPLE).orElse(false);
      if (!participle) continue;
      int cut = words.get(k)[0];
      while (cut > open + 1 && (Character.isWhitespace(text.charAt(cut - 1)) || "،,".indexOf(text.charAt(cut - 1)) >= 0)) cut--;
      return cut;
    }
    return end;
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{Mn}\\p{Nd}]+");

  /** "الألمانية» ": a letter right before the mark and none right after it. */
  private static boolean gluedToWordBefore(String text, int lineStart, int at) {
    return at > lineStart && Character.isLetterOrDigit(text.charAt(at - 1))
        && (at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1)));
  }

  /** " «الهدف": whitespace right before the mark and a letter right after it. */
  private static boolean gluedToWordAfter(String text, int lineEnd, int at) {
    return at + 1 < lineEnd && Character.isLetterOrDigit(text.charAt(at + 1))
        && at > 0 && Character.isWhitespace(text.charAt(at - 1));
  }

  /** True when the paragraph after the line ending at {@code to} starts with a mark of the family a/b. */
  private static boolean nextParagraphOpensWith(String text, int to, char a, char b) {
    if (a == STRAIGHT_DOUBLE) return false;
    int k = to;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
    return k > to && k < text.length() && text.substring(to, k).indexOf('\n') >= 0 && (text.charAt(k) == a || text.charAt(k) == b);
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int k = from; k < to; k++) if (Character.isLetterOrDigit(text.charAt(k))) return true;
    return false;
  }

  /**
   * True when the mark at {@code at} follows a past speech verb right before it on its line
   * ("وعن تكرر انقطاع الكهرباء في الحي، قالت "الانقطاعات …" with the closing mark forgotten): as
   * after a colon, the words after it are somebody's. Straight marks only (a curly or angled mark
   * left open is closed on a later line, which never pairs: "قال “أول سطر.\nوثاني سطر”").
   */
  private static boolean afterSpeechVerb(String text, int lineStart, int at, int lineEnd) {
    return afterPastSpeechVerb(text, lineStart, at) || participleQuotationEnd(text, at, lineEnd) > at + 1;
  }

  private static boolean afterPastSpeechVerb(String text, int lineStart, int at) {
    int end = at;
    while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) end--;
    int begin = end;
    // harakat and shadda are marks, not letters, but part of the word ("وقالَ "…")
    while (begin > lineStart && (Character.isLetter(text.charAt(begin - 1))
        || Character.getType(text.charAt(begin - 1)) == Character.NON_SPACING_MARK)) begin--;
    if (begin == end) return speechVerbOpensSentence(text, lineStart, end);
    return pastSpeechVerb(text.substring(begin, end)) || speechVerbOpensSentence(text, lineStart, end);
  }

  /**
   * "من جهته، بين نزيه النصر …، مضيفا "قادري عمد … في أي وقت." with the closing mark forgotten:
   * a speech participle right before the mark reports the words after it as a past verb does,
   * when the paragraph ends with a full stop (a sentence, not a name left open). The writer's
   * narration after the mark ({@link #narrationAfter}: "مضيفا "المعركة … طويلة. وأشار الوزير إلى
   * أن …") ends the words at the last sentence end before it, and with none before it there is
   * no quotation ("مضيفا "وعندها … 1,200$ لكنه توقع أن …"). Where the
   * words end (the paragraph end or that sentence end), or -1 when there is no participle or no
   * quotation.
   */
  private static int participleQuotationEnd(String text, int at, int lineEnd) {
    int end = at, lineStart = text.lastIndexOf('\n', at) + 1;
    while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) end--;
    int begin = end;
    while (begin > lineStart && (Character.isLetter(text.charAt(begin - 1))
        || Character.getType(text.charAt(begin - 1)) == Character.NON_SPACING_MARK)) begin--;
    if (begin == end || !speechParticiple(text.substring(begin, end)) || !lineEndsSentence(text, at)) return -1;
    int mixed = mixedClose(text, at, lineEnd);
    // (a participle with its complementiser already ends the words: "… في السلام، مبيناً أن …")
    int words = beforeReportingParticiple(text, at, mixed > at + 1 ? mixed : lineEnd);
    int narration = narrationAfter(text, at, words, false);
    if (narration < 0) return lineEnd;
    int stop = narration - 1;
    while (stop > at && ".!?؟".indexOf(text.charAt(stop)) < 0) stop--;
    return stop > at + 1 && hasLetter(text, at + 1, stop) ? stop + 1 : -1;
  }

  private static boolean speechParticiple(String word) {
    return ReportingVerbLexicon.standard().lookup(word)
        .map(v -> v.kind() == VerbForm.Kind.VERB && v.tense() == VerbForm.Tense.PARTICIPLE).orElse(false);
  }

  private static boolean lineEndsSentence(String text, int at) {
    int end = text.indexOf('\n', at);
    if (end < 0) end = text.length();
    int last = end - 1;
    while (last > at && Character.isWhitespace(text.charAt(last))) last--;
    return last > at && ".!?؟".indexOf(text.charAt(last)) >= 0;
  }

  private static boolean pastSpeechVerb(String word) {
    return ReportingVerbLexicon.standard().lookup(word)
        .map(v -> v.kind() == VerbForm.Kind.VERB && v.tense() == VerbForm.Tense.PAST).orElse(false);
  }

  /**
   * "قال رئيس حركة النهضة راشد الغنوشي اليوم الجمعة 22 جويلية 2016 "نحن نرفض …": the past
   * speech verb opens the sentence the mark stands in (its subject and a time between them, no
   * comma or complementiser), so the words after the mark left open are the speaker's too.
   */
  private static boolean speechVerbOpensSentence(String text, int lineStart, int end) {
    int k = end;
    for (int words = 0; words < 12; words++) {
      while (k > lineStart && Character.isWhitespace(text.charAt(k - 1))) k--;
      if (k <= lineStart) return false;
      char c = text.charAt(k - 1);
      if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) return false;
      int begin = k;
      while (begin > lineStart && (Character.isLetterOrDigit(text.charAt(begin - 1))
          || Character.getType(text.charAt(begin - 1)) == Character.NON_SPACING_MARK)) begin--;
      String word = text.substring(begin, k);
      if (word.matches("[وف]?[أإا]ن(ه|ها)?")) return false; // a reported clause: the mark is part of it
      if (pastSpeechVerb(word)) {
        int b = begin;
        while (b > lineStart && Character.isWhitespace(text.charAt(b - 1))) b--;
        return b == lineStart || ".!?؟".indexOf(text.charAt(b - 1)) >= 0;
      }
      k = begin;
    }
    return false;
  }

  /**
   * "ونقلت الإذاعة الإسرائيلية عن المصادر القول إن "المجموعة … بدلا منها ." with the closing mark
   * forgotten: a straight mark right after the complementiser of a reporting word (within three
   * words before it) opens words that run to the end of the paragraph, when the paragraph ends
   * with a full stop (a sentence, not a name left open).
   */
  private static boolean afterReportComplementiser(String text, int lineStart, int at, int lineEnd) {
    if (!reportComplementiserBefore(text, lineStart, at, lineEnd)) return false;
    // ("وأضاف أنه "في بعض الأحوال يجري تقاضي تكاليف …، وهو الأمر الذي وصفه بأنه أمر شائع …":
    // a complementiser after the mark may be the writer's narration again, so where the words
    // end is unknown: no quotation is made)
    // ("أن "الحكومة لن تتراجع. وتابع قائلا: نحن …", "… عامين وأضاف المدير للصحفيين: …", "…،
    // وأشار الوزير إلى …": a colon, or a reporting verb opening a sentence or a clause after a
    // comma, is a new report by the writer; the same, no quotation is made; a colon between
    // digits is a clock time: "الساعة 10:30")
    // ("وأضاف الشهابي إن "الخروج … لأبنائنا». مبينًا أن …": a guillemet or curly mark closing the
    // straight one says where the words end; the writer's narration after it is no concern)
    int mixed = mixedClose(text, at, lineEnd);
    if (mixed > at + 1) lineEnd = mixed;
    return narrationAfter(text, at, lineEnd, true) < 0;
  }

  /**
   * Where the writer's narration starts again after the mark at {@code at} (before {@code end}):
   * a colon (not a clock time's), a reporting verb opening a sentence or a clause (after
   * punctuation, with و, or after "لكنه" and the like: "… 1,200$ لكنه توقع أن …"), and with
   * {@code complementisers} any أن/إن; -1 when none. After a participle's mark the complementiser
   * is left out: the speaker's own words hold it as often ("قادري عمد … ولا سيما أن استحقاقات …").
   */
  private static int narrationAfter(String text, int at, int end, boolean complementisers) {
    java.util.regex.Matcher colon = COLON_NOT_TIME.matcher(text).region(at, end);
    int found = colon.find() ? colon.start() : -1;
    java.util.regex.Matcher after = WORD.matcher(text).region(at, end);
    int prevEnd = at + 1;
    boolean contrast = false;
    while (after.find() && (found < 0 || after.start() < found)) {
      if (complementisers && after.group().matches("[وف]?ب?[أإا]ن(ه|ها|هم)?")) return after.start();
      String gap = text.substring(Math.min(prevEnd, after.start()), after.start());
      boolean opens = gap.matches(".*[.!?؟،,].*") || after.group().startsWith("و") || (contrast && gap.isBlank());
      if (opens && after.start() > at + 1 && ReportingVerbLexicon.standard().lookup(after.group()).isPresent()) return after.start();
      contrast = WordSet.CONTRAST_PRONOUNS.contains(ArabicNormalizer.match(after.group()));
      prevEnd = after.end();
    }
    return found;
  }

  /**
   * True when the pair after the mark left open at {@code open} opens right after a complementiser
   * ("من أن "…"") with no sentence end between the two marks, and closes the line (only
   * punctuation after it): a quotation nested in the open one, which its closing mark ends too.
   */
  private static boolean nestedAtLineEnd(String text, int open, MarkedSpan pair, int lineEnd) {
    if (pair.open() <= open || !text.substring(pair.close() + 1, lineEnd).matches("[\\s.!?؟،,)]*")) return false;
    String between = text.substring(open + 1, pair.open());
    if (between.matches("(?s).*[.!?؟:].*")) return false;
    if (!between.matches("(?s).*(^|\\s)[وف]?ب?[أإا]ن(ه|ها|هم)?\\s*$")) return false;
    // "… جرائم "إنشاء …، مشيرة إلى أن "المتهمين …": a reporting word just before the complementiser
    // opens a new report of the writer's, not a quotation nested in the open one (review 13, F2)
    List<String> words = new ArrayList<>();
    java.util.regex.Matcher m = WORD.matcher(between);
    while (m.find()) words.add(m.group());
    for (int k = words.size() - 2; k >= 0 && k >= words.size() - 4; k--) {
      if (ReportingVerbLexicon.standard().lookup(words.get(k)).isPresent()) return false;
    }
    return true;
  }

  /**
   * "قالت المتحدثة باسم بعثة … “مينوسما”، راضية عاشوري، إن “العملية البرية … من جانب واحد." ⏎
   * with the closing mark forgotten: a curly mark or guillemet left open right after the
   * complementiser of a reporting verb earlier in its sentence (within {@link #REPORT_WORDS_BEFORE}
   * words: a long subject may stand between) opens words that run to the end of the paragraph,
   * when the paragraph ends with a full stop, no narration of the writer's follows the mark and
   * the next paragraph does not close it (session 24, set 24).
   */
  private static boolean openAfterReportInSentence(String text, int lineStart, int at, int lineEnd, char a, char b) {
    if (!paragraphEndsWithFullStop(text, at, lineEnd)) return false;
    int sentence = at - 1;
    while (sentence > lineStart && ".!?؟:".indexOf(text.charAt(sentence - 1)) < 0) sentence--;
    if (!complementiserAfterReport(text, sentence, at, REPORT_WORDS_BEFORE)) return false;
    if (narrationAfter(text, at, lineEnd, true) >= 0) return false;
    return lineEnd >= text.length() || !closedOnNextLine(text, lineEnd + 1, a, b);
  }

  /** Words a reporting verb may stand before the complementiser of a mark left open. */
  private static final int REPORT_WORDS_BEFORE = 22;

  /** A colon that is not a clock time's (between two digits). */
  private static final java.util.regex.Pattern COLON_NOT_TIME = java.util.regex.Pattern.compile("(?<!\\d):|:(?!\\d)");

  /**
   * A straight mark right after the complementiser of a reporting word (within three words before
   * it), on a paragraph that ends with a full stop.
   */
  private static boolean reportComplementiserBefore(String text, int lineStart, int at, int lineEnd) {
    return paragraphEndsWithFullStop(text, at, lineEnd) && complementiserAfterReport(text, lineStart, at, 4);
  }

  /** The paragraph [.., lineEnd) ends, after the position at, with a full stop (or ! ?). */
  private static boolean paragraphEndsWithFullStop(String text, int at, int lineEnd) {
    int last = lineEnd - 1;
    while (last > at && Character.isWhitespace(text.charAt(last))) last--;
    return last > at && ".!?؟".indexOf(text.charAt(last)) >= 0;
  }

  /**
   * The last word of [from, at), right before at, is a complementiser (أن/إن/أنه …) and a reporting
   * verb of the lexicon stands within {@code window} words before it.
   */
  private static boolean complementiserAfterReport(String text, int from, int at, int window) {
    java.util.regex.Matcher m = WORD.matcher(text).region(from, at);
    List<String> before = new ArrayList<>();
    int lastEnd = -1;
    while (m.find()) { before.add(m.group()); lastEnd = m.end(); }
    if (before.isEmpty() || !text.substring(lastEnd, at).isBlank()) return false;
    if (!before.get(before.size() - 1).matches("[وف]?[أإا]ن(ه|ها)?")) return false;
    for (int k = before.size() - 2; k >= 0 && k >= before.size() - window; k--) {
      if (ReportingVerbLexicon.standard().lookup(before.get(k)).isPresent()) return true;
    }
    return false;
  }

  /**
   * "ان "باكستان تتقدم … في 2003». وإقليم كشمير …": a straight mark left open and closed by a
   * guillemet or a curly mark of its line (none of that family opened between) ends there; -1
   * when there is none.
   */
  private static int mixedClose(String text, int open, int lineEnd) {
    for (int k = open + 1; k < lineEnd; k++) {
      char c = text.charAt(k);
      if (c == LEFT_GUILLEMET || c == LEFT_DOUBLE) return -1;
      if (c != RIGHT_GUILLEMET && c != RIGHT_DOUBLE) continue;
      int partner = swappedPartner(text, k, lineEnd, c == RIGHT_GUILLEMET ? LEFT_GUILLEMET : LEFT_DOUBLE);
      if (partner < 0) return k;
      k = partner;
    }
    return -1;
  }

  /**
   * "تنظيم »داعش« في", "ندعم ”الحوار“ الوطني": a right-hand mark before a word with a space before
   * it, whose next mark of the family on the line is the left-hand one within
   * {@link #MAX_NAME_WORDS} words, opens a pair typed swapped (a name or term in marks inside the
   * quotation), and closes nothing. The offset of that left-hand mark, or -1.
   */
  private static int swappedPartner(String text, int at, int lineEnd, char left) {
    char right = text.charAt(at);
    if (!gluedToWordAfter(text, lineEnd, at)) return -1;
    for (int k = at + 1; k < lineEnd; k++) {
      char c = text.charAt(k);
      if (c == right) return -1;
      if (c == left) return wordCount(text, at + 1, k) <= MAX_NAME_WORDS ? k : -1;
    }
    return -1;
  }

  /** True when the mark at {@code at} follows a colon (spaces aside) on its line. */
  private static boolean afterColon(String text, int lineStart, int at) {
    int k = at - 1;
    while (k >= lineStart && Character.isWhitespace(text.charAt(k))) k--;
    return k >= lineStart && text.charAt(k) == ':';
  }
}
