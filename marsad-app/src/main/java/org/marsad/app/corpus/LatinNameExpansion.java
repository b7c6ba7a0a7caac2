package org.marsad.app.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.LatinCommonWords;
import org.marsad.nlp.entity.LatinExonyms;
import org.marsad.nlp.entity.LatinNisba;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * Lets a Latin query find Arabic names: every bare Latin word of a query that the entity
 * registry knows as the transliteration of an entity (`Lavrov` → سيرغي لافروف) becomes
 * {@code Lavrov OR لافروف OR person:ID}: the Arabic word it spells ({@link ArabicNameWords}) and the
 * entity (OR binds tighter than the implicit AND, so no parentheses are needed), and an excluded
 * one ({@code -Lavrov}, {@code NOT Lavrov}) also excludes both ({@code -Lavrov -لافروف -person:ID}). An English name no letter rule reaches ({@code Cairo}: {@link
 * LatinExonyms}) becomes {@code Cairo OR القاهرة OR place:ID} instead, never a name that only sounds
 * alike ({@code Kerry}). Quoted phrases, field filters (with quoted values too, as in
 * {@code city:"New York"}) and the operators {@code AND}, {@code OR}, {@code NOT} are left as
 * they are.
 */
public final class LatinNameExpansion {
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]{2,}");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
  private static final Pattern TRIPLED = Pattern.compile("(?i)([a-z])\\1\\1");

  private LatinNameExpansion() {}

  /** The query with known Latin names expanded; unchanged when there are none. */
  public static String expand(String query, EntityRegistry registry) {
    if (query == null || registry == null) return query;
    List<int[]> units = QueryUnits.of(query); // start, end
    StringBuilder out = new StringBuilder();
    int last = 0;
    boolean afterNot = false, dropped = false;
    boolean namesSomething = units.stream().map(u -> query.substring(u[0], u[1])).anyMatch(u -> !OPERATORS.contains(u) && !isCommonWord(u));
    for (int i = 0; i < units.size(); i++) {
      out.append(query, last, units.get(i)[0]);
      String unit = query.substring(units.get(i)[0], units.get(i)[1]);
      boolean excluded = afterNot || unit.startsWith("-");
      String word = plainLatin(unit.startsWith("-") ? unit.substring(1) : unit);
      String expanded = null;
      NameRun run = excluded ? null : nameRun(query, units, i, registry);
      String byId = latinFilter(unit, registry);
      if (byId != null) { // person:Jubeir → person:pers-…
        expanded = byId;
      } else if (run != null) { // "Ban Ki-moon": the words of one name together, as a phrase or that entity
        String name = query.substring(units.get(i)[0], units.get(i + run.units() - 1)[1]);
        String arabic = ArabicNameWords.of(Transliterator.queryWords(plainLatin(name)), run.entity());
        expanded = '"' + name + "\" OR " + (arabic == null ? "" : arabic + " OR ") + QueryUnits.filterOf(run.entity());
        i += run.units() - 1;
      } else if (!excluded && namesSomething && isCommonWord(unit) && !nextToOperator(query, units, i)) {
        expanded = ""; // "Kerry said": an English word no Arabic article contains would leave nothing to find
        dropped = true;
      } else if (!OPERATORS.contains(unit) && LATIN_WORD.matcher(word).matches()) {
        List<String> also = alternatives(word, registry);
        if (!also.isEmpty()) expanded = excluded ? unit + " -" + String.join(" -", also) : unit + " OR " + String.join(" OR ", also);
      }
      out.append(expanded != null ? expanded : unit);
      afterNot = unit.equals("NOT");
      last = units.get(i)[1];
    }
    out.append(query.substring(last));
    return dropped ? out.toString().strip() : out.toString();
  }

  /**
   * The entities a Latin name names ({@link EntityRegistry#findByLatin}), but not those it meets
   * only as the nisba of one of their words ({@link LatinNisba}: {@code Saud} is not السعودية).
   * Every Latin name lookup of the application goes through here: search, quotes, the entity list.
   */
  public static List<EntityRecord> byLatin(EntityRegistry registry, String latin) {
    List<String> words = Transliterator.queryWords(latin);
    return registry.findByLatin(latin).stream().filter(e -> !LatinNisba.onlyDerived(words, e.latin())).toList();
  }

  /**
   * Whether a query unit is a common English word ({@link LatinCommonWords}: {@code said}, {@code
   * the}): next to other words it is dropped, as the analyser drops Arabic stop words; alone, or
   * when every word is one, the query stays as typed.
   */
  private static boolean isCommonWord(String unit) {
    return !OPERATORS.contains(unit) && LATIN_WORD.matcher(unit).matches() && LatinCommonWords.contains(unit);
  }

  /** Whether the unit before or after unit i is an operator, whose operand it would be. */
  private static boolean nextToOperator(String query, List<int[]> units, int i) {
    for (int j : new int[] {i - 1, i + 1}) {
      if (j >= 0 && j < units.size() && OPERATORS.contains(query.substring(units.get(j)[0], units.get(j)[1]))) return true;
    }
    return false;
  }

  /** Query units that together name one entity, and that entity. */
  private record NameRun(int units, EntityRecord entity) {}

  /**
   * The longest run of query units from {@code i} on (3 or 2) that names one entity ({@code Ban
   * Ki-moon}, {@code Mohammed bin Salman}), or null: plain Latin words, none an operator,
   * excluded or an exonym, whose words other than chain particles (at least two) are the first
   * words of the entity's Latin name (particles aside), in order, each {@linkplain
   * Transliterator#sameWord the same word} (a short one of about its length). Only the start: a
   * chain's later words name someone else (the father of محمد بن سلمان بن عبدالعزيز), and later
   * words that merely sound alike are no name: {@code Kerry said} is not اتحاد الكرة السعودي,
   * although {@code Kra S'odi} follow each other there; {@code Mohammed bin} is not a name with
   * {@code Ban} in it.
   */
  private static NameRun nameRun(String query, List<int[]> units, int i, EntityRegistry registry) {
    for (int n = Math.min(3, units.size() - i); n > 1; n--) {
      boolean plain = true;
      for (int j = i; j < i + n; j++) {
        String w = plainLatin(query.substring(units.get(j)[0], units.get(j)[1]));
        plain &= !OPERATORS.contains(w) && (LATIN_WORD.matcher(w).matches() || j > i && w.matches("[A-Za-z]{2}")); // Ban Ki Moon
        plain &= exonym(w) == null;
      }
      if (!plain) continue;
      List<String> words = nameWords(Transliterator.queryWords(plainLatin(query.substring(units.get(i)[0], units.get(i + n - 1)[1]))));
      if (words.size() < 2) continue;
      for (EntityRecord e : byLatin(registry, String.join(" ", words))) {
        if (twoNamesRunTogether(words, e, registry)) continue; // «اوباما كينيا» took Obama Kenya from 20 articles to 1
        if (QueryUnits.filterOf(e) != null && e.latin() != null && startsWith(nameWords(List.of(e.latin().split(" "))), words)) return new NameRun(n, e);
      }
    }
    return null;
  }

  /**
   * Whether the entity a run of words names is two names the recogniser ran together: each word
   * alone names an entity mentioned more often than it, one of them under the very Arabic word the
   * run's name has there (the ORG «أوباما الكينية», once, against أوباما and كينيا). Mentions alone
   * are no test: a person quoted once ({@code Hugo Dixon}; {@code Tyler Cowen}, whose words alone
   * name تيلور and قناة السويس) is a name of one mention, and read word by word it found nothing
   * (session 14 review: 1 article → 0).
   */
  private static boolean twoNamesRunTogether(List<String> words, EntityRecord run, EntityRegistry registry) {
    if (run.canonical() == null) return false;
    String[] arabic = run.canonical().strip().split("\\s+");
    if (arabic.length != words.size()) return false;
    boolean sharesAWord = false;
    for (int k = 0; k < words.size(); k++) {
      List<EntityRecord> alone = couldBeAName(words.get(k)) ? byLatin(registry, words.get(k)) : List.of();
      if (alone.isEmpty() || alone.get(0).id().equals(run.id()) || alone.get(0).count() <= run.count()) return false;
      sharesAWord |= hasNameWord(alone.get(0), arabic[k]);
    }
    return sharesAWord;
  }

  /** Whether a word (match-normalised) is a word of the entity's canonical name or of an alias. */
  private static boolean hasNameWord(EntityRecord e, String word) {
    String key = org.marsad.text.ArabicNormalizer.match(word);
    List<String> names = new ArrayList<>(e.aliases());
    names.add(e.canonical());
    for (String name : names) {
      for (String w : name.strip().split("\\s+")) if (org.marsad.text.ArabicNormalizer.match(w).equals(key)) return true;
    }
    return false;
  }

  /**
   * Latin words of the chain particles a query or a Latin name may spell (بن، بنت، ابن، آل، أبو): they
   * are not compared, as the registry does not key them ({@code bin} shares {@code Ban}'s key).
   */
  private static final Set<String> CHAIN_PARTICLES = Set.of("bin", "bn", "ben", "ibn", "abn", "bint", "bnt", "al", "el", "abu", "abo", "abou");

  /** The words other than chain particles. */
  private static List<String> nameWords(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) if (!CHAIN_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) out.add(w);
    return out;
  }

  /** Whether the name's first words are the query words, each {@linkplain Transliterator#sameWord the same word}. */
  private static boolean startsWith(List<String> nameWords, List<String> queryWords) {
    if (queryWords.size() > nameWords.size()) return false;
    for (int k = 0; k < queryWords.size(); k++) if (!Transliterator.sameWord(queryWords.get(k), nameWords.get(k))) return false;
    return true;
  }

  /**
   * What a Latin word also matches: for an English name of the exonym list ({@code Cairo}), its
   * Arabic name as words and its entity when the registry knows it; otherwise the entity whose
   * Latin name the word is, after the Arabic word of its name the Latin word spells ({@link
   * ArabicNameWords}). Empty when neither.
   */
  private static List<String> alternatives(String word, EntityRegistry registry) {
    LatinExonyms.Exonym exonym = exonym(word);
    if (exonym != null) {
      List<String> out = new ArrayList<>();
      out.add(exonym.arabic().contains(" ") ? '"' + exonym.arabic() + '"' : exonym.arabic());
      registry.resolve(exonym.type(), exonym.arabic()).map(QueryUnits::filterOf).ifPresent(out::add);
      return out;
    }
    if (!couldBeAName(word) || CHAIN_PARTICLES.contains(word.toLowerCase(Locale.ROOT))) return List.of(); // bin is no name (it shares Ban's key)
    List<EntityRecord> found = byLatin(registry, word);
    String filter = found.isEmpty() ? null : QueryUnits.filterOf(found.get(0));
    if (filter == null) return List.of();
    String arabic = ArabicNameWords.of(Transliterator.queryWords(word), found.get(0)); // Obama → أوباما: articles the recogniser did not tag
    return arabic == null ? List.of(filter) : List.of(arabic, filter);
  }

  /** An entity filter whose value is in Latin letters: sign, field, value (quoted or not). */
  private static final Pattern LATIN_FILTER = Pattern.compile("(-?)(person|org|place|speaker):(?:\"([^\"]+)\"|([^\"\\s]+))", Pattern.CASE_INSENSITIVE);

  /**
   * {@code person:Jubeir} (also {@code org:}, {@code place:}, {@code speaker:}, quoted values, an
   * excluded one) as the filter by the id of the entity of that type the registry knows by that
   * Latin name, or null: the filter matched Arabic names only, so {@code speaker:Jubeir} found 0
   * articles where {@code Jubeir} and {@code --speaker Jubeir} find him (session 11 QA).
   */
  private static String latinFilter(String unit, EntityRegistry registry) {
    java.util.regex.Matcher m = LATIN_FILTER.matcher(unit);
    if (!m.matches()) return null;
    String value = plainLatin(m.group(3) != null ? m.group(3) : m.group(4)).strip();
    if (!value.matches("[A-Za-z][A-Za-z '-]+") || !value.contains(" ") && !couldBeAName(value)) return null;
    String field = m.group(2).toLowerCase(Locale.ROOT);
    for (EntityRecord e : byLatin(registry, value)) {
      String f = field(e.type());
      if (f != null && (f.equals(field) || field.equals("speaker") && !f.equals("place"))) return m.group(1) + field + ":" + e.id();
    }
    return null;
  }

  /** The filter field of a PERS, ORG or LOC entity. */
  private static String field(String type) {
    return switch (type) {
      case "PERS" -> "person";
      case "ORG" -> "org";
      case "LOC" -> "place";
      default -> null;
    };
  }

  /**
   * The exonym a word spells, also with apostrophes the list's spelling leaves out: {@code Sana'a}
   * is {@code Sanaa} (صنعاء; by its letters it found 263 articles on الصين).
   */
  private static LatinExonyms.Exonym exonym(String word) {
    LatinExonyms.Exonym e = LatinExonyms.of(word);
    return e != null || word.indexOf('\'') < 0 ? e : LatinExonyms.of(word.replace("'", ""));
  }

  /**
   * Whether a Latin word can be written for an Arabic name at all: not when a letter repeats three
   * times in a row ({@code qqq}, {@code zzzzqqq}; no transliteration does that), nor when its
   * phonetic key is one letter (the key of {@code qqq} or {@code kia} is {@code k}, shared by every
   * name with a one-consonant word: {@code qqq} found six football articles through Gea's
   * {@code Khia}). Typing noise must find nothing, not someone. Nor a common English word of
   * {@link LatinCommonWords} ({@code said} is not السعودية, although both are {@code sd} by key);
   * an exonym is read before this test, and a run of words may still spell a whole name.
   */
  public static boolean couldBeAName(String word) {
    if (TRIPLED.matcher(word).find() || LatinCommonWords.contains(word)) return false;
    String key = Transliterator.phoneticKey(word);
    return key.replace(" ", "").length() >= 2;
  }

  /**
   * A word of Latin letters with diacritics as the plain letters a transliteration key reads
   * ({@code Riyāḍ} → {@code Riyad}, {@code Ṣanʿāʾ} → {@code San'a'}), the ʿayn and hamza signs
   * and typographic apostrophes ({@code Sa’ud}, as phones type it) as {@code '} (none at the start:
   * {@code ʿAdil} → {@code Adil}). Scholarly
   * transliterations found nothing (0 results for {@code Riyāḍ}, 1,041 for {@code Riyadh}). A word
   * with other letters (Arabic) is returned as it is: decomposing it would take the hamza off أ.
   */
  public static String plainLatin(String word) {
    String s = word.replace('\u02BF', '\'').replace('\u02BE', '\'').replace('\u2019', '\'').replace('\u2018', '\'');
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
    // a leading ʿ (ʿAdil, ʿAli) is no letter a key reads, and a Latin word must start with a letter
    return plain.chars().allMatch(c -> c < 0x250) ? plain.replaceFirst("^'+(?=[A-Za-z])", "") : word;
  }
}
