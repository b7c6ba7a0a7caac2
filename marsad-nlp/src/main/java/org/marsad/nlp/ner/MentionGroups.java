package org.marsad.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.NameKey;
import org.marsad.nlp.entity.Nasab;
import org.marsad.nlp.util.ResourceLines;
import org.marsad.text.ArabicNormalizer;

/**
 * One article's mentions joined into the entities they name within the article, each an {@link
 * org.marsad.nlp.entity.EntityRegistry#register} call of the {@link EntityEnricher}: a person's shorter
 * mentions ({@code لافروف}) join the fullest name they end ({@code سيرغي لافروف}), a chain its longer
 * forms, a prince's family-name form his chain ({@link #samePrince}), a name without the chain links after
 * its given name the chain on positive evidence ({@link #shortFormOfChain}); other types join on equal {@link
 * NameKey}; a title written with no name ({@code خادم الحرمين الشريفين}) counts for the one person the
 * article gives that title. One place for the rule, so that a registry rebuilt from stored articles
 * ({@link #ofStored}) is fed what ingest fed it.
 */
public final class MentionGroups {
  /**
   * One entity of the article: {@code key} is {@code TYPE|key of the canonical mention}, {@code
   * canonical} that mention's text, {@code aliases} the texts of its mentions (text order), {@code
   * mentions} how many (a title it holds included), {@code roles} the {@linkplain #officeKey offices} written
   * next to its mentions ({@code وزير الخارجيه} of {@code وزير الخارجية الأستاذ عادل بن أحمد الجبير}): the
   * registry's evidence of who a short form names across articles.
   */
  public record Group(String key, String type, String canonical, Set<String> aliases, int mentions, Set<String> roles) {}

  /**
   * A mention found by the enricher.
   *
   * @param titleOnly the mention is a title with no name ({@code خادم الحرمين الشريفين}): it names the
   *              person the article gives that title, if exactly one, else no one
   * @param key   match-normalised text, single spaces (computed once: resolution compares every
   *              pair of mentions, and normalising on each comparison was most of its cost)
   * @param words number of words in {@code key}
   * @param afterChainParticle a chain particle ({@code بن}, {@code بنت}) stands right before it in the text: the
   *              name of someone's father ({@code رهف بنت خالد الحارثي}), not a person the article names
   */
  record Mention(String type, String text, int start, int end, String role, String key, int words, boolean titleOnly, boolean afterChainParticle) {
    static Mention of(String type, String text, int start, int end, String role, String articleText) {
      String key = NameKey.of(text);
      return new Mention(type, text, start, end, role, key, key.split(" ").length, false, chainParticleBefore(articleText, start));
    }

    static Mention title(String text, int start, int end) {
      String key = NameKey.of(text);
      return new Mention("PERS", text, start, end, text, key, key.split(" ").length, true, false);
    }
  }

  private static final Set<String> CHAIN_PARTICLES = Set.of("بن", "بنت", "ابن");

  /** Whether the word right before offset {@code start} of the text is a chain particle; false without the text. */
  static boolean chainParticleBefore(String text, int start) {
    if (text == null || start <= 0 || start > text.length()) return false;
    int end = start;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    int from = end;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
    return from < end && CHAIN_PARTICLES.contains(ArabicNormalizer.match(text.substring(from, end)));
  }

  private final List<Mention> mentions;
  private final Map<String, Mention> canonicalOf; // type|key -> canonical mention
  private final List<Group> groups;
  private final Map<Mention, String> holderOf; // a title with no name -> its holder's group key

  private MentionGroups(List<Mention> mentions, Map<String, Mention> canonicalOf, List<Group> groups, Map<Mention, String> holderOf) {
    this.mentions = mentions;
    this.canonicalOf = canonicalOf;
    this.groups = groups;
    this.holderOf = holderOf;
  }

  /**
   * The groups ingest registered for an article whose entities are {@code stored} (as the article
   * JSON keeps them, in text order; their canonical names and ids are not read): an entity whose role
   * is its own text is a title written with no name. {@code text}: the article's text the offsets point
   * into (null if not at hand: a mention after a chain particle is then not known as such).
   */
  public static List<Group> ofStored(List<Entity> stored, String text) {
    List<Mention> all = new ArrayList<>();
    for (Entity e : stored) {
      boolean titleOnly = e.type().equals("PERS") && e.role() != null && e.role().equals(e.text());
      all.add(titleOnly ? Mention.title(e.text(), e.start(), e.end()) : Mention.of(e.type(), e.text(), e.start(), e.end(), e.role(), text));
    }
    return of(all).groups();
  }

  /** Groups the mentions of one article (text order). */
  static MentionGroups of(List<Mention> all) {
    List<Mention> mentions = all.stream().filter(m -> !m.titleOnly()).toList();
    List<Mention> titles = all.stream().filter(Mention::titleOnly).toList();
    // Fullest names first, so shorter mentions find the name they end.
    List<Mention> byLength = new ArrayList<>(mentions);
    byLength.sort(Comparator.comparingInt((Mention m) -> -m.words()).thenComparingInt(Mention::start));
    Map<String, Mention> canonicalOf = new HashMap<>();
    for (Mention m : byLength) {
      String k = m.type() + "|" + m.key();
      if (canonicalOf.containsKey(k)) continue;
      Mention canon = m;
      if (m.type().equals("PERS")) {
        for (Mention c : byLength) {
          if (c.type().equals("PERS") && c.words() > m.words()
              && (Nasab.endsSamePerson(c.key(), m.key()) || Nasab.sameChain(c.key(), m.key())
                  || Nasab.familyNameOf(c.key(), m.key()) && samePrince(c.key(), m.key(), mentions) // سعود الفيصل in an article naming سعود بن فيصل بن عبدالعزيز
                  || m.key().equals(Nasab.withoutMiddleChain(c.key())) && shortFormOfChain(c.key(), m.key(), mentions))) { // عادل الجبير after عادل بن أحمد الجبير
            canon = canonicalOf.getOrDefault("PERS|" + c.key(), c);
            break;
          }
        }
      }
      canonicalOf.put(k, canon);
    }
    Map<String, Set<String>> aliases = new LinkedHashMap<>();
    Map<String, Set<String>> roles = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Mention m : mentions) {
      String ck = groupKey(canonicalOf.get(m.type() + "|" + m.key()));
      aliases.computeIfAbsent(ck, x -> new LinkedHashSet<>()).add(m.text());
      counts.merge(ck, 1, Integer::sum);
      String office = m.type().equals("PERS") ? officeKey(m.role()) : null;
      if (office != null) roles.computeIfAbsent(ck, x -> new java.util.TreeSet<>()).add(office);
    }
    // A title with no name is the person the article names with that title (his role), and is
    // counted as a mention of him but is no alias: the title names whoever holds it.
    Map<Mention, String> holderOf = new HashMap<>();
    for (Mention t : titles) {
      Set<String> holders = new LinkedHashSet<>();
      for (Mention m : mentions) {
        if (m.type().equals("PERS") && m.role() != null && holds(m.role(), t.key())) holders.add(groupKey(canonicalOf.get("PERS|" + m.key())));
      }
      if (holders.size() == 1) {
        holderOf.put(t, holders.iterator().next());
        counts.merge(holders.iterator().next(), 1, Integer::sum);
      }
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : aliases.entrySet()) {
      Mention c = canonicalOf.get(e.getKey());
      if (c == null) c = mentions.stream().filter(m -> groupKey(m).equals(e.getKey())).findFirst().orElseThrow();
      groups.add(new Group(e.getKey(), c.type(), c.text(), e.getValue(), counts.get(e.getKey()), Set.copyOf(roles.getOrDefault(e.getKey(), Set.of()))));
    }
    return new MentionGroups(mentions, canonicalOf, List.copyOf(groups), holderOf);
  }

  private static String groupKey(Mention canonical) {
    return canonical.type() + "|" + canonical.key();
  }

  /** The groups, in the order their first mention comes in the text. */
  List<Group> groups() {
    return groups;
  }

  /** The mentions that name someone or something (titles with no name left out), text order. */
  List<Mention> mentions() {
    return mentions;
  }

  /** The key of the group a mention of {@link #mentions} belongs to. */
  String groupOf(Mention m) {
    return groupKey(canonicalOf.get(m.type() + "|" + m.key()));
  }

  /** Titles with no name that name one person, with the key of that person's group. */
  Map<Mention, String> holderOf() {
    return holderOf;
  }

  /** One letter glued to a title's first word: to, and, with, so ({@code لخادم}, {@code وخادم}). */
  static final String LEADING_PARTICLES = "لوبف";

  /**
   * True when a role makes its bearer the holder of a title written alone: the role starts with the
   * title ({@code خادم الحرمين الشريفين الملك}), its first word read without one leading {@code ل، و،
   * ب، ف} if need be. A role that only contains it ({@code مستشار خادم الحرمين الشريفين}, {@code نائب
   * …}, {@code المبعوث الخاص لخادم …}) serves the holder and is not him.
   */
  static boolean holds(String role, String titleKey) {
    String r = NameKey.of(role);
    if (r.equals(titleKey) || r.startsWith(titleKey + " ")) return true;
    return r.length() > 1 && LEADING_PARTICLES.indexOf(r.charAt(0)) >= 0 && (r.substring(1) + " ").startsWith(titleKey + " ");
  }

  /**
   * Whether a name written without the chain links after its given name ({@code عادل الجبير} of {@code
   * عادل بن أحمد الجبير}, {@link Nasab#withoutMiddleChain}) is the chain's bearer in this article, on
   * positive evidence: the article names him in full before it first shortens the name (news names a
   * person in full, then shorter), or gives both forms the same role ({@code وزير الحج الدكتور بندر حجار}
   * … {@code وزير الحج الدكتور بندر بن محمد حجار}). The short form written first with no shared role may
   * be another man of that name ({@code عضو مجلس الشورى الدكتور سعدون السعدون وعمدة حي السياسب سعدون بن
   * عبدالله السعدون}): apart. Not a form written after a chain particle ({@code رهف بنت خالد الحارثي}: her
   * father, beside the pupil {@code خالد بن سعيد الحارثي}). Not a prince's: {@code X الY} of a prince is the son of Y ({@code سعود الفيصل},
   * {@link Nasab#familyNameOf}), not {@code X بن Z الY}. For this article only: the registry keeps the short form's
   * other articles under its own entity ({@link org.marsad.nlp.entity.EntityRegistry}: the short form names many men).
   */
  private static boolean shortFormOfChain(String chainKey, String shortKey, List<Mention> mentions) {
    int chainAt = Integer.MAX_VALUE, shortAt = Integer.MAX_VALUE;
    Set<String> chainRoles = new HashSet<>(), shortRoles = new HashSet<>();
    for (Mention m : mentions) {
      if (!m.type().equals("PERS")) continue;
      boolean chain = m.key().equals(chainKey), shortForm = m.key().equals(shortKey);
      if (!chain && !shortForm) continue;
      if (chain) chainAt = Math.min(chainAt, m.start());
      else shortAt = Math.min(shortAt, m.start());
      if (m.role() == null || m.role().isBlank()) continue;
      // a prince's X الY is the son of Y (سعود الفيصل beside الأمير سعود بن خالد الفيصل): Nasab#familyNameOf
      if (Arrays.stream(ArabicNormalizer.match(m.role()).split("\\s+")).anyMatch(PRINCELY::contains)) return false;
      (chain ? chainRoles : shortRoles).add(NameKey.of(m.role()));
    }
    for (Mention m : mentions) if (m.key().equals(shortKey) && m.afterChainParticle()) return false; // رهف بنت خالد الحارثي
    if (chainAt < shortAt) return true;
    shortRoles.retainAll(chainRoles);
    return !shortRoles.isEmpty();
  }

  /**
   * The office a role names, as the registry compares it: the role's {@link NameKey} without personal
   * titles ({@code وزير الخارجية الأستاذ} → {@code وزير الخارجيه}; {@code الشيخ الدكتور} → none): a degree
   * or a rank is shared by many men and says nothing of which one. Null when nothing is left.
   */
  public static String officeKey(String role) {
    if (role == null || role.isBlank()) return null;
    StringBuilder out = new StringBuilder();
    for (String w : NameKey.of(role).split(" ")) {
      if (w.isEmpty() || PERSONAL.contains(ArabicNormalizer.match(w))) continue;
      if (out.length() > 0) out.append(' ');
      out.append(w);
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** Title words of a prince ({@code الأمير}, {@code سمو}), match-normalised. */
  private static final Set<String> PRINCELY = Set.copyOf(ResourceLines.read(EntityEnricher.class, "princely-titles.txt"));

  /** Personal titles (degree, profession, rank), match-normalised: not a prince's. Office titles (وزير) are. */
  private static final Set<String> PERSONAL = Set.copyOf(ResourceLines.read(EntityEnricher.class, "personal-titles.txt"));

  /**
   * Whether a chain and its family-name form in one article ({@code سعود بن فيصل بن عبدالعزيز}, {@code
   * سعود الفيصل}, {@link Nasab#familyNameOf}) are one prince: a chain of {@code آل سعود} or a princely
   * title on either, and no personal title ({@code الدكتور}, {@code المهندس}, a rank) on the family-name form; an
   * office ({@code وزير الخارجية السعودي سعود الفيصل}) is a prince's too. {@code الأمير فهد بن سلطان} and {@code
   * الدكتور فهد السلطان} in one article are two people: the form is a family name of many families.
   */
  private static boolean samePrince(String chainKey, String familyKey, List<Mention> mentions) {
    boolean princely = chainKey.endsWith(" ال سعود");
    for (Mention m : mentions) {
      if (!m.type().equals("PERS") || m.role() == null) continue;
      boolean isFamily = m.key().equals(familyKey), isChain = m.key().equals(chainKey) || Nasab.sameChain(m.key(), chainKey);
      if (!isFamily && !isChain) continue;
      boolean prince = Arrays.stream(ArabicNormalizer.match(m.role()).split("\\s+")).anyMatch(PRINCELY::contains);
      // الدكتور فهد السلطان is another man; وزير الخارجية السعودي سعود الفيصل is the prince in office
      if (isFamily && !prince && Arrays.stream(ArabicNormalizer.match(m.role()).split("\\s+")).anyMatch(PERSONAL::contains)) return false;
      princely |= prince;
    }
    return princely;
  }
}
