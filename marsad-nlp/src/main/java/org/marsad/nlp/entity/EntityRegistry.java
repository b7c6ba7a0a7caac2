package org.marsad.nlp.entity;

import org.marsad.nlp.io.DurableFiles;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.marsad.nlp.anatomy.DatelineDetector;
import org.marsad.nlp.util.ResourceLines;
import org.marsad.text.ArabicNormalizer;

/**
 * Entities across documents: stable ids, aliases and mention counts, persisted as one JSON
 * object per line in {@value #FILE_NAME} inside the directory it is given.
 *
 * <p><b>Canonical name.</b> The in-article canonical name it was first registered under, upgraded
 * by a fuller name ({@code لافروف} → {@code سيرغي لافروف}), and written as most articles write
 * it: a spelling with the same {@link NameKey} used in more articles replaces it ({@code ايران} →
 * {@code إيران}, {@code للكونغرس} → {@code الكونغرس}).
 *
 * <p><b>Ids.</b> An entity's id is {@code <type>-<first 12 hex of SHA-1(type|match-normalised
 * canonical name)>} (e.g. {@code pers-3f2a…}), so the same name gets the same id on every
 * machine and in every run.
 *
 * <p><b>Resolution rule</b> ({@link #resolve}): names are compared by their {@link NameKey}. A
 * name already known as an alias maps to its entity; an alias several entities hold maps to the one
 * the most articles named by it, whatever order they came in ({@link #claim}). A one-word person name (a surname such as
 * {@code لافروف}) maps to the most frequently mentioned multi-word person whose last word it is
 * ({@code سيرغي لافروف}), never to one where that word follows a chain particle ({@code سلمان} is
 * not {@code محمد بن سلمان}, see {@link Nasab}). A one-word name that starts a known chain is a
 * given name, not a surname: it maps to the most mentioned such chain only on strong evidence
 * ({@link #GIVEN_NAME_MIN_MENTIONS}: {@code سلمان} is {@code سلمان بن عبدالعزيز}; a lone {@code
 * خالد} or {@code فهد} names too many people), else to nothing; a lone entity of it made before the
 * evidence was strong joins the chain at its next mention. If none is known yet it gets an entity of its own, which is merged into a full name (kept as a
 * redirect) when a lone mention would now resolve to it (the same test whichever came first). A lone
 * word that also starts known names ({@code صالح} of {@code صالح المطلق}) needs a dominant full name
 * ({@link #SHARED_SURNAME_MIN_MENTIONS}). A chain and its family-name form ({@code سعود بن فيصل …},
 * {@code سعود الفيصل}) join once one article writes both. A person's chain ({@code محمد بن سلمان بن عبدالعزيز}) maps to the
 * most mentioned person with the same chain written shorter or further ({@code محمد بن سلمان}); when the
 * longer adds an ancestor ({@code بن} link), only if the article wrote both; one adding only the house
 * ({@code … آل سعود}) joins without ({@link #mostFrequentOfChain}).
 * A one-word name of another type maps to the same name with or without the article when there
 * is no entity of its own ({@code فيفا} → {@code الفيفا}). Names of one place or body that no
 * spelling rule joins ({@code المملكة العربية السعودية}, {@code المملكة} → {@code السعودية}) are
 * listed in {@link KnownAliases} and filed under the listed canonical name, also when a file
 * written before the list is opened.
 */
public final class EntityRegistry {
  public static final String FILE_NAME = "entities.jsonl";
  /** The file of the counted articles' ids beside {@link #FILE_NAME}: a copy of a registry takes both. */
  public static final String COUNTED_FILE_NAME = CountedIdsFile.FILE_NAME;
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Reads the file: field names not canonicalised (interned), as Jackson does by default, since the
   * names of {@code surfaces} are tens of thousands of spellings, not a few keys; interning them
   * cost about a third of a warmed-up open (bench/RESULTS.md, "Registry open, session 10").
   */
  private static final ObjectMapper JSON_READER =
      new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder().disable(com.fasterxml.jackson.core.JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build());

  private final Path dir;
  private final Transliterator transliterator;
  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<String, String> aliasToId = new HashMap<>(); // type|alias -> id
  private final Map<String, String> redirects = new HashMap<>(); // merged id -> id
  /** The reverse of {@link #redirects} (id -> the ids redirected straight to it), so {@link #mergedIds} reads no other entity's. */
  private final Map<String, Set<String>> redirectedHere = new HashMap<>();
  /**
   * Multi-word persons by the last word of their canonical key: a surname finds its candidates
   * here instead of scanning (and re-normalising) every entity, which grew with the collection
   * and held the registry's lock for most of an article's registration.
   */
  private final RankedByWord<Entry> fullNamesBySurname = new RankedByWord<>(Entry::own, e -> e.id);
  /**
   * Persons whose name is an Arabic chain, by the name without its middle links ({@code عادل الجبير} of
   * {@code عادل بن أحمد الجبير}, {@link Nasab#withoutMiddleChain}): the chains a short form may name ({@link #shortFormJoins}).
   */
  private final Map<String, Set<Entry>> chainsByShortForm = new HashMap<>();
  /**
   * Three-word names without a chain particle ({@code سيب جوزيف بلاتر}), by each two-word name of theirs
   * that keeps the last word ({@code سيب بلاتر}, {@code جوزيف بلاتر}, {@link #siblingsOf}): the pairs
   * {@link #shortFormJoins} may read as one man.
   */
  private final Map<String, Set<Entry>> fullNamesBySibling = new HashMap<>();
  /**
   * The id of each key of {@link #fullNamesBySibling}, hashed once when the name is indexed: {@link
   * #shortFormJoins} looks both siblings of every three-word name up at each recompute, and hashing them
   * there made a recompute 5–10× slower (review of lane entities19, F-perf).
   */
  private final Map<String, String> siblingIds = new HashMap<>();
  /** The three-word names of {@link #fullNamesBySibling} with their two siblings, split once: what a recompute walks. */
  private final Map<Entry, List<String>> siblingsByFullName = new HashMap<>();
  /** {@link #shortFormJoins} as computed at {@link #shortFormJoinsAt} (a count of {@link #joinInputChanges}), or null. */
  private Map<String, String> shortFormJoins;
  private long shortFormJoinsAt = -1;
  /**
   * Changes to what {@link #shortFormJoins} reads: a short form, a chain or a three-word name and its
   * two-word names (their counts, offices, ids and merges; {@link #touchJoinInput}). A registration of
   * any other name leaves the joins as they were, so they are not recomputed: an alert or a search with
   * an Arabic name filter after every registration paid a walk over every chain and three-word name
   * (review of lane entities22, F4: 4–8 ms CPU on the 5-day registry).
   */
  private long joinInputChanges;
  /** How many times {@link #shortFormJoins} was computed (tests count it). */
  long joinRecomputes;
  /**
   * The office tests of the last computation of {@link #shortFormJoins}, by chain (a short form against it)
   * and by three-word name (its two siblings), with the {@link Entry#changes} they were weighed at: a
   * computation weighs again only the pairs whose entities changed since.
   */
  private final Map<Entry, JoinTest> chainTests = new HashMap<>();
  private final Map<Entry, JoinTest> siblingTests = new HashMap<>();
  /**
   * True while {@link #register} runs. The joins are computed only between registrations (by the public
   * lookups; {@link #register} returns the entity's own record): so any change of a join's input made by a
   * registration, before or after the touch of its entity in it, is seen by the next computation, and no
   * bump at the end of a registration is needed (review of lane entities23, F4). {@link #shortFormJoins}
   * checks it always (one boolean test; an {@code assert} would not run in production, review of lane
   * entities24, F4), so that a lookup added to the registering path one day fails instead of reading joins
   * computed half way through a registration.
   */
  private boolean registering;
  /** The short forms' ids, hashed once ({@link #siblingIds} likewise). */
  private final Map<String, String> shortFormIds = new HashMap<>();

  /** One office test of {@link #shortFormJoins} and the entities' {@link Entry#changes} when it was made. */
  private record JoinTest(Entry a, Entry b, long changesA, long changesB, long changesC, boolean same) {
    boolean valid(Entry a, Entry b, Entry c) {
      return this.a == a && this.b == b && changesA == a.changes && changesB == b.changes && changesC == (c == null ? 0 : c.changes);
    }
  }
  /** Persons whose name is an Arabic chain ({@code محمد بن سلمان …}), by its {@linkplain Nasab#head head}. */
  private final Map<String, Set<Entry>> chainsByHead = new HashMap<>();
  /**
   * The same chains by their given name ({@code سلمان} of {@code سلمان بن عبدالعزيز}): a lone given
   * name is filed under one of them only on strong evidence ({@link #chainOfGivenName}), and is
   * never taken for a surname ({@code سلمان} is not {@code أكرم سلمان}).
   */
  private final RankedByWord<Entry> chainsByGivenName = new RankedByWord<>(Entry::own, e -> e.id);
  /**
   * Multi-word persons by their first word ({@code صالح} of {@code صالح المطلق}): a word that starts
   * known names is a given name too, so a lone mention of it is no one's surname without strong
   * evidence ({@link #surnameTarget}).
   */
  private final RankedByWord<Entry> namesByFirstWord = new RankedByWord<>(Entry::own, e -> e.id);
  /*
   * The three above are ranked by own mentions ({@link Entry#own}) so that the lone-word rule
   * ({@link #mostFrequentWithSurname}) reads a word's best person, the next best and the total instead
   * of scanning every name sharing the word: the scans made registering grow with the registry
   * (bench/RESULTS.md, "Entity registry: cost of registering", sessions 11 and 12). A person's own
   * mentions change only through {@link #recount}, which takes it out of them and files it again.
   */
  /**
   * Persons by each one-word key among their aliases, and by each word of {@link Entry#loneCounts}:
   * the persons a lone word was filed under, which {@link #recheckLoneWord} must move or strip, found
   * without scanning every name the word could be the surname or the given name of. Live entries only
   * (a merged entity leaves them); kept in step by {@link #addAlias}, {@link #fileLone} and {@link #merge}.
   */
  private final WordHolders<Entry> oneWordAliasHolders = new WordHolders<>();
  private final WordHolders<Entry> loneWordHolders = new WordHolders<>();
  /**
   * Bodies, places and others (not persons) by each word of their names ({@code TYPE|word}): the entities
   * a one-word name filter reaches as text ({@link #oneWordNameOf}). Built on the first such question
   * (null before: opening and ingest pay nothing until one is asked), then kept by {@link #addAlias},
   * {@link #removeAlias} and {@link #merge}. Live entries only.
   */
  private Map<String, Set<Entry>> byNameWord;

  /** An alias slot a lookup reads as empty while {@link #glueDropKeepsEntity} asks what it would answer without it (under the lock; null otherwise). */
  private String slotSetAside;
  /**
   * Multi-word person aliases by {@link ForeignSpelling#nameKey}: the spellings a new name of a foreign
   * person may be another spelling of ({@link #foreignSpellingOf}). Keys, not entities: the owner is read
   * through {@link #aliasToId} when asked, so merges need no step here. Kept by {@link #addAlias}.
   */
  private final Map<String, Set<String>> aliasesBySpelling = new HashMap<>();
  /**
   * The words of person names written with a chain particle ({@code X بن Y}, {@code أبو X}): words of
   * Arabic names, whose long vowels make another name ({@code حسن}/{@code حسين}), so never read as a
   * foreign spelling ({@link ForeignSpelling#sameName}). Only grows.
   */
  private final Set<String> chainNameWords = new HashSet<>();
  /**
   * Words of Arabic person names known before any article is read (keys; a shipped list, see
   * docs/models.md): a new registry, or a feed that seldom writes {@code بن}, has learnt few
   * {@link #chainNameWords}, and {@code محمود عباس} must not become {@code محمد عباس}.
   */
  private static final Set<String> ARABIC_NAME_WORDS = ResourceLines.read(EntityRegistry.class, "arabic-name-words.txt").stream()
      .map(NameKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /**
   * Keys of person-name words that start with the letters {@code ال} but were written with a hamza on
   * the alef ({@code ألكسيس}, {@code إلياس}): the article is never written so, so they hold none and may be
   * a foreign name ({@link #comparedAsWritten}). Only grows.
   */
  private final Set<String> hamzaAlWords = new HashSet<>();
  /** Phonetic key of a Latin name word ({@code Entry.latinKeys}) → the entities with it: a Latin query reads one set, not every entity. */
  private final Map<String, Set<Entry>> byLatinKey = new HashMap<>();
  private final Object saveLock = new Object();
  /**
   * The articles counted so far ({@link #learnOnce}), saved in the same file as the counts, so that
   * each article is counted exactly once whatever happens between a save and an index commit: the
   * registry learns an article while it is analysed, ahead of the commit that stores it, and is saved
   * after that commit; a {@code kill -9} or a failed write in between used to count the articles the
   * index did not keep a second time on the re-run, and one between the commit and the save left the
   * commit's articles uncounted (session 19). Guarded by {@link #articleLock}.
   */
  private final CountedArticles counted = new CountedArticles();
  /**
   * True for a registry whose file was written before the ids were kept ({@link #countsStoredArticles}):
   * the articles stored then are counted but not listed. Kept in the file from then on.
   */
  private boolean storedBeforeCounted;
  /** How many ids of {@link CountedIdsFile} the file read counts (0 before that file, session 20 lane fixidem20). */
  private long countedInFile;
  /** The checksum of those ids the file records; null in a file written before checksums (session 20). */
  private Long countedChecksum;
  /** Where {@link #save} appends the ids of {@link #counted}; null in memory. Guarded by {@link #saveLock}. */
  private CountedIdsFile countedFile;
  /**
   * Held while one article registers its names ({@link #learnOnce}) and while {@link #save} copies the
   * registry: a save holds whole articles, never the first names of one without the rest and its id.
   * Always taken before the registry's own lock ({@code this}: {@link #learnOnce} then {@code register},
   * {@link #save}), never while holding it, so the two cannot deadlock.
   */
  private final Object articleLock = new Object();
  /** Registrations so far in this process: see {@link #version}. Written under the registry's lock. */
  private volatile long version;
  /**
   * By what a lookup reads ({@code L|} a Latin phonetic key's entities, {@code I|} an id's entity and
   * merges, {@code A|TYPE|key} an alias slot, {@code R|word} the rankings of persons by a name word, {@code
   * H|head} the chains of a head, {@code F|key} the spellings of a foreign name key, {@code N|word} a word
   * learnt as an Arabic name word, {@code W|TYPE|word} the bodies and places a name word reaches), the number
   * of the last registration that changed it ({@link #registrations}; absent or 0:
   * none since opening, whose own changes are stamped 0). A caller that keeps what it computed from lookups ({@link #recording}) checks only
   * these ({@link #unchanged}), so registering unrelated names keeps it valid. Stamps older than {@link
   * #stampsKeptFrom} are dropped ({@link #dropOldStamps}), so a long ingest keeps only a window of them.
   */
  private final Map<String, Long> changedAt = new java.util.concurrent.ConcurrentHashMap<>(); // read without the lock by unchanged
  /**
   * The stamps in {@link #changedAt} at or below this registration were dropped: a recording whose first
   * read came before it is taken as changed ({@link #unchanged}), since the change it missed may be one
   * of those dropped. Written under the lock before the stamps go; read without it after the stamps.
   */
  private volatile long stampsKeptFrom;
  /**
   * How many registrations' stamps {@link #dropOldStamps} keeps at least (and at most twice as many): a kept
   * computation is redone at least once in that many registrations (an alert's rewrite: about once every
   * 900 to 1,800 articles of SaudiNewsNet), and the stamps stay bounded (bench/RESULTS.md, session 25,
   * lane entities25: 31,036 keys after 1,000 articles and growing without it).
   */
  static final long STAMP_WINDOW = 10_000;
  private long stampWindow = STAMP_WINDOW;
  /** Registrations begun in this process: the stamp of the changes the one under way makes. Under the lock. */
  private long registrations;
  /** The stamps the lookups of this thread's {@link #recording} read, or null when not recording. */
  private final ThreadLocal<Map<String, Long>> recording = new ThreadLocal<>();
  /** The stamp of a lookup that reads too much to stamp finely ({@link #all}, {@link #shortFormJoinNames}): the {@link #version}. */
  private static final String WHOLE = "*";

  private static final class Entry {
    final String id, type;
    String canonical, latin;
    /**
     * The phonetic keys of {@link #latin}'s words other than chain particles, kept in step with it
     * by {@link #setLatin}: a Latin query compares keys with every entity, so they are made once.
     */
    Set<String> latinKeys;
    /**
     * {@code key(canonical)}: set again where a fuller name replaces the canonical ({@code
     * entryFor}), a listed name does ({@code joinKnownAliases}) and {@code respell} writes a
     * one-word name with or without ال.
     */
    String canonicalKey;
    long count;
    /**
     * The articles that named it (one per registration; merges add them up); loaded from a file written
     * before they were counted, the articles of its most used spelling: an article writing {@code بان كي مون}, {@code بان} and {@code كي مون}
     * is one article, where the articles of each spelling ({@link #surfaces}) add up to three.
     */
    long articles;
    final Set<String> aliases = new LinkedHashSet<>();
    /** Spellings as written in the articles, each with the number of articles that used it (for display). */
    final Map<String, Long> surfaces = new LinkedHashMap<>();
    /**
     * Of {@link #count}, the mentions that were a lone word ({@code صالح}) filed under this multi-word
     * person, by the word's key: kept apart so that {@link #recheckLoneWord} can move them when later
     * names change who the word names, and left out of the evidence for it ({@link #own}).
     */
    final Map<String, Long> loneCounts = new LinkedHashMap<>();
    /**
     * By alias key, the articles that are evidence this person holds it ({@link #claim}): articles that
     * wrote it with a longer name of theirs that was filed here, and articles whose fullest name it is when it is
     * this entity's own name. Not articles filed here only because this entity owned the alias:
     * counting those let an early owner keep every later article of the name (review of session 13).
     */
    final Map<String, Long> evidence = new HashMap<>();
    /**
     * The offices written next to its names ({@code وزير الخارجيه}, personal titles left out: {@link
     * org.marsad.nlp.ner.MentionGroups#officeKey}), each with the number of articles that wrote it: the
     * evidence that a short form's articles and a chain's name one man ({@link #sameManByOffice}).
     */
    final Map<String, Long> roles = new java.util.TreeMap<>();
    /**
     * The articles that wrote an office next to it other than a relational one ({@code نظيره}: {@link
     * #RELATIONAL}), one per article however many offices it wrote: the most articles {@link #roles} can
     * stand for ({@link #sameManByOffice}); loaded from a file written before it was kept, the sum of {@link
     * #roles}' counts (at most {@link #articles}); a file of session 18 counted relational offices too.
     */
    long officeArticles;
    /** Grows at every {@link #touch}: {@link #shortFormJoins}'s tests are kept while it stays (a registration touches every entity it changes, see {@link #registering}). */
    long changes;
    /** The sum of {@link #loneCounts}, kept with it by {@link #addLone} and {@link #removeLone}: {@link #own} is read at every ranking step. */
    private long loneTotal;

    /** The mentions of the person by a name of its own, not by a lone word filed under it. */
    long own() {
      return count - loneTotal;
    }

    void addLone(String word, long n) {
      loneCounts.merge(word, n, Long::sum);
      loneTotal += n;
    }

    Long removeLone(String word) {
      Long n = loneCounts.remove(word);
      if (n != null) loneTotal -= n;
      return n;
    }

    @Override
    public String toString() {
      return id + " " + canonical;
    }

    Entry(String id, String type, String canonical, String latin) {
      this.id = id;
      this.type = type;
      this.canonical = canonical;
      this.canonicalKey = key(canonical);
      setLatin(latin);
    }

    /** Sets {@link #latin} (a transliteration of {@link #canonical}, set first) and its keys. */
    void setLatin(String latin) {
      this.latin = latin;
      String[] arabic = NameKey.WHITESPACE.split(ArabicNormalizer.match(canonical).strip()); // as Transliterator splits it
      String[] words = latin.split(" ");
      boolean aligned = arabic.length == words.length; // one Latin word per Arabic word, unless stored otherwise
      Set<String> keys = new java.util.HashSet<>();
      for (int i = 0; i < words.length; i++) {
        boolean particle = aligned ? CHAIN_PARTICLES.contains(arabic[i]) : LATIN_CHAIN_PARTICLES.contains(words[i]);
        if (!particle && !words[i].isEmpty()) keys.add(Transliterator.phoneticKey(words[i]));
      }
      this.latinKeys = keys;
    }

    EntityRecord toRecord() {
      return new EntityRecord(id, type, canonical, latin, count, List.copyOf(aliases));
    }
  }

  private EntityRegistry(Path dir, Transliterator transliterator) {
    this.dir = dir;
    this.transliterator = transliterator;
  }

  /** A registry that lives only in memory. */
  public static EntityRegistry inMemory(Transliterator transliterator) {
    return new EntityRegistry(null, transliterator);
  }

  /** Opens (or starts) the registry persisted in {@code dir}. */
  public static EntityRegistry open(Path dir, Transliterator transliterator) throws IOException {
    EntityRegistry r = new EntityRegistry(dir, transliterator);
    Path f = dir.resolve(FILE_NAME);
    boolean countedLine = false;
    if (Files.exists(f)) {
      try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8);
          JsonParser p = JSON_READER.getFactory().createParser(in)) {
        long line = 1;
        try {
          JsonToken t;
          while ((t = p.nextToken()) != null) {
            line = p.currentLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) throw new IOException("not an object");
            countedLine |= r.load(p);
          }
        } catch (IOException | RuntimeException e) {
          throw new IOException(f + ": line " + line + " is not an entity record: " + e.getMessage(), e);
        }
      }
    }
    r.countedFile = CountedIdsFile.open(dir, r.countedInFile, r.countedChecksum, r.counted);
    // a file written before session 20 counted the articles stored then without listing them
    if (!countedLine && !(r.byId.isEmpty() && r.redirects.isEmpty())) r.storedBeforeCounted = true;
    // Most mentioned first, so that neither step depends on the file's order. Sorted once: re-keying
    // changes no count or id, and the sort (boxing every count) cost a fifth of opening when each did its own.
    List<Entry> byMentions = r.byId.values().stream().sorted(MOST_MENTIONED_FIRST).toList();
    r.rekeyStoredNames(byMentions);
    r.joinKnownAliases(byMentions);
    for (Entry e : List.copyOf(r.byId.values())) r.respell(e, e.surfaces.keySet()); // a file written before respelling across ال
    for (Entry e : byMentions) if (r.byId.get(e.id) == e) r.dropStrayOtherForm(e); // a file written before the bare-form test
    for (Entry e : byMentions) if (r.byId.get(e.id) == e) r.dropGluedAliases(e); // a file written before session 25
    r.shortFormJoins = null; // opening changes entities after their touch: no test weighed during it is kept
    r.chainTests.clear();
    r.siblingTests.clear();
    return r;
  }

  /**
   * Files every stored alias, canonical name and spelling under its key by the current {@link
   * NameKey} too: a file written before a change of the key (session 9 joined {@code عبد الله},
   * dropped {@code تنظيم}) stored its aliases under the old key, and new mentions, keyed anew,
   * would otherwise get new ids. Stored keys are filed first and win ({@code putIfAbsent}), so no
   * id changes; a re-keyed alias joins its entity's aliases (saved with it). A spelling is filed only
   * when registering would file it ({@link #filedUnder}): {@code صالح}, kept off {@code سنية صالح}'s
   * aliases, must not become hers on reopening.
   */
  private void rekeyStoredNames(List<Entry> byMentions) {
    for (Entry e : byMentions) {
      Set<String> names = new LinkedHashSet<>();
      names.add(e.canonical);
      names.addAll(e.aliases);
      for (String spelling : e.surfaces.keySet()) if (filedUnder(e, key(spelling))) names.add(spelling);
      for (String name : names) {
        String k = key(name);
        if (k.isEmpty()) continue;
        if (aliasToId.putIfAbsent(e.type + "|" + k, e.id) == null) addAlias(e, k);
      }
    }
  }

  /**
   * Joins entities a file written before {@link KnownAliases} kept apart ({@code المملكة}, {@code
   * المملكة العربية السعودية} and {@code السعودية}): an entity whose canonical name is a listed
   * alias is merged into the entity of the listed canonical name (kept as a redirect, as a surname
   * entity is), or, when there is none, takes the listed canonical name (keeping its id). Most
   * mentioned first, so the outcome does not depend on the file's order.
   */
  private void joinKnownAliases(List<Entry> byMentions) {
    for (Entry e : byMentions) {
      if (byId.get(e.id) != e) continue; // merged already
      String canonical = KnownAliases.canonicalOf(e.type, e.canonicalKey);
      if (canonical == null || key(canonical).equals(e.canonicalKey)) continue;
      String k = key(canonical);
      String targetId = aliasToId.get(e.type + "|" + k);
      Entry target = targetId == null ? null : byId.get(follow(targetId));
      if (target == null) {
        rename(e, canonical);
        addAlias(e, k);
        fileAlias(e.type + "|" + k, e.id);
      } else if (target != e) {
        merge(e, target);
      }
    }
  }

  private static final Comparator<Entry> MOST_MENTIONED_FIRST = Comparator.comparingLong((Entry x) -> -x.count).thenComparing(x -> x.id);

  /**
   * Reads one record, the parser on its opening brace, with Jackson's streaming parser: no tree of
   * nodes is built for the file's tens of thousands of lines (loading was the largest phase of
   * opening; bench/RESULTS.md, "Entities, session 11").
   */
  /** Reads one line of the file; true when it was the line of the counted articles. */
  private boolean load(JsonParser p) throws IOException {
    String id = null, redirectTo = null, type = null, canonical = null, latin = null;
    boolean countedLine = false;
    Long count = null;
    List<String> aliases = null;
    Map<String, Long> surfaces = new LinkedHashMap<>();
    Map<String, Long> lone = new LinkedHashMap<>();
    Map<String, Long> evidence = new LinkedHashMap<>();
    Map<String, Long> roles = new LinkedHashMap<>();
    boolean evidenceKept = false;
    long articles = 0;
    Long officeArticles = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken v = p.nextToken();
      switch (field) {
        case "id" -> id = text(p, v, field);
        case "redirect" -> redirectTo = text(p, v, field);
        case "type" -> type = text(p, v, field);
        case "canonical" -> canonical = text(p, v, field);
        case "latin" -> latin = text(p, v, field);
        case "count" -> {
          if (v != JsonToken.VALUE_NUMBER_INT) throw new IOException("count is not a whole number: " + p.getText());
          count = p.getLongValue();
        }
        case "aliases" -> {
          if (v != JsonToken.START_ARRAY) throw new IOException("aliases is not an array");
          aliases = new ArrayList<>();
          for (JsonToken a; (a = p.nextToken()) != JsonToken.END_ARRAY; ) aliases.add(text(p, a, "an alias"));
        }
        case "surfaces" -> readCounts(p, v, "surfaces", surfaces);
        case "articles" -> {
          if (v != JsonToken.VALUE_NUMBER_INT) throw new IOException("articles is not a whole number: " + p.getText());
          articles = p.getLongValue();
        }
        case "lone" -> readCounts(p, v, "lone", lone);
        case "roles" -> readCounts(p, v, "roles", roles); // absent in a file written before roles were kept
        case "officeArticles" -> {
          if (v != JsonToken.VALUE_NUMBER_INT) throw new IOException("officeArticles is not a whole number: " + p.getText());
          officeArticles = p.getLongValue();
        }
        case "evidence" -> {
          readCounts(p, v, "evidence", evidence);
          evidenceKept = true;
        }
        case "countedArticles" -> {
          try {
            counted.addHexIdsBase64(text(p, v, field));
          } catch (IllegalArgumentException bad) {
            throw new IOException("countedArticles is not the Base64 of 16-byte ids: " + bad.getMessage());
          }
          countedLine = true;
        }
        case "countedArticlesInFile" -> {
          if (v != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 0) throw new IOException("countedArticlesInFile is not a count: " + p.getText());
          countedInFile = p.getLongValue();
          countedLine = true;
        }
        case "countedArticlesChecksum" -> {
          if (v != JsonToken.VALUE_NUMBER_INT) throw new IOException("countedArticlesChecksum is not a checksum: " + p.getText());
          countedChecksum = p.getLongValue();
        }
        case "countedOtherIds" -> {
          if (v != JsonToken.START_ARRAY) throw new IOException("countedOtherIds is not an array");
          for (JsonToken a; (a = p.nextToken()) != JsonToken.END_ARRAY; ) counted.add(text(p, a, "a counted id"));
        }
        case "storedBeforeCounted" -> storedBeforeCounted = v == JsonToken.VALUE_TRUE;
        default -> p.skipChildren();
      }
    }
    if (countedLine) return true;
    if (id == null) throw new IOException("no id");
    if (redirectTo != null) {
      redirect(id, redirectTo);
      return false;
    }
    // every field save writes: a record without one is damaged (every format so far wrote them all)
    String missing = type == null ? "type" : canonical == null ? "canonical" : latin == null ? "latin"
        : count == null ? "count" : aliases == null ? "aliases" : null;
    if (missing != null) throw new IOException("no " + missing);
    Entry e = new Entry(id, type, canonical, latin);
    e.count = count;
    // a file written before articles were counted: at least the articles of its most used spelling, so
    // that the next article adds to them instead of starting again from one (بان كي مون 12 → 1)
    e.articles = articles > 0 ? articles : surfaces.values().stream().mapToLong(Long::longValue).max().orElse(0);
    e.surfaces.putAll(surfaces);
    if (type.equals("PERS")) surfaces.keySet().forEach(this::noteWrittenWords);
    e.roles.putAll(roles);
    e.officeArticles = officeArticles != null ? officeArticles
        : Math.min(e.articles, roles.values().stream().mapToLong(Long::longValue).sum());
    lone.forEach(e::addLone);
    if (evidenceKept) {
      e.evidence.putAll(evidence);
    } else { // a file written before evidence was kept: the articles of each spelling, as counted then
      surfaces.forEach((s, n) -> e.evidence.merge(key(s), n, Long::sum));
    }
    byId.put(e.id, e);
    indexNames(e);
    for (String a : aliases) addAlias(e, a);
    for (String w : e.loneCounts.keySet()) loneWordHolders.add(w, e);
    for (String a : e.aliases) claim(e, a); // two entities holding one alias: the owner by evidence, not the file's order
    return false;
  }

  /** A string value, or an error naming the field: {@code null}, a number or an object is no name. */
  private static String text(JsonParser p, JsonToken v, String field) throws IOException {
    if (v != JsonToken.VALUE_STRING) throw new IOException(field + " is not a string: " + (v == null ? "end of file" : p.getText()));
    return p.getText();
  }

  /** Reads an object of name → count ({@code surfaces}, {@code lone}), the parser on its value. */
  private static void readCounts(JsonParser p, JsonToken v, String field, Map<String, Long> into) throws IOException {
    if (v != JsonToken.START_OBJECT) throw new IOException(field + " is not an object");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (!p.nextToken().isNumeric()) throw new IOException(field + " of \"" + name + "\" is not a number");
      into.put(name, p.getLongValue());
    }
  }

  /**
   * Files an entity in the lookups by name part: its Latin keys, and a multi-word person under its
   * surname (see {@link #fullNamesBySurname}; not a word after a chain particle: {@code سلمان} in
   * {@code محمد بن سلمان} is the father) and a chain under its head.
   */
  private void indexNames(Entry e) {
    for (String k : e.latinKeys) byLatinKey.computeIfAbsent(k, x -> new HashSet<>()).add(e);
    touch(e);
    if (!e.type.equals("PERS")) return;
    rank(e);
    String head = Nasab.head(e.canonicalKey);
    if (head != null) {
      chainsByHead.computeIfAbsent(head, x -> new java.util.HashSet<>()).add(e);
      changed("H|" + head);
    }
    String shortForm = Nasab.withoutMiddleChain(e.canonicalKey);
    if (shortForm != null) {
      chainsByShortForm.computeIfAbsent(shortForm, x -> new java.util.HashSet<>()).add(e);
      touchShortForm(shortForm);
    }
    List<String> siblings = siblingsOf(e.canonicalKey);
    if (!siblings.isEmpty()) siblingsByFullName.put(e, siblings);
    for (String sibling : siblings) {
      fullNamesBySibling.computeIfAbsent(sibling, x -> new java.util.HashSet<>()).add(e);
      siblingIds.computeIfAbsent(sibling, x -> idFor("PERS", x));
      touchSibling(sibling);
    }
  }

  /**
   * The two two-word names of a three-word name without a chain particle that keep its last word
   * ({@code سيب بلاتر} and {@code جوزيف بلاتر} of {@code سيب جوزيف بلاتر}); none for any other name.
   */
  static List<String> siblingsOf(String key) {
    String[] w = key.split(" ");
    if (w.length != 3 || w[0].equals(w[1])) return List.of(); // ولي ولي العهد: one two-word name, and another office
    for (String x : w) if (Nasab.isParticle(x)) return List.of();
    return List.of(w[0] + " " + w[2], w[1] + " " + w[2]);
  }

  /** As {@link #touchShortForm}, for the three-word names a two-word name is a sibling of ({@link #fullNamesBySibling}). */
  private void touchSibling(String sibling) {
    joinInputChanges++;
    if (registrations == 0) return;
    changedAt.put("I|" + siblingId(sibling), registrations);
    for (Entry f : fullNamesBySibling.getOrDefault(sibling, Set.of())) {
      changedAt.put("I|" + f.id, registrations);
      for (String other : siblingsOf(f.canonicalKey)) changedAt.put("I|" + siblingId(other), registrations);
    }
  }

  /** A two-word name's id, from {@link #siblingIds} when it is a sibling of an indexed three-word name. */
  private String siblingId(String sibling) {
    String id = siblingIds.get(sibling);
    return id != null ? id : idFor("PERS", sibling);
  }

  /**
   * Marks the entities whose {@link #shortFormJoins} a chain of this short form coming or going may
   * change: the short form's own and the other chains of it (a second chain ends a join).
   */
  private void touchShortForm(String shortForm) {
    joinInputChanges++;
    if (registrations == 0) return;
    changedAt.put("I|" + idFor("PERS", shortForm), registrations);
    for (Entry c : chainsByShortForm.getOrDefault(shortForm, Set.of())) changedAt.put("I|" + c.id, registrations);
  }

  /** Files a person in the rankings by own mentions under its surname, first word and given name. */
  private void rank(Entry e) {
    fileByNameWords(e, RankedByWord::add);
  }

  private void unrank(Entry e) {
    fileByNameWords(e, RankedByWord::remove);
  }

  /** One filing step ({@link RankedByWord#add} or {@link RankedByWord#remove}) on one ranking. */
  private interface Filing {
    void apply(RankedByWord<Entry> ranking, String word, Entry e);
  }

  private void fileByNameWords(Entry e, Filing filing) {
    Filing step = (ranking, word, x) -> { // what a lone word's lookup reads ({@link #mostFrequentWithSurname}) moves
      filing.apply(ranking, word, x);
      changed("R|" + word);
    };
    String surname = Nasab.surname(e.canonicalKey);
    if (surname != null) step.apply(fullNamesBySurname, surname, e);
    for (String other : otherGSurnames(e)) step.apply(fullNamesBySurname, other, e);
    String first = firstWord(e.canonicalKey);
    if (first != null) step.apply(namesByFirstWord, first, e);
    String head = Nasab.head(e.canonicalKey);
    if (head != null) step.apply(chainsByGivenName, givenName(head), e);
  }

  /**
   * Changes a live entity's mention counts ({@code count}, {@code loneCounts}), taking a person out of
   * the rankings by own mentions first and filing it again after (their invariant, {@link RankedByWord}).
   */
  private void recount(Entry e, Consumer<Entry> change) {
    boolean ranked = e.type.equals("PERS") && byId.get(e.id) == e; // not one merged away (recheckLoneWord may meet one)
    if (ranked) unrank(e);
    change.accept(e);
    if (ranked) rank(e);
    touch(e);
  }

  /**
   * Marks an entity changed by the registration under way ({@link #changedAt}): its id and the Latin
   * keys it is filed under. Called wherever an entity's count, aliases, names or filing change; once
   * per registration is enough, as no lookup runs in between (one lock).
   */
  private void touch(Entry e) {
    e.changes++;
    touchJoinInput(e);
    long now = registrations;
    if (now == 0) return; // opening: stamp 0 is an absent key's, so no entry for each of the ~40,000 entities
    changedAt.put("I|" + e.id, now);
    for (String k : e.latinKeys) changedAt.put("L|" + k, now);
    if (byNameWord != null && !e.type.equals("PERS")) { // its articles or names: what oneWordNameOf weighs
      for (String a : e.aliases) for (String w : NameKey.WHITESPACE.split(a)) changedAt.put("W|" + e.type + "|" + w, now);
    }
  }

  /** Counts a change to an entity that {@link #shortFormJoins} reads: a short form, a chain, a three-word name or one of its two-word names. */
  private void touchJoinInput(Entry e) {
    if (!e.type.equals("PERS")) return;
    String k = e.canonicalKey;
    if (chainsByShortForm.containsKey(k) || Nasab.withoutMiddleChain(k) != null || fullNamesBySibling.containsKey(k)
        || siblingsByFullName.containsKey(e) || !siblingsOf(k).isEmpty()) {
      joinInputChanges++;
    }
  }

  /** A lookup of this thread's {@link #recording} reads {@code what} as it is now. */
  private void read(String what) {
    Map<String, Long> into = recording.get();
    // the first read: the registration it follows (every later change is stamped higher; the WHOLE the version)
    if (into != null) into.putIfAbsent(what, what.equals(WHOLE) ? version : registrations);
  }

  private long stamp(String what) {
    return changedAt.getOrDefault(what, 0L);
  }

  /** Stamps {@code what} (a key of {@link #changedAt}) changed by the registration under way; nothing while opening. */
  private void changed(String what) {
    if (registrations > 0) changedAt.put(what, registrations);
  }

  /** Whether this thread's lookups are noted ({@link #recording}): the keys are built only then. */
  private boolean recordingNow() {
    return recording.get() != null;
  }

  /** An alias slot ({@code TYPE|key}) now names this id: a lookup of it ({@code A|} slot) answers anew. */
  private void fileAlias(String slot, String id) {
    if (!id.equals(aliasToId.put(slot, id))) changed("A|" + slot);
  }

  private void unfileAlias(String slot) {
    if (aliasToId.remove(slot) != null) changed("A|" + slot);
  }

  /** Counts mentions of a lone word under a live entity, in its count and its {@code loneCounts}. */
  private void fileLone(Entry e, String word, long mentions, boolean addToCount) {
    recount(e, x -> {
      if (addToCount) x.count += mentions;
      x.addLone(word, mentions);
    });
    loneWordHolders.add(word, e);
  }

  /**
   * The surnames of a person's aliases that are its name spelt with ج and غ the other way ({@code
   * لافروف} needs none; {@code غروس} for {@code كريستيان جروس} holding {@code كريستيان غروس}): a lone
   * surname written either way names the person, whichever spelling is its canonical name (which
   * {@code respell} may change), so that the result does not depend on which spelling came first.
   */
  private Set<String> otherGSurnames(Entry e) {
    if (e.canonicalKey.indexOf('ج') < 0 && e.canonicalKey.indexOf('غ') < 0) return Set.of();
    String own = Nasab.surname(e.canonicalKey);
    Set<String> out = new LinkedHashSet<>();
    for (String v : NameKey.gVariants(e.canonicalKey)) {
      String s = e.aliases.contains(v) ? Nasab.surname(v) : null;
      if (s != null && !s.equals(own)) out.add(s);
    }
    return out;
  }

  /** Adds an alias to an entity's aliases (not {@link #aliasToId}), filing a person's one-word alias by its word; true when new. */
  private boolean addAlias(Entry e, String k) {
    if (e.type.equals("PERS")) fileSpelling(k);
    if (e.type.equals("PERS") && !e.aliases.contains(k) && NameKey.gVariants(e.canonicalKey).contains(k)) {
      recount(e, x -> x.aliases.add(k)); // filed under the surname of this spelling too (otherGSurnames)
      return true;
    }
    if (!e.aliases.add(k)) return false;
    if (isOneWordPerson(e, k)) oneWordAliasHolders.add(k, e);
    if (byNameWord != null && !e.type.equals("PERS")) fileNameWords(e, k);
    touch(e);
    return true;
  }

  /** Files a person's multi-word alias by its foreign spelling key, and the words of a chain as Arabic name words. */
  private void fileSpelling(String k) {
    if (k.indexOf(' ') < 0) return;
    String spelling = ForeignSpelling.nameKey(k);
    if (spelling != null) {
      if (aliasesBySpelling.computeIfAbsent(spelling, x -> new HashSet<>()).add(k)) changed("F|" + spelling);
      return;
    }
    for (String w : NameKey.WHITESPACE.split(k)) if (!Nasab.isParticle(w) && chainNameWords.add(w)) changed("N|" + w);
  }

  /** Notes the words of a person's name as written that start with a hamza'd alef and lam ({@link #hamzaAlWords}). */
  private void noteWrittenWords(String written) {
    for (String w : NameKey.WHITESPACE.split(written.strip())) {
      if (w.length() > 3 && (w.startsWith("أل") || w.startsWith("إل")) && hamzaAlWords.add(key(w))) changed("N|" + key(w));
    }
  }

  /**
   * Whether a word of a person name is compared as written by {@link ForeignSpelling#sameName}: a word of
   * an Arabic name (shipped, {@link #ARABIC_NAME_WORDS}, or learnt, {@link #chainNameWords}), or one starting with the article ({@code الرشيد} is not
   * {@code الرويشد}), unless written with a hamza'd alef somewhere ({@link #hamzaAlWords}).
   */
  private boolean comparedAsWritten(String w) {
    return ARABIC_NAME_WORDS.contains(w) || chainNameWords.contains(w) || w.startsWith("ال") && !hamzaAlWords.contains(w);
  }

  /**
   * The person a multi-word name unknown as written names as another spelling of one foreign name
   * ({@link ForeignSpelling}: {@code ميشيل بلاتيني} of {@code ميشال بلاتيني}), or null: the most mentioned
   * owner of such a spelling (then the lower id), so either spelling coming first gives one entity. Not
   * when a word that differs is a word of an Arabic name ({@link #chainNameWords}).
   */
  private String foreignSpellingOf(String k) {
    String spelling = ForeignSpelling.nameKey(k);
    if (spelling == null) return null;
    boolean recording = recordingNow();
    if (recording) {
      read("F|" + spelling); // the spellings of the key (fileSpelling), and the words read as Arabic (N|)
      for (String w : NameKey.WHITESPACE.split(k)) read("N|" + w);
    }
    Entry best = null;
    for (String other : aliasesBySpelling.getOrDefault(spelling, Set.of())) {
      if (recording) for (String w : NameKey.WHITESPACE.split(other)) read("N|" + w);
      if (!ForeignSpelling.sameName(k, other, this::comparedAsWritten)) continue;
      String id = aliasOwner("PERS|" + other);
      Entry e = id == null ? null : byId.get(follow(id));
      if (recording && e != null) read("I|" + e.id); // its count ranks it
      if (e == null || !e.type.equals("PERS")) continue;
      if (best == null || MOST_MENTIONED_FIRST.compare(e, best) < 0) best = e;
    }
    return best == null ? null : best.id;
  }

  private void removeAlias(Entry e, String k) {
    if (!e.aliases.remove(k)) return;
    if (isOneWordPerson(e, k)) oneWordAliasHolders.remove(k, e);
    if (byNameWord != null && !e.type.equals("PERS")) {
      unfileNameWords(e, k);
      for (String a : e.aliases) fileNameWords(e, a); // a word of k its other names hold
    }
    touch(e);
  }

  private static boolean isOneWordPerson(Entry e, String k) {
    return e.type.equals("PERS") && k.indexOf(' ') < 0;
  }

  /** The first word of a multi-word person key, unless a chain particle ({@code آل سعود}), else null. */
  private static String firstWord(String key) {
    int sp = key.indexOf(' ');
    return sp < 0 || Nasab.isParticle(key.substring(0, sp)) ? null : key.substring(0, sp);
  }

  private static String givenName(String chainHead) {
    return chainHead.substring(0, chainHead.indexOf(' '));
  }

  private void unindexNames(Entry e) {
    touch(e); // under the keys it leaves
    for (String k : e.latinKeys) remove(byLatinKey, k, e);
    if (!e.type.equals("PERS")) return;
    unrank(e);
    String head = Nasab.head(e.canonicalKey);
    remove(chainsByHead, head, e);
    if (head != null) changed("H|" + head);
    String shortForm = Nasab.withoutMiddleChain(e.canonicalKey);
    if (shortForm != null) {
      remove(chainsByShortForm, shortForm, e);
      touchShortForm(shortForm);
    }
    siblingsByFullName.remove(e);
    for (String sibling : siblingsOf(e.canonicalKey)) {
      touchSibling(sibling);
      remove(fullNamesBySibling, sibling, e);
      if (!fullNamesBySibling.containsKey(sibling)) siblingIds.remove(sibling);
    }
  }

  private static void remove(Map<String, Set<Entry>> index, String k, Entry e) {
    if (k == null) return;
    Set<Entry> set = index.get(k);
    if (set != null && set.remove(e) && set.isEmpty()) index.remove(k);
  }

  /**
   * Writes the registry to its directory (atomically replacing the file); no-op in memory.
   * Ingest saves at every commit: the entries are copied under the registry's lock and written
   * after it is released, so that registering entities (every article) does not wait for the file.
   */
  public void save() throws IOException {
    if (dir == null) return;
    List<EntityRecord> entries;
    Map<String, Map<String, Long>> surfacesNow = new HashMap<>();
    Map<String, Map<String, Long>> loneNow = new HashMap<>();
    Map<String, Long> articlesNow = new HashMap<>();
    Map<String, Map<String, Long>> evidenceNow = new HashMap<>();
    Map<String, Map<String, Long>> rolesNow = new HashMap<>();
    Map<String, Long> officeArticlesNow = new HashMap<>();
    Map<String, String> redirectsNow;
    CountedArticles.Log countedNow;
    List<String> countedOthersNow;
    boolean storedBeforeNow;
    synchronized (articleLock) { // between articles: the counts and the ids of the same articles
      countedNow = counted.log();
      countedOthersNow = counted.otherIds();
      storedBeforeNow = storedBeforeCounted;
      synchronized (this) {
        entries = byId.values().stream().sorted(Comparator.comparing(x -> x.id)).map(Entry::toRecord).toList();
        for (Entry e : byId.values()) surfacesNow.put(e.id, new LinkedHashMap<>(e.surfaces));
        for (Entry e : byId.values()) if (!e.loneCounts.isEmpty()) loneNow.put(e.id, new LinkedHashMap<>(e.loneCounts));
        for (Entry e : byId.values()) if (e.articles > 0) articlesNow.put(e.id, e.articles);
        for (Entry e : byId.values()) evidenceNow.put(e.id, new java.util.TreeMap<>(e.evidence));
        for (Entry e : byId.values()) if (!e.roles.isEmpty()) rolesNow.put(e.id, new java.util.TreeMap<>(e.roles));
        for (Entry e : byId.values()) if (!e.roles.isEmpty()) officeArticlesNow.put(e.id, e.officeArticles);
        redirectsNow = new java.util.TreeMap<>(redirects);
      }
    }
    synchronized (saveLock) { // one writer of the temporary file at a time
      Files.createDirectories(dir);
      Path tmp = dir.resolve(FILE_NAME + ".tmp");
      // on disk (forced) before the file that counts them replaces the last one; its checksum goes in that file
      long countedChecksumNow = countedFile.append(countedNow);
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (EntityRecord e : entries) {
          ObjectNode o = JSON.createObjectNode();
          o.put("id", e.id()).put("type", e.type()).put("canonical", e.canonical()).put("latin", e.latin()).put("count", e.count());
          e.aliases().forEach(o.putArray("aliases")::add);
          Map<String, Long> surfaces = surfacesNow.get(e.id());
          if (surfaces != null && !surfaces.isEmpty()) {
            ObjectNode spelt = o.putObject("surfaces");
            surfaces.forEach((k, v) -> spelt.put(k, v.longValue()));
          }
          ObjectNode byAlias = o.putObject("evidence"); // written even when empty: a file of this format
          evidenceNow.getOrDefault(e.id(), Map.of()).forEach((k, v) -> byAlias.put(k, v.longValue()));
          Long articles = articlesNow.get(e.id());
          if (articles != null) o.put("articles", articles.longValue());
          Map<String, Long> offices = rolesNow.get(e.id());
          if (offices != null) {
            ObjectNode byOffice = o.putObject("roles");
            offices.forEach((k, v) -> byOffice.put(k, v.longValue()));
            o.put("officeArticles", officeArticlesNow.get(e.id()).longValue());
          }
          Map<String, Long> lone = loneNow.get(e.id());
          if (lone != null && !lone.isEmpty()) {
            ObjectNode byWord = o.putObject("lone");
            lone.forEach((k, v) -> byWord.put(k, v.longValue()));
          }
          w.write(JSON.writeValueAsString(o));
          w.newLine();
        }
        for (Map.Entry<String, String> r : redirectsNow.entrySet()) {
          w.write(JSON.writeValueAsString(JSON.createObjectNode().put("id", r.getKey()).put("redirect", r.getValue())));
          w.newLine();
        }
        // last, one line: how many ids of the appended file are the articles these counts hold
        ObjectNode ids = JSON.createObjectNode().put("countedArticlesInFile", countedNow.ids())
            .put("countedArticlesChecksum", countedChecksumNow);
        if (!countedOthersNow.isEmpty()) countedOthersNow.forEach(ids.putArray("countedOtherIds")::add);
        if (storedBeforeNow) ids.put("storedBeforeCounted", true);
        w.write(JSON.writeValueAsString(ids));
        w.newLine();
      }
      DurableFiles.moveIntoPlace(tmp, dir.resolve(FILE_NAME)); // forced: a power loss leaves the old registry or the new one
    }
  }

  /** The id a name of a type would get on its own ({@code type-hash}). */
  public static String idFor(String type, String name) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1")
          .digest((type + "|" + key(name)).getBytes(StandardCharsets.UTF_8));
      return type.toLowerCase(java.util.Locale.ROOT) + "-" + HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is always available", e);
    }
  }

  /** The comparison key of a name (aliases are stored so): see {@link NameKey}. */
  public static String key(String name) {
    return NameKey.of(name);
  }

  /**
   * Registers {@code mentions} mentions of an entity under its in-article canonical name and
   * returns the entity it resolved to (see the class doc for the rule).
   */
  public synchronized EntityRecord register(String type, String canonical, Set<String> aliases, int mentions) {
    return register(type, canonical, aliases, mentions, Set.of());
  }

  /**
   * As {@link #register(String, String, Set, int)}, with the offices the article wrote next to the
   * entity's mentions ({@link org.marsad.nlp.ner.MentionGroups#officeKey}), kept as evidence of who it is.
   */
  public synchronized EntityRecord register(String type, String canonical, Set<String> aliases, int mentions, Set<String> roles) {
    registrations++;
    registering = true;
    try {
      return registerOnce(type, canonical, aliases, mentions, roles);
    } finally {
      registering = false;
      version++; // after the change: a reader that saw this version sees all of it
      if (registrations - stampsKeptFrom >= 2 * stampWindow) dropOldStamps(registrations - stampWindow);
    }
  }

  /**
   * Drops the stamps of the registrations up to {@code upTo}: a recording read after it still sees every
   * later change (a dropped key reads 0, and it had not changed since that recording's reads), and one read
   * before it is taken as changed. The horizon moves first, so a lock-free {@link #unchanged} that sees a
   * key gone also sees the horizon that dropped it.
   */
  private void dropOldStamps(long upTo) {
    stampsKeptFrom = upTo;
    changedAt.values().removeIf(stamp -> stamp <= upTo);
  }

  /** Keeps the stamps of at least {@code window} registrations instead of {@link #STAMP_WINDOW} (tests). */
  void keepStampsOf(long window) {
    stampWindow = window;
  }

  /** How many change stamps are kept now (tests and benches: they stay bounded over a long ingest). */
  public int stampCount() {
    return changedAt.size();
  }

  /**
   * Registers an article's names once: {@code learn} (which calls {@link #register}) when the article
   * with this content id was never counted, {@code lookUp} when it was (a re-run over articles learnt
   * before a crash, or a copy already counted). The article's registrations and its id are one step for
   * {@link #save}, so a saved file counts an article wholly or not at all, and lists it when it does.
   */
  public <T> T learnOnce(String articleId, Supplier<T> learn, Supplier<T> lookUp) {
    synchronized (articleLock) {
      if (articleId != null && !counted.add(articleId)) return lookUp.get();
      if (articleId != null) {
        synchronized (this) {
          version++; // the file must list it even when it named no one
        }
      }
      return learn.get();
    }
  }

  /** Whether the article with this content id was counted ({@link #learnOnce}). */
  public boolean counted(String articleId) {
    synchronized (articleLock) {
      return counted.contains(articleId);
    }
  }

  /**
   * True when the file was written before the counted articles were listed (before session 20):
   * the articles stored in the index then were counted, so a stored article counts as counted.
   */
  public boolean countsStoredArticles() {
    synchronized (articleLock) {
      return storedBeforeCounted;
    }
  }

  /**
   * A number that changes whenever the registry may answer differently: it grows with each {@link
   * #register} (names, ids and the mention counts that rank them). What is computed from the
   * registry, such as a saved alert's rewritten query, can be kept while it stays the same.
   */
  public long version() {
    return version;
  }

  /**
   * What a computation read of the registry through its lookups ({@link #recording}): each thing read and
   * the number of the registration its first read followed ({@link #WHOLE}: the {@link #version}).
   */
  public static final class Reads {
    private final Map<String, Long> stamps;
    /** The first of those registrations: what changed before it cannot be a change the computation missed. */
    private final long firstRead;

    private Reads(Map<String, Long> stamps) {
      this.stamps = Map.copyOf(stamps);
      long first = Long.MAX_VALUE;
      for (Map.Entry<String, Long> r : stamps.entrySet()) if (!r.getKey().equals(WHOLE)) first = Math.min(first, r.getValue());
      this.firstRead = first;
    }

    /** How many things were read (for tests and benches). */
    public int size() {
      return stamps.size();
    }
  }

  /** A computation's result and what it read of the registry. */
  public record Recorded<T>(T value, Reads reads) {}

  /**
   * Runs {@code work} on this thread, noting what its lookups read: {@link #findByLatin} the entities
   * filed under the Latin keys of the query's first word, {@link #mergedIds} and {@link #byId} the ids
   * they follow and answer, {@link #resolve} the alias slots of the name's readings, the rankings of a lone
   * word, the chains of a head, the foreign spellings of the name's key, and the entity found as {@link
   * #byId} reads it (session 24: it read the whole registry, so an alert with an Arabic name filter was
   * rewritten after every registration), {@link #all} the whole registry. While {@link #unchanged} says so, the same lookups give the same
   * answers, so the result may be kept: a saved alert's rewritten query is kept across registrations
   * of other names (during ingest the {@link #version} moves with every one).
   */
  public <T> Recorded<T> recording(Supplier<T> work) {
    Map<String, Long> outer = recording.get();
    Map<String, Long> reads = new HashMap<>();
    recording.set(reads);
    try {
      T value = work.get();
      return new Recorded<>(value, new Reads(reads));
    } finally {
      if (outer == null) recording.remove();
      else {
        reads.forEach(outer::putIfAbsent);
        recording.set(outer);
      }
    }
  }

  /**
   * Whether nothing {@code reads} noted has changed since (no stamp above the registration its read
   * followed, and no read older than the stamps kept, {@link #stampsKeptFrom}). Without the
   * registry's lock (alerts ask it for every alert on every article while ingest registers): during
   * a registration it may answer as just before it, as a check made a moment earlier would.
   */
  public boolean unchanged(Reads reads) {
    for (Map.Entry<String, Long> r : reads.stamps.entrySet()) {
      String what = r.getKey();
      if (what.equals(WHOLE) ? version != r.getValue() : stamp(what) > r.getValue()) return false; // changed after it was read
    }
    // after the stamps: a key found gone was dropped with the horizon already moved (dropOldStamps)
    return reads.firstRead == Long.MAX_VALUE || reads.firstRead >= stampsKeptFrom;
  }

  private EntityRecord registerOnce(String type, String canonical, Set<String> aliases, int mentions, Set<String> roles) {
    if (type.equals("PERS")) {
      noteWrittenWords(canonical);
      for (String a : aliases) noteWrittenWords(a);
    }
    Set<String> written = new HashSet<>();
    for (String a : aliases) if (!a.isBlank()) written.add(key(a));
    written.add(key(canonical));
    Entry e = entryFor(type, canonical, written);
    if (type.equals("PERS")) {
      joinChains(e, key(canonical), written);
      joinFamilyNames(e, key(canonical), aliases);
    }
    recount(e, x -> x.count += mentions);
    e.articles++;
    boolean office = false;
    for (String r : roles) {
      if (r.isBlank()) continue;
      e.roles.merge(r, 1L, Long::sum);
      office |= !relational(r); // نظيره السعودي is no office of his: it must not raise the half rule's cap
    }
    if (office) e.officeArticles++;
    String lone = type.equals("PERS") && !key(canonical).contains(" ") ? key(canonical) : null;
    String filedAs = lone != null && e.canonicalKey.contains(" ") ? loneWordOf(e, canonical) : null;
    if (filedAs != null) fileLone(e, filedAs, mentions, false);
    String surname = type.equals("PERS") ? Nasab.surname(e.canonicalKey) : null;
    if (surname != null) absorbSurnameEntity(e, surname); // with its mentions counted: the test of a lone mention
    addAlias(e, key(canonical));
    for (String a : aliases) {
      if (!a.isBlank()) e.surfaces.merge(a.strip(), 1L, Long::sum);
    }
    String fullest = key(canonical);
    Set<String> evidenced = new java.util.HashSet<>();
    for (String a : aliases) {
      String k = key(a);
      if (!filedUnder(e, k)) continue; // spelt in this article (surfaces), but no alias
      addAlias(e, k);
      // evidence: written beside the article's fuller name, or as this entity's own name; not an
      // article that names it only by an alias it was filed under because this entity owned it
      if ((!k.equals(fullest) || k.equals(e.canonicalKey)) && evidenced.add(k)) e.evidence.merge(k, 1L, Long::sum);
      claim(e, k);
    }
    if (fullest.equals(e.canonicalKey) && evidenced.add(fullest)) e.evidence.merge(fullest, 1L, Long::sum);
    respell(e, aliases); // only this article's spellings gained uses
    claim(e, key(canonical));
    dropStrayOtherForm(e);
    if (type.equals("PERS")) {
      // e's mentions are evidence for the lone words it could be named by: who they name may change
      Set<String> words = new LinkedHashSet<>();
      if (lone != null) words.add(lone);
      if (filedAs != null) words.add(filedAs);
      words.add(firstWord(e.canonicalKey));
      words.add(Nasab.surname(e.canonicalKey));
      words.addAll(otherGSurnames(e));
      String head = Nasab.head(e.canonicalKey);
      if (head != null) words.add(givenName(head));
      for (String w : words) if (w != null) recheckLoneWord(w);
      e = byId.get(follow(e.id));
    }
    joinGluedConjunction(e, written);
    dropGluedAliases(e); // after the join: a glued entity merged into e brings its glued name
    return e.toRecord();
  }

  /**
   * An entity registered earlier under a name with the conjunction glued on ({@code وعادل بن أحمد
   * الجبير}), when its rest was not known yet, is merged into the entity that now holds the rest, so
   * that the result does not depend on the order of arrival ({@link NameKey#readings}: a lookup takes
   * the rest only when the name as written is unknown). The rest may be spelt with ج/غ the other way
   * ({@code وصامويل هانتنجتون} before {@code صامويل هانتنغتون}), as a lookup reads it ({@link
   * NameKey#gVariants}).
   */
  private void joinGluedConjunction(Entry e, Set<String> written) {
    for (String k : written) {
      if (k.indexOf(' ') < 0 || !e.aliases.contains(k)) continue;
      List<String> spellings = new ArrayList<>(List.of(k));
      spellings.addAll(NameKey.gVariants(k));
      for (String rest : spellings) {
        for (String gluedKey : gluedKeys(rest)) {
          String glued = aliasToId.get(e.type + "|" + gluedKey);
          Entry w = glued == null ? null : byId.get(follow(glued));
          // its own name is a glued one whose rest e holds or e's name spelt the other way (not وليد … filed under a name ليد …)
          if (w == null || w == e || !w.canonicalKey.startsWith("و")) continue;
          String own = key(w.canonicalKey.substring(1));
          if (e.aliases.contains(own) || own.equals(rest)) merge(w, e);
        }
      }
    }
  }

  /**
   * The keys of a name with the conjunction glued on, given the key of the rest: {@code و} before it,
   * and, for a rest opening with a joined {@code عبد} ({@code عبدالله الرويشد}), the key of {@code وعبد
   * الله الرويشد} as well, which keeps {@code وعبد} apart ({@link NameKey}: the و hides the {@code عبد}).
   */
  private static List<String> gluedKeys(String rest) {
    String glued = "و" + rest;
    if (!rest.startsWith("عبد") || rest.length() <= 3 || rest.charAt(3) == ' ') return List.of(glued);
    return List.of(glued, "وعبد " + rest.substring(3));
  }

  /**
   * Files a lone person word where a lone mention of it would now go ({@link #mostFrequentWithSurname}),
   * whichever order the names came in (review of session 11): an entity of the word alone is merged
   * into that person; lone mentions filed under other people ({@link Entry#loneCounts}) move to it, or
   * back to an entity of the word alone when it now names no one ({@code صالح}, filed under {@code
   * سنية صالح} before {@code صالح المطلق} was known); and the word is filed under it as an alias. With
   * no such person, an alias an article gave a person is kept only while {@link #filedUnder} allows it.
   */
  private void recheckLoneWord(String w) {
    String targetId = mostFrequentWithSurname(w);
    Entry target = targetId == null ? null : byId.get(targetId);
    String id = aliasToId.get("PERS|" + w);
    Entry filed = id == null ? null : byId.get(follow(id));
    if (filed != null && !filed.type.equals("PERS")) filed = null;
    Entry alone = byId.get(idFor("PERS", w)); // the entity of the word alone, if it stands
    if (alone != null && !alone.canonicalKey.equals(w)) alone = null;
    if (alone != null && target != null) {
      merge(alone, target);
      alone = null;
    }
    List<Entry> holders = holdersToRecheck(w, filed != null && filed != alone ? filed : null);
    for (Entry holder : holders) {
      if (holder == target || !holder.loneCounts.containsKey(w)) continue;
      long part = holder.loneCounts.get(w);
      recount(holder, x -> {
        x.removeLone(w);
        x.count -= part;
      });
      loneWordHolders.remove(w, holder);
      if (target != null) {
        fileLone(target, w, part, true);
      } else {
        if (alone == null) alone = restoreLoneEntity(w, spellingOf(holder, w));
        recount(alone, x -> x.count += part);
      }
    }
    Entry owner = target != null ? target : alone;
    if (owner == null && filed != null && filedUnder(filed, w)) owner = filed; // the alias its article gave it, still warranted
    for (Entry e : holders) if (e != owner) removeAlias(e, w); // one person per lone word, also on reopening
    if (owner == null) {
      unfileAlias("PERS|" + w);
    } else {
      addAlias(owner, w);
      fileAlias("PERS|" + w, owner.id);
    }
  }

  /**
   * The persons that hold a lone word (as a one-word alias or in {@link Entry#loneCounts}) among those
   * it can have been filed under: the full names ending with it, the chains it is the given name of,
   * and {@code filed} (the entity its alias points to, if any; checked as it is). Read from the holders
   * of the word ({@link #oneWordAliasHolders}, {@link #loneWordHolders}) instead of scanning every name
   * sharing it; by id, not the sets' identity-hash order, so that the spelling a restored lone entity
   * takes (احمد / أحمد) is the same on every run.
   */
  private List<Entry> holdersToRecheck(String w, Entry filed) {
    Set<Entry> found = new HashSet<>();
    for (WordHolders<Entry> index : List.of(oneWordAliasHolders, loneWordHolders)) {
      for (Entry e : index.holders(w)) {
        if (fullNamesBySurname.contains(w, e) || chainsByGivenName.contains(w, e)) found.add(e);
      }
    }
    if (filed != null && (filed.aliases.contains(w) || filed.loneCounts.containsKey(w))) found.add(filed);
    List<Entry> out = new ArrayList<>(found);
    out.sort(Comparator.comparing((Entry x) -> x.id));
    return out;
  }

  /**
   * The reading of a one-word person name ({@link NameKey#readings}) by which the lone-word rule
   * ({@link #mostFrequentWithSurname}) files it under {@code e} ({@code لاريجاني} for {@code للاريجاني}
   * under {@code علي لاريجاني}): its mentions are kept under that word ({@link Entry#loneCounts}); null
   * when only an alias an article gave {@code e} led there.
   */
  private String loneWordOf(Entry e, String name) {
    for (String k : NameKey.readings(name)) if (!k.contains(" ") && e.id.equals(mostFrequentWithSurname(k))) return k;
    return null;
  }

  /** How the articles wrote a key among an entity's spellings (the most used), else the key. */
  private static String spellingOf(Entry e, String k) {
    String best = k;
    long uses = -1;
    for (Map.Entry<String, Long> s : e.surfaces.entrySet()) {
      if (s.getValue() > uses && key(s.getKey()).equals(k)) {
        best = s.getKey();
        uses = s.getValue();
      }
    }
    return best;
  }

  /** The entity of a lone word again, with the id it had (no longer a redirect), or a new one. */
  private Entry restoreLoneEntity(String k, String spelling) {
    String id = idFor("PERS", spelling);
    String was = redirects.remove(id);
    if (was != null) joinInputChanges++; // follow() moves
    if (was != null && redirectedHere.containsKey(was)) redirectedHere.get(was).remove(id);
    Entry e = byId.get(id);
    if (e == null) {
      e = new Entry(id, "PERS", spelling, transliterator.transliterate(spelling));
      byId.put(id, e);
      indexNames(e);
    }
    addAlias(e, k);
    return e;
  }

  /**
   * Whether a name an article used for an entity becomes its alias, found by every later mention. Not
   * a lone word of a multi-word person that also starts known names ({@code صالح} in an article on
   * {@code سنية صالح}, while {@code صالح المطلق} is known) unless the registry would file a lone mention
   * of it under that person anyway ({@link #mostFrequentWithSurname}): in that article it is her, but
   * filed as an alias every later lone {@code صالح} (60 mentions, 28 articles) would have been hers.
   */
  private boolean filedUnder(Entry e, String k) {
    if (!e.type.equals("PERS") || k.contains(" ") || !e.canonicalKey.contains(" ") || k.equals(e.canonicalKey)) return true;
    int starting = namesByFirstWord.size(k);
    if (starting == 0 || starting == 1 && namesByFirstWord.contains(k, e)) return true;
    return e.id.equals(mostFrequentWithSurname(k));
  }

  /**
   * An article that writes a chain and its family-name form ({@code سعود بن فيصل بن عبدالعزيز} and
   * {@code سعود الفيصل}, {@link Nasab#familyNameOf}) is the evidence that they are one person: an entity
   * of the shorter form made from other articles is merged into the chain's (a redirect, as for a
   * surname), whichever came first. Without such an article the two stay apart ({@code سعود بن خالد
   * الفيصل} is not {@code سعود الفيصل}). Not the same name without the chain links after the given name
   * ({@code عادل الجبير} of {@code عادل بن أحمد الجبير}, {@link Nasab#withoutMiddleChain}): a given name
   * and a family name name many men, and one article's evidence says nothing of the others ({@code عبدالله
   * السدحان}, the actor in most articles, the deputy minister {@code عبدالله بن ناصر السدحان} in one); that
   * article's mentions are the chain's, the other articles keep the short form's own entity ({@link
   * #shorterFormOfAnother}), and the alias goes to whichever most articles named so ({@link #claim}).
   */
  private void joinFamilyNames(Entry chain, String chainKey, Set<String> aliases) {
    for (String a : aliases) {
      String k = key(a);
      boolean familyName = Nasab.familyNameOf(chainKey, k) || Nasab.familyNameOf(chain.canonicalKey, k);
      // the same name written shorter: a chain (عبدالله بن عبدالعزيز of … آل سعود) or a name without
      // the chain links at its end (خالد الفيصل of خالد الفيصل آل سعود)
      boolean shorter = Nasab.writtenFurther(chainKey, k) || Nasab.writtenFurther(chain.canonicalKey, k);
      if (!familyName && !shorter) continue;
      // the entity named so, not the owner of the alias: the chain may own it by evidence already
      Entry other = byId.get(follow(idFor("PERS", k)));
      if (other == null || !other.canonicalKey.equals(k)) {
        String id = aliasToId.get("PERS|" + k);
        other = id == null ? null : byId.get(follow(id));
      }
      if (other != null && other != chain && other.canonicalKey.equals(k) && !(shorter && holdsConflictingChain(other, chain))) merge(other, chain);
    }
  }

  /**
   * Whether one of the two holds a chain that names another person than one of the other's ({@link
   * Nasab#conflict}: {@code … بن مساعد} and {@code … آل سعود} after one short chain): an article writing
   * the short chain beside one of them does not join the other's.
   */
  private static boolean holdsConflictingChain(Entry a, Entry b) {
    List<String> namesOfB = new ArrayList<>(b.aliases);
    namesOfB.add(b.canonicalKey);
    Predicate<String> conflicts = n -> namesOfB.stream().anyMatch(m -> Nasab.conflict(n, m));
    return conflicts.test(a.canonicalKey) || a.aliases.stream().anyMatch(conflicts);
  }

  /**
   * Writes the canonical name as most articles write it: the spelling used in the most articles
   * among those with its key ({@code ايران} → {@code إيران}) or its other ج/غ spellings for a name of
   * several words ({@code سيرجي لافروف} → {@code سيرغي لافروف}, {@link NameKey#gVariants}) or, for a one-word name other than a
   * person's, with that key with or without ال, as {@link #lookup} joins them ({@code يونيسيف}
   * seen first → {@code اليونيسيف}; not {@code مغرب}, the sunset prayer's hour, and {@code المغرب}: see
   * {@link #withOrWithoutArticle}). Not a
   * {@linkplain KnownAliases listed} canonical name: the list names it.
   */
  private void respell(Entry e, java.util.Collection<String> spellings) {
    if (KnownAliases.canonicalOf(e.type, e.canonicalKey) != null) return;
    String best = e.canonical;
    long bestUses = e.surfaces.getOrDefault(e.canonical, 0L);
    for (String spelling : List.copyOf(spellings)) {
      String sp = spelling.strip();
      long uses = e.surfaces.getOrDefault(sp, 0L);
      if (uses > bestUses && (sameNameWritten(e.type, key(sp), e.canonicalKey)
          || e.type.equals("PERS") && ForeignSpelling.sameName(key(sp), e.canonicalKey, this::comparedAsWritten))) {
        best = sp;
        bestUses = uses;
      }
    }
    if (best.equals(e.canonical)) return;
    rename(e, best);
  }

  /** Gives an entity a new canonical name, with its key and Latin name (whose keys, and so the lookups by name part, change with it). */
  private void rename(Entry e, String canonical) {
    unindexNames(e);
    e.canonical = canonical;
    e.canonicalKey = key(canonical);
    e.setLatin(transliterator.transliterate(canonical));
    indexNames(e);
  }

  private static boolean sameNameWritten(String type, String k, String canonicalKey) {
    if (k.equals(canonicalKey)) return true;
    if (NameKey.gVariants(canonicalKey).contains(k)) return true; // سيرجي لافروف / سيرغي لافروف: a lookup joins them
    if (type.equals("PERS") || k.contains(" ") || canonicalKey.contains(" ")) return false;
    return k.equals(withOrWithoutArticle(type, canonicalKey));
  }

  /**
   * A one-word key with ال added or taken off ({@code فيفا} / {@code الفيفا}), the other spelling of
   * the same name; null for a place ({@code LOC}) whose form with ال is a listed place ({@link
   * DatelineDetector#isPlace}: {@code المغرب}, {@code الرياض}, {@code الجبيل}), whose article is part
   * of its name: written without it, the word is another one ({@code مغرب}, the sunset prayer's hour in
   * {@code آذان مغرب أمس}; {@code رياض} of {@code رياض الخبراء}; {@code جبيل}, the Lebanese town). Places
   * only: in another type the ال is the word's own article, not part of a place name ({@code سعودية} /
   * {@code السعودية}, the gentilic, MISC; {@code خبر} / {@code الخبر}, news). The same test for both
   * forms, so the result does not depend on which came first.
   */
  /**
   * Whether two one-word keys are one name to a lookup of this type: the same, or one the other with or
   * without ال ({@code فيفا} / {@code الفيفا}; not {@code مغرب} / {@code المغرب}: {@link #withOrWithoutArticle}).
   */
  public static boolean sameOneWordName(String type, String a, String b) {
    return a.equals(b) || b.equals(withOrWithoutArticle(type, a));
  }

  private static String withOrWithoutArticle(String type, String k) {
    String other = k.startsWith("ال") && k.length() > 4 ? k.substring(2) : "ال" + k;
    if (!type.equals("LOC")) return other;
    String withArticle = other.startsWith("ال") && !k.startsWith("ال") ? other : k;
    return DatelineDetector.standard().isPlace(withArticle) ? null : other;
  }

  /** Of a one-word key and its {@linkplain #withOrWithoutArticle other form}, the one without ال. */
  private static String bareOf(String k, String other) {
    return other.length() < k.length() ? other : k;
  }

  /**
   * The types whose one-word names are tested by {@link #bareFormNames}: bodies and places, which the
   * {@code org:} and {@code place:} filters read. Not MISC: there the ال is an adjective's own article
   * ({@code سعودي} / {@code السعودي}, one gentilic either way), and not PERS (never joined across ال).
   */
  private static final Set<String> BARE_FORM_TYPES = Set.of("ORG", "LOC");

  private static final List<String> NAME_WORD_TYPES = List.of("ORG", "LOC", "MISC");

  /**
   * Whether a one-word body's or place's name written without ال ({@code فيفا}, {@code اتحاد}) names
   * the same thing as the word with ال ({@code الفيفا}, {@code الاتحاد}), so that a lookup joins the
   * two and each is the other's alias. A name borrowed from another language is written bare as a name
   * ({@code فيفا}, {@code يونيسيف}, {@code أوبك}); a common noun that names a body or place only with
   * its article ({@code الاتحاد}, {@code القاعدة}, {@code الخليج}, {@code البرلمان}) is written bare
   * only as the head of a construct ({@code اتحاد الكرة}, {@code قاعدة العديد}, {@code خليج عدن}), its
   * ال form heading names with an attribute ({@code الاتحاد الأوروبي}, {@code البرلمان العربي}), and
   * the bare word tagged alone is a tagger's stray of those. So: true when more articles wrote the bare
   * word alone as a name of this type than its ال form (the spellings of the entities filed under either
   * form: the most used spelling is the name, {@code بايرن}), or unless the articles of the names the word
   * heads so (any type but persons, other entities than the two) outnumber those that wrote it alone. 5 days of SaudiNewsNet: {@code فيفا} 49 alone, none headed; {@code اتحاد} 4 alone, 135 headed.
   * Ties join (a first mention, nothing headed yet), as before the test; a join made then is undone by
   * a later registration of the entity, or on opening, once the test fails ({@link #dropStrayOtherForm}).
   */
  private boolean bareFormNames(String type, String bare) {
    String withArticle = "ال" + bare;
    Set<Entry> own = new HashSet<>();
    long alone = 0, written = 0;
    for (String form : List.of(bare, withArticle)) {
      String id = aliasOwner(type + "|" + form);
      Entry e = id == null ? null : byId.get(follow(id));
      if (e == null || !own.add(e)) continue;
      if (recordingNow()) read("I|" + e.id); // its spellings
      for (Map.Entry<String, Long> s : e.surfaces.entrySet()) {
        String k = key(s.getKey());
        if (k.equals(bare)) alone += s.getValue();
        else if (k.equals(withArticle)) written += s.getValue();
      }
    }
    if (alone > written) return true; // the spelling most articles used is the name (بايرن, فيفا)
    ensureNameWordIndex();
    Set<Entry> headed = new HashSet<>();
    for (String t : NAME_WORD_TYPES) {
      for (String form : List.of(bare, withArticle)) {
        read("W|" + t + "|" + form);
        for (Entry e : byNameWord.getOrDefault(t + "|" + form, Set.of())) {
          if (!own.contains(e) && headsName(e, bare)) headed.add(e);
        }
      }
    }
    long headedArticles = 0;
    for (Entry e : headed) headedArticles += e.articles;
    return alone >= headedArticles;
  }

  /** Whether a name of {@code e} is headed by {@code bare} ({@code اتحاد الكرة}) or by its ال form before an attribute ({@code الاتحاد الأوروبي}). */
  private static boolean headsName(Entry e, String bare) {
    String construct = bare + " ", attributed = "ال" + bare + " ال";
    for (String a : e.aliases) if (a.startsWith(construct) || a.startsWith(attributed)) return true;
    return false;
  }

  /** Builds the index of non-person entities by the words of their names (kept up to date from then on). */
  private void ensureNameWordIndex() {
    if (byNameWord != null) return;
    byNameWord = new HashMap<>();
    for (Entry e : byId.values()) if (!e.type.equals("PERS")) for (String a : e.aliases) fileNameWords(e, a);
  }

  /**
   * Takes off an entity the names it holds only as its own name with the conjunction glued on ({@code
   * ومكة المكرمة} beside {@code مكة المكرمة}, {@code وعادل الجبير} beside {@code عادل الجبير}, {@code
   * ومواركو روبيو} beside {@code ماركو روبيو}): the tagger's span took the و, and a lookup reads such a name
   * without it when it is not known as written ({@link NameKey#readings}, {@link #lookupName}); as an alias
   * it was listed and widened every filter (240 such aliases in the 5-day registry). Only when the lookup
   * of the glued name without its own slot still answers this entity ({@link #glueDropKeepsEntity}): a rest
   * filed under another person ({@code ونصر الله} of a {@code نصر الله} entity whose name now finds {@code حسن
   * نصر الله}) keeps its glued alias, the entity's only name that finds it. Names of several words only, as
   * the reading is: a name that opens with و ({@code وليد المعلم}) keeps it, as its rest names no one.
   */
  private void dropGluedAliases(Entry e) {
    List<String> glued = new ArrayList<>();
    for (String k : e.aliases) {
      if (k.startsWith("و") && k.indexOf(' ') > 0 && !k.equals(e.canonicalKey) && gluedOnOwnName(e, k)) glued.add(k);
    }
    for (String k : glued) if (glueDropKeepsEntity(e, k)) takeOffAlias(e, k);
  }

  /**
   * Whether {@code k} is {@code و} before a name {@code e} holds (or before that name's joined {@code عبد}
   * written apart, {@link #gluedKeys}), or, for a person, before another spelling of a foreign name that
   * names {@code e} ({@link #foreignSpellingOf}: the join {@link #lookupName} makes for {@code ومواركو روبيو})
   * and is no spelling of it as written.
   */
  private boolean gluedOnOwnName(Entry e, String k) {
    // k is one of gluedKeys(a) for an alias a: a looked up (k without its و, or its وعبد written joined), not built for every alias
    if (e.aliases.contains(k.substring(1))) return true;
    if (k.startsWith("وعبد ") && k.length() > 5 && k.charAt(5) != ' ' && e.aliases.contains("عبد" + k.substring(5))) return true;
    // a foreign name that opens with و (وولتر جولييلموني of وولتر غولييلموني, وولفجانج) is a spelling as written, not glued
    if (!e.type.equals("PERS") || NameKey.gVariants(e.canonicalKey).contains(k) || e.id.equals(foreignSpellingOf(k))) return false;
    return e.id.equals(foreignSpellingOf(k.substring(1)));
  }

  /** Whether a lookup of the glued alias {@code k}, its own slot set aside, answers {@code e}: then taking it off loses no name of {@code e}. */
  private boolean glueDropKeepsEntity(Entry e, String k) {
    slotSetAside = e.type + "|" + k;
    try {
      String id = lookupName(e.type, k, null);
      return id != null && byId.get(follow(id)) == e;
    } finally {
      slotSetAside = null;
    }
  }

  /**
   * Takes off a one-word body's or place's alias that is its name with ال added or taken off when
   * {@link #bareFormNames} says the bare word is no name of it ({@code اتحاد} of {@code الاتحاد}): the
   * alias and, if filed under it, the alias slot, so that the listing does not show it, a filter does not
   * widen to it and a later mention of it is tested anew. Its counted mentions and spellings stay.
   */
  private void dropStrayOtherForm(Entry e) {
    if (!BARE_FORM_TYPES.contains(e.type) || e.canonicalKey.contains(" ")) return;
    String other = withOrWithoutArticle(e.type, e.canonicalKey);
    if (other == null || !e.aliases.contains(other) || bareFormNames(e.type, bareOf(e.canonicalKey, other))) return;
    takeOffAlias(e, other);
  }

  /** Takes an alias off an entity and, if filed under it, unfiles its slot; its counted mentions and spellings stay. */
  private void takeOffAlias(Entry e, String k) {
    removeAlias(e, k);
    String slot = e.type + "|" + k;
    String id = aliasToId.get(slot);
    if (id != null && byId.get(follow(id)) == e) unfileAlias(slot);
  }

  /**
   * The spellings an entity was written with in the articles (not folded as its aliases are),
   * each with the number of articles that used it; empty for an unknown id or an entity
   * registered before spellings were kept.
   */
  public synchronized Map<String, Long> surfaces(String id) {
    Entry e = live(id);
    if (e == null) return Map.of();
    Map<String, Long> out = new LinkedHashMap<>(e.surfaces); // first seen first: ties keep it
    for (Entry joined : joinedShortForms(e)) joined.surfaces.forEach((k, v) -> out.merge(k, v, Long::sum));
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * Whether a one-word name of a body or place ({@code الفيفا}, {@code السعودية}) names this entity and
   * nothing else as a filter reads it: a filter of one word matches every name of that type holding
   * the word, so the entities whose names hold it are its readings. True when this entity has at least
   * {@link #ONE_WORD_NAME_SHARE} of their articles (the dominant reading: {@code الاتحاد} is the EU, FIFA,
   * clubs …) and the word heads other entities' names followed by a word with the article in fewer than
   * {@link #HEADED_SHARE} of them ({@code المملكة المتحدة}, {@code أمريكا اللاتينية}, {@code الخليج العربي}:
   * a noun with an attribute names another thing, the mark of a common noun or a region's word, where a
   * nisba such as {@code السعودية} follows its noun and heads only tagger strays). The word is read with and
   * without ال together, as a lookup reads it ({@code برلمان} is no name: {@code البرلمان} is every parliament's word). Never for a person: a lone surname names every man of the family (review of lane
   * entities22, F1). The rule reads the registry, not a lexicon: none ships with Marsad.
   */
  public synchronized boolean oneWordNameOf(String type, String word, String id) {
    String w = key(word);
    if (type.equals("PERS") || w.isEmpty() || w.contains(" ")) return false;
    // written with and without ال it is one name to a lookup (فيفا / الفيفا): its reach is both forms'
    List<String> forms = new ArrayList<>(List.of(w));
    String other = withOrWithoutArticle(type, w);
    if (other != null) forms.add(other);
    for (String f : forms) read("W|" + type + "|" + f);
    readPath(id);
    Entry own = byId.get(follow(id));
    if (own == null) return false;
    read("I|" + own.id); // its names, read for the truncations of them
    ensureNameWordIndex();
    Set<Entry> reach = new HashSet<>();
    for (String f : forms) reach.addAll(byNameWord.getOrDefault(type + "|" + f, Set.of()));
    long mine = 0, all = 0, headed = 0;
    for (Entry e : reach) {
      all += e.articles;
      if (e == own) mine += e.articles;
      // the own name cut short (الإمارات العربية of الإمارات العربية المتحدة) is no other thing the word names
      else if (e.aliases.stream().anyMatch(a -> forms.stream().anyMatch(f -> a.startsWith(f + " ال"))) && !truncationOf(e, own)) headed += e.articles;
    }
    // a few headed articles are no reading the word has, only strays: with 71 articles in reach (2015-08-01/02)
    // the 4 of الإمارات الشمالية were 5.6 % and flipped the UAE's widening (review of lane entities23, F1)
    boolean headedTrusted = headed >= MIN_HEADED_ARTICLES;
    return mine > 0 && mine >= ONE_WORD_NAME_SHARE * all && !(headedTrusted && headed >= HEADED_SHARE * all);
  }

  /** Whether every name of {@code e} heading a word is the start of a name of {@code own} ({@code الامارات العربيه} of {@code الامارات العربيه المتحده}). */
  private static boolean truncationOf(Entry e, Entry own) {
    for (String a : e.aliases) if (own.aliases.stream().noneMatch(o -> o.startsWith(a + " "))) return false;
    return !e.aliases.isEmpty();
  }

  /**
   * The fewest articles of other entities headed by the word ({@link #HEADED_SHARE}) that make the share a reading
   * of the word rather than tagger strays or a part of the place ({@code الإمارات الشمالية}, the Northern Emirates,
   * 2 to 4 articles): المملكة المتحدة has 98 of 2,137 on 5 days, روسيا البيضاء tens.
   */
  static final long MIN_HEADED_ARTICLES = 5;

  /** The share of the articles a one-word name's entity must have of all entities whose names hold the word ({@link #oneWordNameOf}). */
  static final double ONE_WORD_NAME_SHARE = 0.9;
  /**
   * Other entities named by the word and an attribute ({@code المملكة المتحدة}) must hold less than this
   * share of those articles ({@link #oneWordNameOf}): المملكة 4.6% of 2,137 (the UK, Morocco, Jordan …),
   * روسيا 8% (Belarus); السعودية 0.2% ({@code السعودية الكبرى}, tagger strays), اليمن 1.4% ({@code اليمن
   * السعيد}, "happy Yemen", itself).
   */
  static final double HEADED_SHARE = 0.02;

  private void fileNameWords(Entry e, String name) {
    for (String w : NameKey.WHITESPACE.split(name)) if (!w.isEmpty()) byNameWord.computeIfAbsent(e.type + "|" + w, x -> new HashSet<>()).add(e);
  }

  private void unfileNameWords(Entry e, String name) {
    for (String w : NameKey.WHITESPACE.split(name)) remove(byNameWord, e.type + "|" + w, e);
  }

  /** The entity a name resolves to without registering anything, if any. */
  public synchronized Optional<EntityRecord> resolve(String type, String name) {
    String id = lookupName(type, name, null);
    if (id == null) return Optional.empty();
    Entry e = live(id);
    if (recordingNow()) { // what byId reads of the entity found: its merges, record and short-form joins
      readPath(id);
      if (e != null) read("I|" + e.id);
      readJoinInputs(byId.get(follow(id)));
      readJoinInputs(e);
    }
    return Optional.ofNullable(e).map(this::recordOf);
  }

  /**
   * The entity of the first {@linkplain NameKey#readings reading} of a name that is known ({@code
   * للاريجاني}); a {@linkplain KnownAliases listed alias} ({@code المملكة}) is looked up by its
   * listed canonical name.
   */
  private String lookupName(String type, String name, Set<String> written) {
    for (String k : NameKey.readings(name)) {
      String listed = KnownAliases.canonicalOf(type, k);
      String id = lookup(type, listed != null ? key(listed) : k, written);
      if (id == null && listed != null) id = lookup(type, k, written);
      if (id != null) return id;
    }
    // the name as written and its other readings unknown: another spelling of a known foreign name
    if (!type.equals("PERS")) return null;
    String k = key(name);
    String id = foreignSpellingOf(k);
    // or one with و glued on (وديفيد كامرون), whose glued spellings are no aliases (dropGluedAliases)
    if (id == null && k.startsWith("و") && k.indexOf(' ') > 0) id = foreignSpellingOf(k.substring(1));
    return id;
  }

  /** {@code written}: the keys of the names an article being registered wrote (see {@link #mostFrequentOfChain}); null for a query. */
  private String lookup(String type, String k, Set<String> written) {
    String id = aliasOwner(type + "|" + k);
    if (id != null) return follow(id);
    if (type.equals("PERS") && !k.contains(" ")) {
      if (recordingNow()) read("R|" + k); // the rankings of the word ({@link #fileByNameWords} stamps them)
      return mostFrequentWithSurname(k);
    }
    if (type.equals("PERS")) return mostFrequentOfChain(k, written);
    if (!k.contains(" ")) { // الفيفا / فيفا: one-word places, bodies and others are written with and without ال
      String other = withOrWithoutArticle(type, k);
      id = other == null ? null : aliasOwner(type + "|" + other);
      // اتحاد is not الاتحاد: a bare common noun joins the name written with ال only when the data names so
      if (id != null && BARE_FORM_TYPES.contains(type) && !bareFormNames(type, bareOf(k, other))) id = null;
      if (id != null) return follow(id);
    }
    return null;
  }

  /** The id filed under an alias slot ({@code TYPE|key}), or null; a recording lookup reads the slot and the merges its id passes. */
  private String aliasOwner(String slot) {
    String id = slot.equals(slotSetAside) ? null : aliasToId.get(slot);
    if (recordingNow()) {
      read("A|" + slot);
      if (id != null) readPath(id);
    }
    return id;
  }

  private Entry entryFor(String type, String canonical, Set<String> written) {
    String k = key(canonical);
    String id = lookupName(type, canonical, written);
    if (id != null && shorterFormOfAnother(type, k, byId.get(id))) {
      // the article's fullest name is this shorter form: the person of that name, not the one that
      // holds it as an alias (محمد مرسي, not his son أسامة محمد مرسي), whichever came first
      Entry own = byId.get(follow(idFor(type, canonical)));
      id = own == null ? null : own.id;
    }
    if (id != null) {
      Entry e = byId.get(id);
      // A fuller name upgrades the canonical form (a surname entity seen first).
      if (type.equals("PERS") && k.split(" ").length > e.canonicalKey.split(" ").length
          && (Nasab.endsSamePerson(k, e.canonicalKey) || e.canonicalKey.equals(Nasab.withoutMiddleChain(k)))) {
        rename(e, canonical);
      }
      if (type.equals("PERS") && !e.canonicalKey.contains(" ")) { // a lone name seen before its chain or full name was well known
        String targetId = mostFrequentWithSurname(e.canonicalKey);
        Entry target = targetId == null ? null : byId.get(targetId);
        if (target != null && target != e) {
          merge(e, target);
          return target;
        }
      }
      return e;
    }
    String listed = KnownAliases.canonicalOf(type, k); // المملكة: filed under السعودية from the start
    if (listed != null) canonical = listed;
    // the id of this name held by an entity renamed since (respell: ريف seen first, then written الريف more) whose
    // other form the lookup declined (bareFormNames): its mentions go there, as before that test, not to a new entity
    // replacing it under the same id
    Entry taken = byId.get(follow(idFor(type, canonical)));
    if (taken != null) return taken;
    Entry e = new Entry(idFor(type, canonical), type, canonical, transliterator.transliterate(canonical));
    byId.put(e.id, e);
    indexNames(e);
    if (listed != null) {
      addAlias(e, e.canonicalKey);
      fileAlias(type + "|" + e.canonicalKey, e.id);
    }
    return e;
  }

  /**
   * Whether a multi-word person name {@code k} resolves to {@code e} only as a shorter alias of e's
   * longer name, which an article writing both gave it, and no rule makes the two one person: then
   * an article whose fullest name is {@code k} names the person of that name, who gets an entity of
   * its own and holds {@code k} by the evidence ({@link #claim}). Lookups of {@code k} go to whichever
   * of the two most articles named so. So the same name with the chain links after the given name left
   * out ({@link Nasab#withoutMiddleChain}: {@code عادل الجبير} of {@code عادل بن أحمد الجبير}): an article
   * writing both makes it the chain's alias, not every other article's man. Not when the longer name is
   * the same chain written further ({@code محمد بن سلمان}, {@link Nasab#sameChain}), the chain of its
   * family-name form ({@code سعود الفيصل}), or {@code k} written further at its end with chain links
   * ({@link Nasab#writtenFurther}: {@code خالد الفيصل آل سعود}), which {@link #joinFamilyNames} joins in
   * the other order too.
   */
  private static boolean shorterFormOfAnother(String type, String k, Entry e) {
    if (e == null || !type.equals("PERS") || !e.type.equals("PERS") || k.indexOf(' ') < 0) return false;
    String longer = e.canonicalKey;
    if (longer.equals(k) || longer.length() <= k.length() || KnownAliases.canonicalOf(type, k) != null) return false;
    if (Nasab.sameChain(k, longer) || Nasab.familyNameOf(longer, k)) return false;
    // not shorter: the same name spelt with more letters (لازلو / لاسزلو بولوني, ForeignSpelling)
    String spelling = ForeignSpelling.nameKey(k);
    if (spelling != null && spelling.equals(ForeignSpelling.nameKey(longer))) return false;
    // the same person: written further at its end (… آل سعود). Not a name after a theophoric given
    // name: عبد ربه منصور هادي is Hadi, but عبد الله محمد مرسي is Morsi's son (fixentities13 ingest): the names look alike
    return !Nasab.writtenFurther(longer, k);
  }

  /**
   * A full name is registered: a surname-only person entity seen earlier becomes an alias of it
   * when a lone mention of that word would now resolve to it ({@link #mostFrequentWithSurname}, the
   * same test whichever came first: the result does not depend on the order of arrival).
   */
  private void absorbSurnameEntity(Entry full, String surname) {
    String id = aliasToId.get("PERS|" + surname);
    if (id == null) return;
    Entry s = byId.get(follow(id));
    if (s == null || s == full || s.canonicalKey.contains(" ")) return;
    if (!full.id.equals(mostFrequentWithSurname(surname))) return; // a lone سعود is not the first "… سعود" to come
    merge(s, full);
  }

  /**
   * Files an alias {@code e} holds under {@code e} unless another live entity holding it has more
   * evidence for it ({@link #evidence}; equal evidence: the lower id). The alias of several persons
   * goes to the one most articles named by it, whatever order they came in: the latest article that
   * writes it must not take it ({@code محمد مرسي} from a son named {@code أسامة محمد مرسي}, {@code رجب
   * طيب إردوغان} from a keyword line read as {@code داعش رجب طيب إردوغان}). Evidence only grows, and
   * every registration that adds to it claims again, so the owner is always the holder with the most.
   */
  private void claim(Entry e, String k) {
    String slot = e.type + "|" + k;
    String id = aliasToId.get(slot);
    Entry owner = id == null ? null : byId.get(follow(id));
    if (owner == null || owner == e || !owner.aliases.contains(k) && !owner.canonicalKey.equals(k) || outweighs(e, owner, k)) {
      fileAlias(slot, e.id);
    }
  }

  private static boolean outweighs(Entry a, Entry b, String k) {
    long ea = evidence(a, k), eb = evidence(b, k);
    return ea != eb ? ea > eb : a.id.compareTo(b.id) < 0;
  }

  /**
   * How many articles named {@code e} by {@code k}: the article counts of its spellings with that key
   * ({@link Entry#surfaces}, kept in the file). Read only when two entities hold one alias, so scanning
   * the spellings costs nothing on the common path.
   */
  private static long evidence(Entry e, String k) {
    return e.evidence.getOrDefault(k, 0L);
  }

  /** {@code from} becomes a redirect to {@code into}, which takes its mentions, spellings and aliases. */
  private void merge(Entry from, Entry into) {
    byId.remove(from.id);
    unindexNames(from);
    for (String a : from.aliases) if (isOneWordPerson(from, a)) oneWordAliasHolders.remove(a, from);
    if (byNameWord != null && !from.type.equals("PERS")) for (String a : from.aliases) unfileNameWords(from, a);
    for (String w : from.loneCounts.keySet()) loneWordHolders.remove(w, from);
    redirect(from.id, into.id);
    recount(into, x -> x.count += from.count);
    into.articles += from.articles;
    from.loneCounts.forEach((k, v) -> fileLone(into, k, v, false));
    if (from.type.equals("PERS") && !from.canonicalKey.contains(" ") && into.canonicalKey.contains(" ")) {
      fileLone(into, from.canonicalKey, from.count, false); // a lone word's entity: its mentions stay movable
    }
    from.surfaces.forEach((k, v) -> into.surfaces.merge(k, v, Long::sum));
    from.evidence.forEach((k, v) -> into.evidence.merge(k, v, Long::sum));
    from.roles.forEach((k, v) -> into.roles.merge(k, v, Long::sum));
    into.officeArticles += from.officeArticles;
    for (String a : from.aliases) {
      addAlias(into, a);
      claim(into, a);
    }
  }

  /**
   * A lone given name goes to a chain it starts only on strong evidence: at least this many
   * mentions, and {@link #GIVEN_NAME_SHARE} times those of every other person it could name
   * ({@code سلمان بن عبدالعزيز}, 649, passes; {@code خالد بن أحمد آل خليفة}, 2, does not).
   */
  static final long GIVEN_NAME_MIN_MENTIONS = 100;
  static final long GIVEN_NAME_SHARE = 5;

  /** The chain a lone given name is filed under (see {@link #GIVEN_NAME_MIN_MENTIONS}), or null. */
  private Entry chainOfGivenName(String word) {
    // Read from the rankings by own mentions, not scanned (a name shared by thousands of people: محمد).
    // Two chains with the most mentions tie: neither has GIVEN_NAME_SHARE times the other's.
    Entry best = chainsByGivenName.best(word);
    if (best == null || best.own() < GIVEN_NAME_MIN_MENTIONS) return null;
    long next = Math.max(ownOf(chainsByGivenName.bestOtherThan(word, best)), ownOf(fullNamesBySurname.bestOtherThan(word, best)));
    if (best.own() < GIVEN_NAME_SHARE * next) return null;
    // خالد القروني, خالد الدولي … : all the other people it names
    long othersStartingWithIt = namesByFirstWord.sum(word) - (namesByFirstWord.contains(word, best) ? best.own() : 0);
    return best.own() >= GIVEN_NAME_MAJORITY * othersStartingWithIt ? best : null;
  }

  /** An entity's own mentions, at least 0; 0 for none (the running maximum of a scan starts there). */
  private static long ownOf(Entry e) {
    return e == null ? 0 : Math.max(0, e.own());
  }

  /**
   * … and the chain has at least this many times the mentions of all other people whose names start
   * with the word together (two thirds of them): {@code سلمان بن عبدالعزيز} 986 against 206, but not
   * {@code خالد بن فيصل} 290 against 920 ({@code خالد القروني}, {@code خالد الدولي} …) nor {@code سعود بن
   * فيصل} 322 against 205 once {@code خالد الفيصل} and {@code سعود الفيصل} joined their chains (session 11).
   */
  static final long GIVEN_NAME_MAJORITY = 2;

  /**
   * A word mentioned more as the given name of a known chain than as the last word of a full name
   * ({@code خالد}, {@code فيصل}; not {@code صالح}, which {@code علي عبدالله صالح} ends): not a surname.
   */
  private boolean givenNameRatherThanSurname(String word) {
    Entry given = chainsByGivenName.best(word), surname = fullNamesBySurname.best(word);
    long asGiven = given == null ? -1 : given.own();
    long asSurname = surname == null ? 0 : surname.own();
    return asGiven >= asSurname;
  }

  /**
   * The person a lone word names: a chain it starts on strong evidence ({@link #chainOfGivenName});
   * none when it is {@linkplain #givenNameRatherThanSurname rather a given name} ({@code خالد},
   * {@code فهد}: not {@code أنس خالد}); else the most mentioned multi-word person ending with it.
   */
  private String mostFrequentWithSurname(String surname) {
    Entry chain = chainOfGivenName(surname);
    if (chain != null) return chain.id;
    if (givenNameRatherThanSurname(surname)) return null;
    return surnameTarget(surname);
  }

  /**
   * A lone mention of a word that also starts known names ({@code صالح} of {@code صالح المطلق}) is
   * the most mentioned full name ending with it only when that one has at least this many mentions
   * and {@link #GIVEN_NAME_SHARE} times those of any other person the word could name ({@code علي
   * عبدالله صالح}, not {@code سنية صالح}); a word that starts no known name ({@code لافروف}) needs no
   * such evidence.
   */
  static final long SHARED_SURNAME_MIN_MENTIONS = 20;

  /** The full name a lone word is the surname of ({@link #SHARED_SURNAME_MIN_MENTIONS}), or null. */
  private String surnameTarget(String word) {
    Entry best = fullNamesBySurname.best(word); // the most own mentions, then the lowest id
    if (best == null) return null;
    if (namesByFirstWord.size(word) == 0) return best.id;
    long own = best.own();
    if (own < SHARED_SURNAME_MIN_MENTIONS) return null;
    long next = Math.max(ownOf(fullNamesBySurname.bestOtherThan(word, best)), ownOf(namesByFirstWord.bestOtherThan(word, best)));
    return own < GIVEN_NAME_SHARE * next ? null : best.id;
  }

  /**
   * The most mentioned person whose chain is the same as this one's, written shorter or further
   * ({@link Nasab#sameChain}). For an article being registered ({@code written}: the keys of the names
   * it wrote), when the shorter of the two forms is only a {@linkplain Nasab#head head} (a given name and
   * a father's), only a person holding a form of the chain that the article also wrote: a head names
   * several people ({@code عبدالله بن عبدالعزيز} the King, {@code عبدالله بن عبدالعزيز بن مساعد} a
   * prince), so a chain written alone joins none of them and the first to come no longer decides
   * (session 14); forms known apart join when an article writes both ({@link #joinFamilyNames}). The
   * same holds for a shorter form naming the grandfather too: {@code مشعل بن عبدالله بن عبدالعزيز} is
   * King Abdullah's son and {@code … بن عبدالعزيز بن مساعد بن جلوي} another prince (one article writes
   * both). A longer form adding only the house ({@code … آل سعود}, {@link
   * Nasab#writtenFurtherWithHouseOnly}) names no ancestor the shorter does not, so it joins without
   * (Nayef, King Fahd). A query ({@code written} null) reads the most mentioned of them.
   */
  private String mostFrequentOfChain(String k, Set<String> written) {
    String head = Nasab.head(k);
    if (head != null && recordingNow()) {
      read("H|" + head); // the chains of the head come and go (indexNames, unindexNames)
      for (Entry c : chainsByHead.getOrDefault(head, Set.of())) read("I|" + c.id); // their names and counts (touch)
    }
    Set<Entry> candidates = head == null ? null : chainsByHead.get(head);
    if (candidates == null) return null;
    return candidates.stream()
        .filter(e -> written == null
            ? Nasab.sameChain(k, e.canonicalKey) || e.aliases.stream().anyMatch(a -> Nasab.sameChain(k, a))
            : writtenForm(k, e.canonicalKey, written) || e.aliases.stream().anyMatch(a -> writtenForm(k, a, written)))
        // … بن خالد بن عبدالعزيز and … بن خالد بن سعود both extend … بن خالد, but not each other
        .filter(e -> !Nasab.conflict(k, e.canonicalKey) && e.aliases.stream().noneMatch(a -> Nasab.conflict(k, a)))
        .max(Comparator.comparingLong((Entry e) -> e.count).thenComparing(e -> e.id, Comparator.reverseOrder()))
        .map(e -> e.id).orElse(null);
  }

  /**
   * Every other person this article's chain {@code k} joins as {@link #mostFrequentOfChain} reads it
   * is merged into {@code e}, the one it was filed under: the chain is the evidence that they are one
   * ({@code بندر بن سلطان}, known apart from {@code بندر بن سلطان بن عبدالعزيز آل سعود}, both joined by an
   * article writing {@code بندر بن سلطان بن عبدالعزيز} and {@code بندر بن سلطان}), whichever came first.
   * Not one holding a chain that names someone else ({@link #holdsConflictingChain}).
   */
  private void joinChains(Entry e, String k, Set<String> written) {
    String head = Nasab.head(k);
    Set<Entry> candidates = head == null ? null : chainsByHead.get(head);
    if (candidates == null) return;
    List<Entry> joined = candidates.stream()
        .filter(c -> c != e && (writtenForm(k, c.canonicalKey, written) || c.aliases.stream().anyMatch(a -> writtenForm(k, a, written))))
        .sorted(Comparator.comparing((Entry c) -> c.id)).toList();
    for (Entry c : joined) if (byId.get(c.id) == c && !holdsConflictingChain(c, e)) merge(c, e);
  }

  /** Whether {@code name}, another form of chain {@code k}, joins it for an article that wrote {@code written} ({@link #mostFrequentOfChain}). */
  private static boolean writtenForm(String k, String name, Set<String> written) {
    if (name.equals(k) || !Nasab.sameChain(k, name)) return false;
    boolean kShorter = k.length() < name.length();
    return written.contains(name) || Nasab.writtenFurtherWithHouseOnly(kShorter ? name : k, kShorter ? k : name);
  }

  private String follow(String id) {
    String cur = id;
    for (int hops = 0; redirects.containsKey(cur) && hops < 16; hops++) cur = redirects.get(cur);
    return cur;
  }

  /** The entity with this id (following merges), if known. */
  public synchronized Optional<EntityRecord> byId(String id) {
    readPath(id);
    Entry e = live(id);
    if (e != null) read("I|" + e.id); // a short form's chain: its changes end or make the join
    readJoinInputs(byId.get(follow(id)));
    readJoinInputs(e);
    return Optional.ofNullable(e).map(this::recordOf);
  }

  /**
   * The ids merged into this entity (kept as redirects to it), sorted: articles indexed before a
   * merge carry them, and re-indexing replays the logged ids, so a search for the entity's articles
   * must ask for them too ({@code المملكة} and {@code المملكة العربية السعودية} joined into {@code
   * السعودية} on opening). Empty for an unknown id.
   */
  public synchronized List<String> mergedIds(String id) {
    readPath(id);
    Entry e = live(id);
    String target = e == null ? follow(id) : e.id;
    read("I|" + target);
    readJoinInputs(byId.get(follow(id)));
    readJoinInputs(e);
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(target));
    for (Entry joined : e == null ? List.<Entry>of() : joinedShortForms(e)) { // the articles filed under the short forms read as it (shortFormJoins)
      out.add(joined.id);
      todo.push(joined.id);
    }
    while (!todo.isEmpty()) { // a chain: A merged into B, B later into C
      for (String from : redirectedHere.getOrDefault(todo.pop(), Set.of())) {
        if (!from.equals(target) && out.add(from)) todo.push(from);
      }
    }
    for (String from : out) read("I|" + from); // a redirect into any of them changes the answer ({@link #redirect} stamps both ends)
    return List.copyOf(out);
  }

  /**
   * A recording lookup of a person reads the entities whose evidence makes or ends a join of its short form
   * ({@link #shortFormJoins}): the short form and every chain of it, joined or not. A join starts when either
   * side's offices change, and {@link #touch} stamps only the side that changed (review of lane entities18, F1).
   */
  private void readJoinInputs(Entry e) {
    if (e == null || recording.get() == null || !e.type.equals("PERS")) return;
    String chainOf = Nasab.withoutMiddleChain(e.canonicalKey);
    String shortForm = chainOf != null ? chainOf : e.canonicalKey;
    String shortId = idFor("PERS", shortForm);
    read("I|" + shortId);
    read("I|" + follow(shortId));
    for (Entry c : chainsByShortForm.getOrDefault(shortForm, Set.of())) read("I|" + c.id);
    // the sibling join: the three-word name and both its two-word names, from whichever of them
    Set<Entry> fullNames = new HashSet<>(fullNamesBySibling.getOrDefault(e.canonicalKey, Set.of()));
    if (!siblingsOf(e.canonicalKey).isEmpty()) fullNames.add(e);
    for (Entry f : fullNames) {
      read("I|" + f.id);
      for (String sibling : siblingsOf(f.canonicalKey)) {
        read("I|" + siblingId(sibling));
        read("I|" + follow(siblingId(sibling)));
      }
    }
  }

  /** A recording lookup reads the ids {@link #follow} passes from {@code id} to its entity. */
  private void readPath(String id) {
    if (recording.get() == null) return;
    String cur = id;
    read("I|" + cur);
    for (int hops = 0; redirects.containsKey(cur) && hops < 16; hops++) read("I|" + (cur = redirects.get(cur)));
  }

  /** {@code from} now redirects to {@code to}, in both maps. */
  private void redirect(String from, String to) {
    String before = redirects.put(from, to);
    joinInputChanges++; // follow() moves
    long now = registrations; // what mergedIds and byId read (as touch)
    for (String id : new String[] {from, to, before}) if (id != null && now > 0) changedAt.put("I|" + id, now);
    if (before != null && redirectedHere.containsKey(before)) redirectedHere.get(before).remove(from);
    redirectedHere.computeIfAbsent(to, k -> new HashSet<>()).add(from);
  }

  /**
   * The short forms read as another person now ({@link #shortFormJoins}), by canonical name: short form →
   * the chain or three-word name it is read as, sorted (benches and audits list and compare them).
   */
  public synchronized java.util.SortedMap<String, String> shortFormJoinNames() {
    read(WHOLE);
    java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
    shortFormJoins().forEach((s, t) -> out.put(byId.get(s).canonical, byId.get(t).canonical));
    return out;
  }

  /** All entities, most mentioned first. */
  public synchronized List<EntityRecord> all() {
    read(WHOLE);
    Map<String, String> joins = shortFormJoins();
    return byId.values().stream().filter(e -> !joins.containsKey(e.id)).map(this::recordOf)
        .sorted(Comparator.comparingLong((EntityRecord e) -> -e.count()).thenComparing(EntityRecord::id)).toList();
  }

  /**
   * The live entity of an id (following merges), or the chain a short form is read as ({@link
   * #shortFormJoins}); null for an unknown id.
   */
  private Entry live(String id) {
    Entry e = byId.get(follow(id));
    String chain = e == null ? null : shortFormJoins().get(e.id);
    return chain == null ? e : byId.get(chain);
  }

  /** The entity's record, a chain's with the mentions and aliases of the short form read as it ({@link #shortFormJoins}). */
  private EntityRecord recordOf(Entry e) {
    List<Entry> joined = joinedShortForms(e);
    if (joined.isEmpty()) return e.toRecord();
    Set<String> aliases = new LinkedHashSet<>(e.aliases);
    long count = e.count;
    for (Entry j : joined) {
      aliases.addAll(j.aliases);
      count += j.count;
    }
    return new EntityRecord(e.id, e.type, e.canonical, e.latin, count, List.copyOf(aliases));
  }

  /** The short forms read as this chain or three-word name ({@link #shortFormJoins}), in a fixed order; none if none. */
  private List<Entry> joinedShortForms(Entry target) {
    List<String> names = new ArrayList<>(siblingsOf(target.canonicalKey));
    String shortForm = Nasab.withoutMiddleChain(target.canonicalKey);
    if (shortForm != null) names.add(shortForm);
    List<Entry> out = new ArrayList<>();
    for (String n : names) {
      Entry s = byId.get(follow(idFor("PERS", n)));
      if (s != null && target.id.equals(shortFormJoins().get(s.id))) out.add(s);
    }
    return out;
  }

  /**
   * The short forms ({@code عادل الجبير}) read as the one chain they shorten ({@code عادل بن أحمد الجبير}):
   * short form's id → chain's id. The articles whose fullest name is the short form keep its own entity
   * (a given name and a family name name many men: {@link #shorterFormOfAnother}); lookups, the listing
   * and searches read it as the chain when the evidence says one man, recomputed from the evidence as
   * it is now, so a join ends when evidence against it comes. It is not free of arrival order: which
   * articles each entity holds depends on it (the registry's known order effects, RegistryReplay), and
   * the half rule of {@link #sameManByOffice} carries that into the join. One
   * chain only of that short form (two, {@code محمد بن حمد العيسى} the family elder and {@code محمد بن
   * عبدالله العيسى} the attaché: the short form names several men), and {@link #sameManByOffice}. Also
   * both two-word names of a three-word one without a chain particle, read as it ({@link #fullNamesBySibling},
   * {@link #siblingsAreOneMan}).
   */
  private Map<String, String> shortFormJoins() {
    if (registering) throw new IllegalStateException("the joins are read between registrations only (see registering)");
    if (shortFormJoins != null && shortFormJoinsAt == joinInputChanges) return shortFormJoins;
    joinRecomputes++;
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, Set<Entry>> c : chainsByShortForm.entrySet()) {
      if (c.getValue().size() != 1) continue;
      Entry chain = c.getValue().iterator().next();
      Entry s = byId.get(follow(shortFormIds.computeIfAbsent(c.getKey(), k -> idFor("PERS", k))));
      if (s == null || s == chain || !s.type.equals("PERS") || !s.canonicalKey.equals(c.getKey())) continue;
      JoinTest t = chainTests.get(chain);
      if (t == null || !t.valid(s, chain, null)) chainTests.put(chain, t = new JoinTest(s, chain, s.changes, chain.changes, 0, sameManByOffice(s, chain)));
      if (t.same()) out.put(s.id, chain.id);
    }
    for (Map.Entry<Entry, List<String>> fs : siblingsByFullName.entrySet()) {
      Entry f = fs.getKey();
      List<Entry> pair = new ArrayList<>(2);
      for (String sibling : fs.getValue()) {
        // the name is a sibling of this three-word name only (checked first: no id to follow), and no chain reads it already
        if (fullNamesBySibling.get(sibling).size() != 1) break;
        Entry s = byId.get(follow(siblingId(sibling)));
        if (s == null || s == f || !s.canonicalKey.equals(sibling) || out.containsKey(s.id)) break;
        pair.add(s);
      }
      if (pair.size() != 2 || out.containsKey(f.id) || out.containsValue(pair.get(0).id) || out.containsValue(pair.get(1).id)) continue;
      Entry p0 = pair.get(0), p1 = pair.get(1);
      JoinTest t = siblingTests.get(f);
      if (t == null || !t.valid(p0, p1, f)) {
        t = new JoinTest(p0, p1, p0.changes, p1.changes, f.changes, siblingsAreOneMan(p0, p1, f) && siblingsAreOneMan(p1, p0, f));
        siblingTests.put(f, t);
      }
      if (t.same()) {
        out.put(pair.get(0).id, f.id);
        out.put(pair.get(1).id, f.id);
      }
    }
    shortFormJoins = out;
    shortFormJoinsAt = joinInputChanges;
    return out;
  }

  /**
   * Whether the articles of a short form name the chain's man, by the offices written next to each
   * (not personal titles: {@code الدكتور} is shared by any two doctors), weighed, not vetoed by one stray
   * office: the tagger attaches a neighbour's office in a list, and papers word one office several ways
   * (review of lane entities18, F2). Offices naming a man by his relation to another ({@code نظيره السعودي},
   * {@link #RELATIONAL}) are no evidence either way. For: one office of two words or more written next to
   * both ({@code وزير خارجيه المملكه} and {@code وزير الخارجيه}, {@link #sameOffice}), or the chain's articles
   * wrote the short form beside it, grouped as one man ({@link org.marsad.nlp.ner.MentionGroups}), in two
   * articles or more; and at least half of the short form's articles wrote an office the chain's matches
   * (the imam {@code السديس} and a hospital deputy written without one), counted at most once per article
   * ({@link Entry#officeArticles}). Against: an office next to the short form that none next to the chain
   * matches, written in at least a quarter as many articles as the matching ones ({@code الصياد} once beside
   * {@code الملحق الثقافي} once: another man; {@code وزير الدوله عضو مجلس الوزراء} once among 150 articles
   * of {@code وزير الخارجيه}: a neighbour's office in a list).
   */
  static boolean sameManByOffice(Entry shortForm, Entry chain) {
    return sameManByOffice(shortForm, chain.roles, evidence(chain, shortForm.canonicalKey));
  }

  /**
   * Whether two two-word names of a three-word one ({@code سيب بلاتر} and {@code جوزيف بلاتر} of {@code سيب
   * جوزيف بلاتر}: Sepp is Joseph's short form) name one man: {@link #sameManByOffice} for one against the
   * offices of the other and of the full name together, and an office shared as written (the grouping path
   * is left out: articles group {@code X Z} and {@code Y Z} apart). Never by the names alone: in an Arabic
   * {@code أحمد محمد الجبير} the {@code محمد الجبير} is most often the father. The half rule's share is
   * taken of all the sibling's articles for an Arabic name (a father named without an office: {@code حافظ
   * الأسد} of {@code بشار حافظ الأسد}, review of fixentities19), and of its articles that wrote an office for
   * a foreign one ({@link #foreignThreeWordName}): a famous foreign man is named bare more often than not,
   * and counted over all articles the join came and went with office-less articles (Blatter's, 18 of 36
   * and then 18 of 38 once {@code جوزف بلاتر} joined {@code جوزيف بلاتر}; session 21), where a foreign
   * name has no father's name in it to mistake.
   */
  private static boolean siblingsAreOneMan(Entry sibling, Entry other, Entry fullName) {
    Map<String, Long> offices = new HashMap<>(other.roles);
    fullName.roles.forEach((k, v) -> offices.merge(k, v, Long::sum));
    if (!foreignThreeWordName(fullName.canonicalKey)) return sameManByOffice(sibling, offices, 0, sibling.articles);
    // the full name without its middle word is also how a father of the same first and last names is written
    // (جورج بوش of جورج دبليو بوش); a former office both may have held is no evidence that it is the full name's
    // man (review of lane entities23, F3): only an office one man holds at a time joins them
    if (withoutMiddleWord(sibling.canonicalKey, fullName.canonicalKey)) offices.keySet().removeIf(EntityRegistry::formerOffice);
    // the share of the office articles alone is nearly no rule (review of lane entities22, F7): a sibling written
    // with the office once and bare in 500 articles joined. A floor over all its articles: at least
    // FOREIGN_SIBLING_MIN_OFFICES matching office articles, and a tenth of its articles (Blatter: 18 of 38 and of 78)
    OfficeCount count = OfficeCount.of(sibling, offices);
    return count.sameMan(0, Math.min(sibling.officeArticles, sibling.articles))
        && count.matching() >= Math.max(FOREIGN_SIBLING_MIN_OFFICES, (sibling.articles + 9) / 10);
  }

  /** Whether a two-word name is a three-word one's first and last words ({@code جورج بوش} of {@code جورج دبليو بوش}). */
  private static boolean withoutMiddleWord(String twoWords, String threeWords) {
    String[] s = NameKey.WHITESPACE.split(twoWords), f = NameKey.WHITESPACE.split(threeWords);
    return s.length == 2 && f.length == 3 && s[0].equals(f[0]) && s[1].equals(f[2]);
  }

  /** Whether an office (by {@link NameKey}) is a former one ({@link #FORMER}: السابق, الراحل …). */
  private static boolean formerOffice(String office) {
    return former(office.split(" "));
  }

  /** The fewest office articles matching the other names' offices for a foreign sibling join ({@link #siblingsAreOneMan}). */
  static final long FOREIGN_SIBLING_MIN_OFFICES = 2;

  /**
   * Whether a three-word name has no word of an Arabic name: none on the shipped list ({@link
   * #ARABIC_NAME_WORDS}) and none starting with the article. Shipped data only, not the chain words the
   * registry learns, so that what a join needs does not move with the order names came in.
   */
  private static boolean foreignThreeWordName(String key) {
    for (String w : NameKey.WHITESPACE.split(key)) if (ARABIC_NAME_WORDS.contains(w) || w.startsWith("ال")) return false;
    return true;
  }

  /**
   * {@link #sameManByOffice} against the offices {@code chainRoles} (office → articles), {@code grouped}
   * the chain's articles that wrote the short form beside it as one man, the half rule's share taken of
   * all the short form's articles.
   */
  private static boolean sameManByOffice(Entry shortForm, Map<String, Long> chainRoles, long grouped) {
    return sameManByOffice(shortForm, chainRoles, grouped, shortForm.articles);
  }

  /** {@link #sameManByOffice}, the share of the half rule taken of {@code shareOf} articles. */
  private static boolean sameManByOffice(Entry shortForm, Map<String, Long> chainRoles, long grouped, long shareOf) {
    return OfficeCount.of(shortForm, chainRoles).sameMan(grouped, shareOf);
  }

  /**
   * A short form's offices weighed against a chain's ({@link #sameManByOffice}), counted once for both of
   * its rules (the foreign sibling floor of {@link #siblingsAreOneMan} reads {@code matching} too: two
   * copies of the count would drift, review of lane entities23, F8). {@code matching}: the short form's
   * articles that wrote an office the chain's matches; {@code against}: the most of one office none
   * matches; both at most its office articles. {@code shared}: an office of two words or more written alike.
   */
  private record OfficeCount(long matching, long against, boolean shared) {
    static OfficeCount of(Entry shortForm, Map<String, Long> chainRoles) {
      boolean shared = false;
      long matching = 0, against = 0;
      for (Map.Entry<String, Long> o : shortForm.roles.entrySet()) {
        if (relational(o.getKey())) continue;
        boolean matched = false;
        for (String p : chainRoles.keySet()) {
          if (relational(p)) continue;
          int words = sameOffice(o.getKey(), p);
          if (words == 0) continue;
          matched = true;
          // evidence for only when written alike: with ال dropped, a closed "نائب الوزير" would share
          // two words with "نائب وزير الخارجيه", another man's office (review of fixentities18)
          shared |= words >= 2 && sameOfficeAsWritten(o.getKey(), p);
        }
        if (matched) matching += o.getValue();
        // the largest, not the sum: summed, a man's own office worded five ways the chain's never was (المتحدث
        // الاعلامي بامانه … / في امانه … / الناطق الاعلامي …) vetoed three right joins of 27 on the 19-day pick
        // (session 19, lane entities19), where no wrong join needed the sum
        else against = Math.max(against, o.getValue());
      }
      long cap = Math.min(shortForm.officeArticles, shortForm.articles); // an article with two offices is one
      return new OfficeCount(Math.min(matching, cap), Math.min(against, cap), shared);
    }

    /** The rule of {@link #sameManByOffice}: {@code grouped} articles wrote both names as one man, the half rule's share taken of {@code shareOf}. */
    boolean sameMan(long grouped, long shareOf) {
      if (matching == 0 || 4 * against >= matching) return false;
      if (!shared && grouped < 2) return false;
      return 2 * matching >= shareOf;
    }
  }

  /** First words of an office that names a man by his relation to another ({@code نظيره}), by {@link NameKey}. */
  private static final Set<String> RELATIONAL = ResourceLines.read(EntityRegistry.class, "relational-offices.txt").stream()
      .map(NameKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static boolean relational(String office) {
    return RELATIONAL.contains(officeHead(office));
  }

  /**
   * The number of words two offices share when one is the other written shorter ({@code وزير
   * الخارجيه} of {@code وزير الخارجيه السعودي}; {@code الوزير} of {@code وزير الخارجيه}: the article or a
   * glued {@code و} of the first word left out), else 0. Not the same office written otherwise ({@code الملحق
   * الثقافي بامريكا}, {@code الملحق الثقافي في سفاره …}): a miss, where a looser test would take {@code رئيس
   * مجلس الاداره} for {@code رئيس مجلس الشوري}.
   */
  static int sameOffice(String a, String b) {
    return alignedWords(a, b, false);
  }

  /** {@link #sameOffice} without dropping {@code ال} after the first word: the shorter office begins the longer one as written. */
  private static boolean sameOfficeAsWritten(String a, String b) {
    return alignedWords(a, b, true) > 0;
  }

  /**
   * Country adjectives ({@code السعودي}, {@code السويسري}), by {@link NameKey}: written inside an office
   * after its first word ({@code وزير الدوله السعودي للشوون الخارجيه}, {@code رييس الاتحاد الدولي
   * السويسري}) they say whose office or whose man, not which office.
   */
  private static final Set<String> NATIONALITIES = ResourceLines.read(EntityRegistry.class, "nationality-adjectives.txt").stream()
      .map(NameKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * The words two offices share, compared in order, when one is the other written shorter, else 0. A
   * country adjective of the man ({@link #mansAdjective}) one office has where the other has none is
   * skipped, not counted; one both have at the same place is a word like any other and must be the same
   * (review of lane entities19, F-nat: stripping every adjective and comparing only the first matched
   * {@code … السعودي التركي} with {@code … السعودي الفرنسي}). Two offices whose first country adjectives
   * differ are two men's ({@code وزير الخارجيه الروسي}, {@code … الامريكي}; {@code الرييس السوري}, {@code
   * رييس الوزراء الاسراييلي}). A skip is only against a word that cannot be an unlisted country adjective
   * ({@link #adjectiveShaped}); the adjective against its own country after a construct noun is a shared word
   * ({@link #namesCountryOf}). A former office ({@link #FORMER}) matches only a former one, and its former word
   * is compared as written like any other word (السابق is not الاسبق, الراحل, المعزول: review of entities20, F1).
   */
  private static int alignedWords(String a, String b, boolean asWritten) {
    // most pairs differ in the first word: tell them apart before splitting (a recompute compares thousands)
    if (!sameFirstWord(officeHead(a), officeHead(b))) return 0;
    String[] x = a.split(" "), y = b.split(" ");
    String nx = nationalityIn(x), ny = nationalityIn(y);
    if (nx != null && ny != null && !nx.equals(ny)) return 0;
    // the late or former holder is not the holder: الرييس السوري الراحل (حافظ) is not الرييس السوري (بشار)
    if (former(x) != former(y)) return 0;
    int i = 1, j = 1, words = 1;
    boolean skipped = false, articleDiffers = false;
    while (i < x.length && j < y.length) {
      boolean cx = NATIONALITIES.contains(x[i]), cy = NATIONALITIES.contains(y[j]);
      // the country named after a construct noun: وزير خارجيه قطر is وزير الخارجيه القطري
      if (cx && !cy && namesCountryOf(y[j], x[i]) || cy && !cx && namesCountryOf(x[i], y[j])) { i++; j++; words++; continue; }
      // skipped only against a word that cannot be an unlisted country adjective in its place:
      // وزير الخارجيه النمساوي against … التشيكي is two men's, not a shared وزير الخارجيه
      if (cx && !cy && mansAdjective(x, i) && !adjectiveShaped(y[j])) { i++; skipped = true; continue; }
      if (cy && !cx && mansAdjective(y, j) && !adjectiveShaped(x[i])) { j++; skipped = true; continue; }
      // ال dropped: وزير خارجيه المملكه and وزير الخارجيه, مدير جامعه … and مدير الجامعه
      if (asWritten ? !x[i].equals(y[j]) : !withoutArticle(x[i]).equals(withoutArticle(y[j]))) return 0;
      articleDiffers = !x[i].equals(y[j]);
      i++;
      j++;
      words++;
    }
    // the head word alone, the adjective skipped where the other office goes on: الرييس السوري, رييس الوزراء
    if (skipped && words == 1 && (i < x.length || j < y.length)) return 0;
    // a closed office left by the skip against one going on: نايب الرييس [الامريكي] is not نايب رييس الوزراء
    if (skipped && articleDiffers && (i < x.length || j < y.length)) return 0;
    return words;
  }

  /** An office's first word (the office itself when it is one word). */
  private static String officeHead(String office) {
    int space = office.indexOf(' ');
    return space < 0 ? office : office.substring(0, space);
  }

  /** The first country adjective after an office's first word, the body's or the man's, or null. */
  private static String nationalityIn(String[] w) {
    for (int i = 1; i < w.length; i++) if (NATIONALITIES.contains(w[i])) return w[i];
    return null;
  }

  /**
   * Whether the country adjective at {@code w[i]} (after the first word) says whose man or office rather
   * than naming the body. Not when it ends the office right after a body noun ({@link #BODY_NOUNS}) and
   * agrees with it in gender ({@code رييس الاتحاد السعودي}, {@code رييس الجمعيه السعوديه}, {@code الامين العام
   * للاتحاد السعودي}, {@code رييس النادي السعودي}: the Saudi federation, society or club); yes right after the
   * first word ({@code الرييس السوري}), inside the office ({@code وزير الدوله السعودي للشوون الخارجيه}), after
   * another adjective ({@code رييس الاتحاد الدولي السويسري}), after a portfolio ({@code وزير العمل السعودي}:
   * labour is no Saudi body; session 20; {@code وزير الخارجيه السعودي}, {@code … الامريكيه}: the man's either way)
   * and after a body noun it disagrees with in gender. A feminine one ending the office of a masculine first word
   * names the body whatever the noun ({@code رييس الاستخبارات الاميركيه}: the man cannot take it; review of lane
   * entities20, F2); the body-noun list decides only masculine ones.
   */
  private static boolean mansAdjective(String[] w, int i) {
    if (i < 2 || i != w.length - 1) return true;
    // agreement decides first: a masculine holder (رييس, وزير, المتحدث) cannot take a feminine adjective, so
    // وزير الخارجيه الروسيه and رييس الاستخبارات الاميركيه name the body, listed or not
    if (w[i].endsWith("ه") && !w[0].endsWith("ه")) return false;
    String body = definite(w[i - 1]);
    if (!BODY_NOUNS.contains(body)) return true; // وزير العمل السعودي: labour is no Saudi body
    boolean feminineNoun = body.endsWith("ه") || body.endsWith("ات");
    return feminineNoun != w[i].endsWith("ه"); // رييس الجمعيه السعوديه agrees: the Saudi society
  }

  /**
   * Nouns naming a body a country adjective can qualify ({@code الاتحاد}, {@code الجمعيه}), by {@link NameKey}
   * (office-body-nouns.txt): after any other noun a country adjective ending an office is the man's.
   */
  private static final Set<String> BODY_NOUNS = ResourceLines.read(EntityRegistry.class, "office-body-nouns.txt").stream()
      .map(NameKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** A word with a glued ب, و, ك, ف before its article, or ل written لل, read as the definite noun: للاتحاد, بالجمعيه → الاتحاد, الجمعيه. */
  private static String definite(String w) {
    if (w.startsWith("لل") && w.length() > 3) return "ا" + w.substring(1);
    if (w.length() > 4 && "بوكف".indexOf(w.charAt(0)) >= 0 && w.startsWith("ال", 1)) return w.substring(1);
    return w;
  }

  /**
   * Words that make an office a former one ({@code السابق}, {@code الراحل}), by {@link NameKey}
   * (former-office-words.txt): an office with one and the same office without are two men's.
   */
  private static final Set<String> FORMER = ResourceLines.read(EntityRegistry.class, "former-office-words.txt").stream()
      .map(NameKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static boolean former(String[] w) {
    for (int i = 1; i < w.length; i++) if (FORMER.contains(w[i])) return true;
    return false;
  }

  /**
   * Whether {@code word} (after a construct noun, {@code ال} or not) is the country the listed adjective {@code
   * adjective} is formed from: قطر ~ القطري, الامارات ~ الاماراتي, بريطانيا ~ البريطاني, فرنسا ~ الفرنسي, النمسا ~
   * النمساوي, العراق ~ العراقي. The adjective is masculine (the man's; a feminine one ending an office is the body's).
   */
  private static boolean namesCountryOf(String word, String adjective) {
    if (!adjective.endsWith("ي") || adjective.length() < 4) return false;
    String stem = withoutArticle(adjective), country = withoutArticle(word);
    if (country.length() < 3) return false;
    String bare = country.endsWith("ا") ? country.substring(0, country.length() - 1) : null; // بريطانيا, فرنسا
    return stem.equals(country + "ي") || stem.equals(country + "وي") || bare != null && (stem.equals(bare) || stem.equals(bare + "ي"));
  }

  /** A definite word ending like a nisba ({@code التشيكي}, {@code الدولي}): it may be a country adjective the list lacks. */
  private static boolean adjectiveShaped(String w) {
    return w.length() > 4 && w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه")) && !PLAIN_ADJECTIVES.contains(w);
  }

  /** Words shaped like a country adjective that never name a country ({@code الحالي}), by {@link NameKey} (office-plain-adjectives.txt). */
  private static final Set<String> PLAIN_ADJECTIVES = ResourceLines.read(EntityRegistry.class, "office-plain-adjectives.txt").stream()
      .map(NameKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The first word of two offices, one with {@code ال} or a glued {@code و} the other lacks ({@code ووزير} of {@code ووزير الخارجية}). */
  private static boolean sameFirstWord(String a, String b) {
    String x = withoutArticle(a), y = withoutArticle(b);
    return x.equals(y) || x.equals("و" + y) || y.equals("و" + x);
  }

  private static String withoutArticle(String w) {
    return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
  }

  /**
   * بن، بنت، ابن، آل (match-normalised): not words a Latin query means ("Ban" is not بن), however the
   * transliterator spells them (rules: Bn, Al; a name list: Bin, Al). Not أبو and أم of {@link
   * Nasab}'s particles: a query "Abu" means them.
   */
  private static final Set<String> CHAIN_PARTICLES = Set.of("بن", "بنت", "ابن", "ال");
  /** The rule spellings of the same, for a Latin name that does not align word for word with its canonical. */
  private static final Set<String> LATIN_CHAIN_PARTICLES = Set.of("Bn", "Bnt", "Abn", "Al");

  /**
   * Entities whose Latin name matches a Latin query ({@code Lavrov}, {@code sergei lavrov}, {@code
   * Ban Ki-moon}: a hyphen other than that of {@code al-} separates words):
   * every query word must equal, or share a {@linkplain Transliterator#phoneticKey phonetic key}
   * with, a word of the entity's Latin name other than the Latin of a chain particle (بن، آل…);
   * a query word of three letters or fewer must also have a name word of about its length
   * ({@link Transliterator#sameWord}: {@code Ban} is not {@code al-Banya}). Most mentioned first.
   */
  public synchronized List<EntityRecord> findByLatin(String query) {
    List<String> queryWords = Transliterator.queryWords(query); // Ki-moon is two name words (كي مون)
    List<Set<String>> q = new ArrayList<>(); // per query word with a key: the keys of its forms (John: John, Jon)
    for (String w : queryWords) {
      Set<String> keys = new java.util.LinkedHashSet<>();
      for (String form : Transliterator.queryForms(w)) {
        String k = Transliterator.phoneticKey(form);
        if (!k.isEmpty()) keys.add(k);
      }
      if (!keys.isEmpty()) q.add(keys);
    }
    if (q.isEmpty()) return List.of();
    Set<Entry> candidates = new java.util.LinkedHashSet<>();
    for (String k : q.get(0)) {
      read("L|" + k); // the candidates, their names, keys and counts (touch stamps each entity's keys)
      candidates.addAll(byLatinKey.getOrDefault(k, Set.of()));
    }
    List<Entry> found = new ArrayList<>();
    Set<Entry> read = new java.util.LinkedHashSet<>();
    for (Entry e : candidates) read.add(live(e.id)); // a short form read as its chain: the chain
    for (Entry e : read) {
      boolean all = true;
      for (Set<String> keys : q) all &= keys.stream().anyMatch(e.latinKeys::contains);
      if (all && Transliterator.shortWordsMatch(queryWords, e.latin)) found.add(e); // a very short word needs a name word of its length (Ban)
    }
    List<String> shortWords = queryWords.stream()
        .filter(w -> Transliterator.letters(w) > 0 && Transliterator.letters(w) <= Transliterator.SHORT_WORD).toList();
    Comparator<Entry> order = shortWords.isEmpty()
        ? Comparator.comparingLong((Entry e) -> -e.count)
        : Comparator.comparingInt((Entry e) -> lengthGap(shortWords, e.latin)).thenComparingLong(e -> -articles(e));
    found.sort(order.thenComparingLong(e -> -e.count).thenComparing(e -> e.id));
    return found.stream().map(this::recordOf).toList();
  }

  /**
   * How far the short query words are from the name words they match, in letters ({@code ع}'s
   * apostrophe counted: {@code 'li} is as long as {@code Ali}): {@code Ban} is nearer {@code Ban} (بان كي
   * مون) than {@code Bnia} (بنيه) or {@code Bini} (بيني), which the one-letter tolerance of {@link
   * Transliterator#sameWord} also lets match.
   */
  private static int lengthGap(List<String> shortWords, String latin) {
    int gap = 0;
    for (String q : shortWords) {
      int best = Integer.MAX_VALUE;
      for (String w : latin.split(" ")) {
        if (!Transliterator.sameWord(q, w)) continue;
        int n = Transliterator.letters(w) + (int) w.chars().filter(c -> c == '\'').count();
        best = Math.min(best, Math.abs(n - Transliterator.letters(q)));
      }
      if (best != Integer.MAX_VALUE) gap += best;
    }
    return gap;
  }

  /**
   * How many articles named the entity ({@link Entry#articles}); for one stored before they were
   * counted, the articles of its most used spelling (at least that many), else none known (0). A short
   * Latin word ({@code Ban}) is ranked by the nearest spelling ({@link #lengthGap}), then so: it matches
   * many names, and one long interview that repeats a junk name ({@code بان عبدالفتاح}, 32 mentions in 2
   * articles) must not come before a name many articles use ({@code بان كي مون}, 12).
   */
  private static long articles(Entry e) {
    if (e.articles > 0) return e.articles;
    long most = 0;
    for (long v : e.surfaces.values()) most = Math.max(most, v);
    return most;
  }

  /**
   * Where the word indexes ({@link #fullNamesBySurname}, {@link #namesByFirstWord}, {@link
   * #chainsByGivenName}, {@link #oneWordAliasHolders}, {@link #loneWordHolders}) differ from the same
   * indexes built again from the live entities, or break their own invariant; empty when they agree
   * (for tests: every change must keep them in step).
   */
  synchronized List<String> indexProblems() {
    RankedByWord<Entry> bySurname = new RankedByWord<>(Entry::own, e -> e.id);
    RankedByWord<Entry> byFirstWord = new RankedByWord<>(Entry::own, e -> e.id);
    RankedByWord<Entry> byGivenName = new RankedByWord<>(Entry::own, e -> e.id);
    WordHolders<Entry> aliasHolders = new WordHolders<>(), loneHolders = new WordHolders<>();
    List<String> out = new ArrayList<>();
    for (Entry e : byId.values()) {
      long lone = e.loneCounts.values().stream().mapToLong(Long::longValue).sum();
      if (e.own() != e.count - lone) out.add(e + ": own " + e.own() + ", count " + e.count + " less lone counts " + lone);
      for (String w : e.loneCounts.keySet()) loneHolders.add(w, e);
      for (String a : e.aliases) if (isOneWordPerson(e, a)) aliasHolders.add(a, e);
      if (!e.type.equals("PERS")) continue;
      String surname = Nasab.surname(e.canonicalKey), first = firstWord(e.canonicalKey), head = Nasab.head(e.canonicalKey);
      if (surname != null) bySurname.add(surname, e);
      if (first != null) byFirstWord.add(first, e);
      if (head != null) byGivenName.add(givenName(head), e);
    }
    compare("fullNamesBySurname", fullNamesBySurname.snapshot(), bySurname.snapshot(), out);
    compare("namesByFirstWord", namesByFirstWord.snapshot(), byFirstWord.snapshot(), out);
    compare("chainsByGivenName", chainsByGivenName.snapshot(), byGivenName.snapshot(), out);
    compare("oneWordAliasHolders", oneWordAliasHolders.snapshot(), aliasHolders.snapshot(), out);
    compare("loneWordHolders", loneWordHolders.snapshot(), loneHolders.snapshot(), out);
    fullNamesBySurname.problems().forEach(p -> out.add("fullNamesBySurname " + p));
    namesByFirstWord.problems().forEach(p -> out.add("namesByFirstWord " + p));
    chainsByGivenName.problems().forEach(p -> out.add("chainsByGivenName " + p));
    return out;
  }

  private static void compare(String name, Map<String, Set<Entry>> kept, Map<String, Set<Entry>> rebuilt, List<String> out) {
    Set<String> words = new java.util.TreeSet<>(kept.keySet());
    words.addAll(rebuilt.keySet());
    for (String w : words) {
      Set<Entry> k = kept.getOrDefault(w, Set.of()), r = rebuilt.getOrDefault(w, Set.of());
      if (!k.equals(r)) out.add(name + " " + w + ": kept " + k + ", rebuilt " + r);
    }
  }

  /** The transliterator the registry uses for Latin names. */
  public Transliterator transliterator() {
    return transliterator;
  }
}
