package org.marsad.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;
import org.marsad.text.token.TokenType;

/**
 * Foreign names with a particle, written right after a title: {@code منسق الاتحاد الأوروبي
 * لشؤون مكافحة الإرهاب جيل دي كيرشوف}. European names carry particles (دي، دو، دا، فون، فان،
 * ديل) between a given name and a surname that the training data has seldom seen, and a given
 * name such as {@code جيل} is also a common noun ("generation"), so the tagger leaves such
 * names untagged or cuts off the given name. A word, a particle and a word (two particles, as in
 * {@code دو لا}, are allowed) become one person when:
 * <ul>
 *   <li>a title ends right before the first word ({@link TitleRoles#titleBefore}: a title word
 *       such as منسق، نائب، وزير, then only title material up to the name);</li>
 *   <li>the two words are Arabic words without the article ال and are neither title words,
 *       particles nor function words (أن، ذلك …); the particle is written without hamza
 *       ({@code فإن} is not {@code فان});</li>
 *   <li>the tagger left the first word untagged and the rest either untagged or as a person.</li>
 * </ul>
 * The title is what makes this safe: without it, these particles are far more often something
 * else in Arabic news ({@code فان} is also {@code فإن} once normalised, {@code لا} is "not"), and
 * a rule extending persons over a particle without the title cost 1.1 PERS F1 on the
 * development part (bench/RESULTS.md).
 */
final class ParticleNames {
  private static final Set<String> PARTICLES = Set.of("دي", "دو", "دا", "فون", "فان", "ديل", "دل", "لا", "دير")
      .stream().map(ArabicNormalizer::match).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Particles that may follow another ({@code دو لا}, {@code فان دير}) but never start one. */
  private static final Set<String> SECOND_ONLY = Set.of(ArabicNormalizer.match("لا"), "دير");
  /**
   * Function words, which are never a given name or a surname: {@code المتحدث أن دي ميستورا
   * سيرفع} ("the spokesman [said] that de Mistura …"), {@code الرئيس أوباما فإن ذلك}.
   */
  private static final Set<String> FUNCTION_WORDS = Set.of("أن", "إن", "ان", "من", "في", "عن", "على", "إلى", "الى",
      "ما", "لا", "لم", "لن", "قد", "هو", "هي", "هم", "ذلك", "هذا", "هذه", "تلك", "التي", "الذي", "كما", "بعد", "قبل",
      "مع", "كل", "بين", "حتى", "عند", "أو", "او", "ثم", "كان", "كانت", "أنه", "انه", "إنه")
      .stream().map(ArabicNormalizer::match).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private ParticleNames() {}

  /** Tags the persons in {@code tags} (changed in place); returns how many were added or extended. */
  static int apply(List<String[]> sentences, List<String[]> tags) {
    int found = 0;
    for (int k = 0; k < sentences.size(); k++) found += apply(sentences.get(k), tags.get(k));
    return found;
  }

  private static int apply(String[] tokens, String[] tags) {
    int found = 0;
    for (int p = 1; p + 1 < tokens.length; p++) {
      String particle = ArabicNormalizer.match(tokens[p]);
      if (!PARTICLES.contains(particle) || SECOND_ONLY.contains(particle) || hasHamza(tokens[p])) continue;
      int last = p + 1;
      if (PARTICLES.contains(ArabicNormalizer.match(tokens[last])) && last + 1 < tokens.length) last++;
      int first = p - 1;
      if (!nameWord(tokens[first]) || !nameWord(tokens[last])) continue;
      if (!"O".equals(tags[first]) || !untaggedOrPerson(tags, p, last + 1)) continue;
      if (last + 1 < tags.length && tags[last + 1].startsWith("I-")) continue; // would split an entity
      if (!TitleRoles.titleBefore(asTokens(tokens, first), tags, first)) continue;
      tags[first] = "B-PERS";
      for (int j = first + 1; j <= last; j++) tags[j] = "I-PERS";
      found++;
      p = last;
    }
    return found;
  }

  /** Untagged throughout, or one person starting at {@code from} and ending at {@code to}. */
  private static boolean untaggedOrPerson(String[] tags, int from, int to) {
    boolean allO = true;
    boolean person = "B-PERS".equals(tags[from]);
    for (int j = from; j < to; j++) {
      allO &= "O".equals(tags[j]);
      if (j > from) person &= "I-PERS".equals(tags[j]);
    }
    return allO || person;
  }

  private static boolean nameWord(String token) {
    String w = ArabicNormalizer.match(token);
    return w.length() >= 2 && isArabicWord(token) && !PARTICLES.contains(w) && !FUNCTION_WORDS.contains(w) && !ArabicClitics.hasArticle(w)
        && !TitleRoles.isHead(new Token(token, TokenType.ARABIC_WORD, 0, token.length()));
  }

  /** {@code فإن} ("then, indeed") normalises to the particle {@code فان}; as written it has a hamza. */
  private static boolean hasHamza(String token) {
    for (int i = 0; i < token.length(); i++) if ("أإؤئءآ".indexOf(token.charAt(i)) >= 0) return true;
    return false;
  }

  private static boolean isArabicWord(String token) {
    List<Token> t = NewsTokenizer.tokenize(token);
    return t.size() == 1 && t.get(0).type() == TokenType.ARABIC_WORD;
  }

  /** The tokens before {@code end} with their types, as {@link TitleRoles} reads them. */
  private static List<Token> asTokens(String[] tokens, int end) {
    List<Token> out = new ArrayList<>(end);
    for (int i = 0; i < end; i++) {
      List<Token> t = NewsTokenizer.tokenize(tokens[i]);
      TokenType type = t.size() == 1 ? t.get(0).type() : TokenType.OTHER;
      out.add(new Token(tokens[i], type, 0, tokens[i].length()));
    }
    return out;
  }
}
