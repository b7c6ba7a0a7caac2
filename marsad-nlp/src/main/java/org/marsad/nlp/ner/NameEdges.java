package org.marsad.nlp.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.nlp.entity.NameKey;
import org.marsad.nlp.quote.ReportingVerbLexicon;
import org.marsad.nlp.util.ResourceLines;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.token.Token;

/**
 * What a person's name is not made of, although the tagger sometimes takes it in: titles,
 * epithets, pronouns, particles and verbs at either end of a PERS mention ({@code
 * name-edge-words.txt}, plus the reporting verbs of the quotation lexicon), and whole mentions
 * that are formulae ({@code non-names.txt}: {@code رحمه الله}); particles told from name words by
 * their hamza only ({@code name-edge-words-hamza.txt}: {@code بأن}, {@code فإن}) or their alef maqsura
 * ({@code name-edge-words-alef-maqsura.txt}: {@code على}, not the given name {@code علي}). The lists are data
 * files next to this class, and the adjuncts that follow a name ({@code adjuncts-after-names.txt}: {@code
 * إبان}, {@code عشية}, {@code للصحافيين}), which the quotation extractor's speaker stops share.
 */
final class NameEdges {
  /** The edge words of this package and the adjuncts after a name shared with the quotation extractor's speaker stops. */
  private static final Set<String> EDGE_WORDS = load("name-edge-words.txt", "/org/marsad/nlp/adjuncts-after-names.txt");
  private static final Set<String> NON_NAMES = load("non-names.txt");
  /** Particles whose hamza is all that tells them from a name word ({@code بأن} / {@code بان}): compared as written. */
  private static final Set<String> HAMZA_EDGE_WORDS = Set.copyOf(ResourceLines.read(NameEdges.class, "name-edge-words-hamza.txt"));
  /** Particles whose alef maqsura is all that tells them from a name word ({@code على} / {@code علي}): compared as written. */
  private static final Set<String> ALEF_MAQSURA_EDGE_WORDS = Set.copyOf(ResourceLines.read(NameEdges.class, "name-edge-words-alef-maqsura.txt"));
  /**
   * The same particles written without their hamza ({@code بان}, {@code فان}): then they are also
   * name words ({@code بان كي مون}, {@code فان غال}), so {@link #bareParticleBefore} asks for evidence.
   */
  private static final Set<String> BARE_PARTICLES = load("name-edge-words-hamza.txt");

  private NameEdges() {}

  /**
   * The PERS mention at tokens [start, end) without edge words at either end, as {start, end};
   * null when nothing of it is left.
   */
  static int[] trim(List<Token> tokens, int start, int end) {
    int s = start, e = end;
    while (s < e && isEdgeWord(tokens.get(s).text())) s++;
    while (e > s && isEdgeWord(tokens.get(e - 1).text())) e--;
    return s < e ? new int[] {s, e} : null;
  }

  /** True for a mention that is a listed formula, not a name (by {@link NameKey}). */
  static boolean isNonName(String text) {
    return NON_NAMES.contains(NameKey.of(text));
  }

  /**
   * The word, or the word without a leading و/ف and then a preposition, is an edge word. A
   * reporting verb of the quotation lexicon is one only with a و/ف before it ({@code وأضاف}): bare,
   * several are given names ({@code طالب الرفاعي}, {@code مفيد فوزي}, {@code يزيد}) that the NER
   * lexicon does not know as such; bare verbs seen glued to names are listed in the data file.
   */
  static boolean isEdgeWord(String word) {
    String written = word.replaceAll("[\\u064B-\\u0652\\u0640]", "");
    if (HAMZA_EDGE_WORDS.contains(written) || ALEF_MAQSURA_EDGE_WORDS.contains(written)) return true;
    String w = ArabicNormalizer.match(word);
    if (EDGE_WORDS.contains(w)) return true;
    ReportingVerbLexicon verbs = ReportingVerbLexicon.standard();
    if (ArabicClitics.conjunction(w) != 0 && w.length() > 2 && verbs.lookupNormalized(w.substring(1)).isPresent()) return true;
    String rest = ArabicClitics.conjunction(w) != 0 && w.length() > 2 ? w.substring(1) : w;
    if (EDGE_WORDS.contains(rest)) return true;
    if (rest.startsWith("لل") && rest.length() >= 5) return EDGE_WORDS.contains("ال" + rest.substring(2)); // للأمير
    if (rest.length() > 4 && ArabicClitics.preposition(rest) != 0 && rest.startsWith("ال", 1)) {
      return EDGE_WORDS.contains(rest.substring(1)); // بالرئيس
    }
    return false;
  }

  /**
   * True when the first word of the PERS mention at tokens [start, end) is a particle written
   * without its hamza ({@code بان} for {@code بأن} "that", {@code فان} for {@code فإن}) that opens a
   * clause rather than a name: no title ends right before it ({@code الأمين العام للأمم المتحدة بان
   * كي مون}), and the word after it is tagged as (part of) a person elsewhere in the article without
   * the particle before it ({@code ذكرت بان راموس يريد ترك ريال مدريد} … {@code بضم راموس}): the
   * clause's subject is a name of its own there. The word of a real name such as {@code كي} of {@code
   * بان كي مون} is seen only after {@code بان}.
   *
   * @param tags the sentence's IOB2 tags
   * @param personWordsAlone match-normalised words tagged as a person somewhere in the article with
   *     no such particle right before them ({@link #personWordsAlone})
   */
  static boolean bareParticleBefore(List<Token> tokens, String[] tags, int start, int end, Set<String> personWordsAlone) {
    if (end - start < 2 || !BARE_PARTICLES.contains(NameKey.of(tokens.get(start).text()))) return false;
    if (TitleRoles.titleBefore(tokens, tags, start)) return false;
    return personWordsAlone.contains(ArabicNormalizer.match(tokens.get(start + 1).text()));
  }

  /**
   * Joins to the person name after it a theophoric given name the tagger left out of it or tagged as a
   * name of its own: {@code عبد} and a name of God, joined ({@code الرئيس عبدربه منصور هادي}) or apart
   * ({@code عبد ربه | منصور هادي}). Such a word is a name's, never a title's, and the name without it is
   * another name ({@code منصور هادي}: 106 of its 110 mentions in the session-16 ingest came right after
   * {@code عبد ربه} or {@code عبدربه}). Not before a name opening with a glued و ({@code عبدالوهاب وأم كلثوم}:
   * two people), nor after {@code الملك} or a chain particle ({@code جامعة الملك عبدالعزيز ميليسا البيروتي}: the
   * word ends the king's name). Rewrites the sentence's IOB2 tags in place.
   */
  static void joinTheophoricGivenNames(List<Token> tokens, String[] tags) {
    for (int i = 1; i < tags.length; i++) {
      if (!tags[i].equals("B-PERS") || ArabicNormalizer.match(tokens.get(i).text()).startsWith("و")) continue; // عبدالوهاب وأم كلثوم: two people
      int n = theophoricBefore(tokens, i);
      if (n == 0 || !leftOutOrAlone(tags, i - n, i)) continue;
      if (i - n > 0 && NAMESAKE_BEFORE.contains(ArabicNormalizer.match(tokens.get(i - n - 1).text()))) continue; // جامعة الملك عبدالعزيز ميليسا البيروتي
      tags[i - n] = "B-PERS";
      for (int j = i - n + 1; j <= i; j++) tags[j] = "I-PERS";
    }
  }

  /** Words after which a theophoric name ends another's name ({@code الملك عبدالعزيز}, {@code بن عبدالله}), not the next one's first name. */
  private static final Set<String> NAMESAKE_BEFORE = Set.of("الملك", "بن", "بنت", "ابن");

  /** How many words right before token {@code start} are {@code عبد} and a name of God (1 joined, 2 apart), else 0. */
  private static int theophoricBefore(List<Token> tokens, int start) {
    String w = ArabicNormalizer.match(tokens.get(start - 1).text());
    if (w.length() > 5 && (w.startsWith("عبدال") || w.startsWith("عبدرب"))) return 1;
    if (start < 2 || !ArabicNormalizer.match(tokens.get(start - 2).text()).equals("عبد")) return 0;
    return w.length() > 2 && (w.startsWith("ال") || w.startsWith("رب")) ? 2 : 0;
  }

  /** Tokens [from, to) are outside any entity, or are one person name of their own. */
  private static boolean leftOutOrAlone(String[] tags, int from, int to) {
    boolean out = true, alone = tags[from].equals("B-PERS");
    for (int j = from; j < to; j++) {
      out &= tags[j].equals("O");
      if (j > from) alone &= tags[j].equals("I-PERS");
    }
    return out || alone;
  }

  /** The words of an article tagged as a person with no bare particle ({@link #bareParticleBefore}) right before them. */
  static Set<String> personWordsAlone(List<List<Token>> sentences, List<String[]> tags) {
    Set<String> out = new HashSet<>();
    for (int k = 0; k < sentences.size(); k++) {
      List<Token> toks = sentences.get(k);
      String[] tg = tags.get(k);
      for (int i = 0; i < toks.size(); i++) {
        if (!tg[i].endsWith("PERS") || BARE_PARTICLES.contains(NameKey.of(toks.get(i).text()))) continue;
        if (i > 0 && BARE_PARTICLES.contains(NameKey.of(toks.get(i - 1).text()))) continue;
        out.add(ArabicNormalizer.match(toks.get(i).text()));
      }
    }
    return out;
  }

  private static Set<String> load(String... names) {
    Set<String> out = new HashSet<>();
    for (String name : names) for (String line : ResourceLines.read(NameEdges.class, name)) out.add(NameKey.of(line));
    return Set.copyOf(out);
  }
}
