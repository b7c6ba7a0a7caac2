package org.marsad.nlp.ner;

import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.token.Token;
import org.marsad.text.token.TokenType;

/**
 * Finds the title written next to a person's name ({@code وزير الخارجية الروسي سيرغي لافروف},
 * {@code فلاديمير تشيجوف مندوب روسيا الدائم لدى الاتحاد الأوروبي}) so that it is recorded as
 * the entity's role rather than as part of the name.
 * <ul>
 *   <li>Before the name: over at most {@value #MAX_BEFORE} words of title material (title
 *       words and the words of {@link #continues}), the role runs from the leftmost title word
 *       ({@code نائب السكرتير العام المساعد لجهاز …}) up to the name.</li>
 *   <li>After the name: when the next word is a title word, the role continues over words with
 *       the article, entity words (the country or body of the title) and a few linking
 *       prepositions (لدى، في، باسم، لشؤون), up to {@value #MAX_AFTER} words.</li>
 * </ul>
 */
final class TitleRoles {
  static final int MAX_BEFORE = 8;
  static final int MAX_AFTER = 8;

  /** Title head words without conjunction (match-normalised when loaded). */
  private static final Set<String> HEADS = normalised(
      "وزير", "وزيره", "الوزير", "الوزيره", "رئيس", "الرئيس", "رئيسه", "الرئيسه", "نائب", "النائب",
      "المتحدث", "متحدث", "الناطق", "ناطق", "مندوب", "المندوب", "سفير", "السفير", "منسق", "المنسق",
      "مستشار", "المستشار", "امين", "الامين", "مدير", "المدير", "قائد", "القائد", "نظير", "نظيره",
      "نظيرته", "زعيم", "الزعيم", "الملك", "الامير", "الشيخ", "الجنرال", "العقيد", "اللواء", "العماد",
      "المبعوث", "مبعوث", "عضو", "المفوض", "مفوض", "محافظ", "المحافظ", "السكرتير", "سكرتير", "الدكتور",
      "حاكم", "الحاكم", "رئيسا", "مساعد", "المساعد", "الممثل", "ممثل", "الملكه", "الاميره",
      "ولي", "المرشد", "البابا", "قاضي", "القاضي", "المدعي", "مفتي", "المفتي", "خادم");
  private static final Set<String> LINKS = normalised("لدى", "في", "باسم", "لشؤون", "العام", "ل", "عن");

  private TitleRoles() {}

  private static Set<String> normalised(String... words) {
    return java.util.Arrays.stream(words).map(ArabicNormalizer::match).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * The role span [from, to) in token indices around a person entity at [start, end), or null.
   *
   * @param tokens the sentence's tokens
   * @param tags   the sentence's IOB2 tags
   */
  static int[] find(List<Token> tokens, String[] tags, int start, int end) {
    int[] before = before(tokens, tags, start);
    return before != null ? before : after(tokens, tags, end);
  }

  /** True if a title ends right before {@code start} (see {@link #find}, before the name). */
  static boolean titleBefore(List<Token> tokens, String[] tags, int start) {
    return before(tokens, tags, start) != null;
  }

  private static int[] before(List<Token> tokens, String[] tags, int start) {
    int head = -1;
    for (int i = start - 1; i >= 0 && i >= start - MAX_BEFORE; i--) {
      if (stops(tokens.get(i), tags[i])) break;
      if (isHead(tokens.get(i))) head = i; // keep going: نائب السكرتير العام المساعد …
      else if (!continues(tokens.get(i), tags[i])) break;
    }
    return head < 0 ? null : new int[] {head, start};
  }

  private static int[] after(List<Token> tokens, String[] tags, int end) {
    if (end >= tokens.size() || !isHead(tokens.get(end)) || startsWithConjunction(tokens.get(end))) return null;
    int to = end + 1;
    while (to < tokens.size() && to - end < MAX_AFTER) {
      if (!continues(tokens.get(to), tags[to])) break;
      to++;
    }
    while (to > end + 1 && LINKS.contains(ArabicNormalizer.match(tokens.get(to - 1).text()))) to--;
    return new int[] {end, to};
  }

  /**
   * Words a title is made of besides its head: words with the article, words of a non-person
   * entity, construct nouns in teh marbuta, words with the preposition ل, linking words.
   */
  private static boolean continues(Token t, String tag) {
    if (t.type() != TokenType.ARABIC_WORD || tag.endsWith("PERS")) return false;
    String w = ArabicNormalizer.match(t.text());
    return !tag.equals("O") || w.startsWith("ال") || LINKS.contains(w) || w.startsWith("لل")
        || (w.endsWith("ه") && w.length() > 3) || ArabicClitics.preposition(w) == ArabicClitics.LAM || isHead(t);
  }

  private static boolean stops(Token t, String tag) {
    return t.type() == TokenType.PUNCTUATION || tag.endsWith("PERS");
  }

  /** Titles written alone for their holder ({@code titles-alone.txt}), by {@link org.marsad.nlp.entity.NameKey}. */
  private static final Set<String> TITLES_ALONE = org.marsad.nlp.util.ResourceLines.read(TitleRoles.class, "titles-alone.txt").stream()
      .map(org.marsad.nlp.entity.NameKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * True when the words [start, end) are a title written alone ({@code خادم الحرمين الشريفين}, the
   * Saudi king's title, which the tagger takes for a person): a role with no name. Listed: a title word
   * then words with ال is as often a name ({@code الرئيس الأسد}).
   *
   * @param firstWord the first word without the proclitics cut from the mention ({@code لخادم} → {@code خادم})
   */
  static boolean titleOnly(List<Token> tokens, int start, int end, String firstWord) {
    StringBuilder b = new StringBuilder(firstWord);
    for (int i = start + 1; i < end; i++) b.append(' ').append(tokens.get(i).text());
    return TITLES_ALONE.contains(org.marsad.nlp.entity.NameKey.of(b.toString()));
  }

  /** Characters to skip at the start of a role: a conjunction glued to its title word (ونظيره). */
  static int roleStart(Token first) {
    String w = ArabicNormalizer.match(first.text());
    return !HEADS.contains(w) && ArabicClitics.conjunction(w) != 0 ? 1 : 0;
  }

  static boolean isHead(Token t) {
    if (t.type() != TokenType.ARABIC_WORD) return false;
    String w = ArabicNormalizer.match(t.text());
    return HEADS.contains(w) || HEADS.contains(ArabicClitics.withoutConjunction(w));
  }

  private static boolean startsWithConjunction(Token t) {
    String w = ArabicNormalizer.match(t.text());
    return !HEADS.contains(w) && ArabicClitics.conjunction(w) != 0;
  }
}
