package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.marsad.app.corpus.LatinNameExpansion;
import org.marsad.app.http.service.QuoteView;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Quote;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.NameMatch;
import org.marsad.store.ArticleStore;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.analysis.ArabicNewsAnalyzer;
import org.marsad.text.stem.HamzaSeatSpellings;

/**
 * Who said what: finds articles through the index (speaker filter, words, dates), then keeps
 * the quotations whose speaker matches and whose words contain every query word
 * (match-normalised substrings), newest articles first; at most {@link #ARTICLES_READ} articles
 * are read.
 */
public final class QuoteFinder {
  /** Articles read per request: a bound on the work of one listing. */
  public static final int ARTICLES_READ = 200;

  /**
   * Matching quotations: how many in the articles read, the asked page of them, how many
   * articles matched the search and how many of them (the newest) were read. {@code total}
   * counts every matching quotation only when {@link #complete()}.
   */
  public record Found(long total, List<QuoteView> quotes, long articlesMatched, int articlesRead) {
    /** Whether every matching article was read, so that {@code total} is the collection's. */
    public boolean complete() {
      return articlesRead >= articlesMatched;
    }
  }

  private final ArticleStore store;
  private final EntityRegistry registry;

  public QuoteFinder(ArticleStore store, EntityRegistry registry) {
    this.store = store;
    this.registry = registry;
  }

  /**
   * @param speaker an entity id, an Arabic name or whole words of it ({@link NameMatch}), a role (the
   *                quotations of whom the articles name with it), or a Latin name the registry knows;
   *                or null. One with no name word ({@code ال}, {@code بن}, {@code OR}) is refused (IllegalArgumentException)
   * @param words   words the quotation must contain (may be empty)
   * @param from    first day (YYYY-MM-DD) or null
   * @param to      last day or null
   * @param offset  quotations to skip
   * @param limit   quotations to return
   */
  public Found find(String speaker, String words, String from, String to, int offset, int limit) throws IOException {
    // a name typed in quotes ("عادل الجبير") is that name; the quotes would be part of the key
    String typed = speaker == null ? "" : speaker.replaceAll("[\"“”«»]", " ").strip().replaceAll("\\s+", " ");
    if (typed.isEmpty() && speaker != null && !speaker.isBlank()) return new Found(0, List.of(), 0, 0); // only quote marks
    if (!typed.isEmpty() && !NameMatch.hasNameWord(typed)) {
      // `ال` named every speaker with an آل (398 quotations), `OR` 16: nobody is named by these alone
      throw new IllegalArgumentException("the speaker \"" + typed + "\" has no name word (only the article, a particle such as بن or آل, a preposition such as في or an operator)");
    }
    String speakerName = typed.isEmpty() ? null : typed;
    String speakerId = null;
    Set<String> entityNames = Set.of(); // a Latin name's or id's entity: its names, for quotations left unresolved
    EntityRecord byId = speakerName == null || registry == null ? null : registry.byId(speakerName).orElse(null);
    String latin = speakerName == null ? null : LatinNameExpansion.plainLatin(speakerName);
    if (byId != null) {
      // an entity id, as the entity page links to its quotations: the same quotations as its Latin
      // name finds (this id or the name), where matching the id as a name found none
      speakerId = byId.id();
      speakerName = byId.canonical();
      entityNames = names(byId);
    } else if (latin != null && latin.matches("[A-Za-z][A-Za-z '-]+")) {
      List<EntityRecord> found = registry == null || !LatinNameExpansion.couldBeAName(latin)
          ? List.of() : LatinNameExpansion.byLatin(registry, latin).stream().filter(e -> e.type().equals("PERS") || e.type().equals("ORG")).toList();
      if (found.isEmpty()) throw new IllegalArgumentException("no known speaker is written " + speakerName + " in Latin letters");
      speakerId = found.get(0).id();
      speakerName = found.get(0).canonical();
      entityNames = names(found.get(0));
    } else if (speakerName != null && registry != null) {
      // an Arabic name the registry knows (عادل الجبير): also the quotations it was resolved to
      // under a shorter name (الجبير)
      speakerId = resolved(speakerName);
    }
    String text = words == null ? "" : words.strip();
    StringBuilder q = new StringBuilder(text);
    if (from != null) q.append(" from:").append(from);
    if (to != null) q.append(" to:").append(to);
    if (speakerName != null) {
      // the index finds the articles by the name's last word (عادل بن أحمد الجبير is عادل الجبير too);
      // the quotations are then kept by the whole name
      // a word typed without ال also as the name's word with it, as NameMatch keeps the quotations
      // (جبير found 5, الجبير 135)
      List<String> terms = new ArrayList<>(speakerTerms(speakerName));
      if (isRole(speakerName, speakerId)) terms.add("\"" + speakerName + "\""); // articles naming someone with that role
      if (speakerId != null) terms.add("speaker:" + speakerId);
      q.append(' ').append(String.join(" OR ", terms));
    }
    // words as the search reads them: punctuation is no word (`...` matched nothing, `إيران،` only
    // quotations with that comma) and stop words (`في`) are dropped
    // each word in the spellings of its hamza seat before و (مسؤول, مسئول), read before normalising folds the seats apart
    List<List<String>> needed = Arrays.stream(text.split("\\s+"))
        .filter(w -> !w.isBlank() && !w.contains(":") && !w.startsWith("-") && !w.equals("OR") && !w.equals("AND") && !w.equals("NOT"))
        .map(w -> HamzaSeatSpellings.of(w.replaceAll("[^\\p{L}\\p{N}\\p{M}]", "")).stream().map(ArabicNormalizer::match).toList())
        .filter(w -> !w.get(0).isEmpty() && !ArabicNewsAnalyzer.defaultStopSet().contains(w.get(0))).toList();
    // the whole name as typed, not its last word: عادل الجبير is not أحمد الجبير, and وزير الخارجية
    // is not المدير العام للعلاقات الخارجية
    NameMatch speakerKey = speakerName == null ? null : NameMatch.of(speakerName);

    List<QuoteView> page = new ArrayList<>();
    long total = 0;
    // the hits are read whole below: no snippet (on Solr, each hit's body would come twice)
    SearchResult r = store.search(SearchRequest.of(q.toString().strip())
        .withSort(SearchRequest.SortOrder.DATE).withPage(0, ARTICLES_READ).withoutSnippets());
    boolean role = isRole(speakerName, speakerId);
    for (Hit h : r.hits()) {
      Article a = store.get(h.id()).orElse(null);
      if (a == null || a.quotes() == null) continue;
      List<Entity> holders = role ? roleHolders(a, speakerKey) : List.of();
      for (Quote qt : a.quotes()) {
        if (!matches(qt, speakerId, speakerKey, entityNames, needed) && !heldBy(qt, holders, needed)) continue;
        if (total >= offset && page.size() < limit) page.add(view(qt, a));
        total++;
      }
    }
    return new Found(total, page, r.total(), r.hits().size());
  }

  /**
   * An entity's names (canonical and aliases, match-normalised). A quotation the extractor left
   * unresolved (no speaker id) under exactly one of them is the entity's: session 14 QA, {@code
   * --speaker Obama} 71 quotations and {@code أوباما} 109, of which 20 by an unresolved «أوباما»,
   * Barack Obama's. A name the registry gives the entity, not any name with its words (سارة أوباما),
   * and only one the registry resolves to this entity: an alias another person holds too (نصر الله
   * of ليلى نصر الله is حسن نصر الله's) would take his unresolved quotations (session 14 review).
   */
  private Set<String> names(EntityRecord e) {
    Set<String> out = new java.util.HashSet<>();
    List<String> all = new ArrayList<>(e.aliases());
    all.add(e.canonical());
    for (String name : all) if (e.id().equals(resolved(name))) out.add(ArabicNormalizer.match(name));
    return out;
  }

  private static QuoteView view(Quote q, Article a) {
    return new QuoteView(q.text(), q.direct(), q.speaker(), q.speakerId(), q.verb(), q.via(),
        a.id(), a.title(), a.source(), a.published());
  }

  /**
   * Whether a typed speaker may be a role (وزير الخارجية السعودي): Arabic words, two or more, that
   * name no registry entity. The quotation then names the holder (عادل الجبير), not the role, so
   * the article's entities whose role the words name are its speakers too (session 11 QA: the role
   * found nothing where the article wrote "وزير الخارجية السعودي عادل الجبير" and quoted "الجبير").
   */
  private static boolean isRole(String speakerName, String speakerId) {
    return speakerId == null && speakerName != null && speakerName.contains(" ") && speakerName.matches("[\\p{IsArabic}\\s]+");
  }

  /**
   * The article's people and organisations whose role (a title next to the name) starts with the
   * typed words: نائب وزير الخارجية serves the minister and is not him.
   */
  private static List<Entity> roleHolders(Article a, NameMatch role) {
    if (a.entities() == null) return List.of();
    return a.entities().stream()
        .filter(e -> e.role() != null && e.canonical() != null && ("PERS".equals(e.type()) || "ORG".equals(e.type())) && role.startsRole(e.role()))
        .toList();
  }

  /** Whether a quotation is one of a role holder's: by the holder's id, or a speaker name that names the holder. */
  private static boolean heldBy(Quote q, List<Entity> holders, List<List<String>> needed) {
    for (Entity e : holders) {
      boolean byId = e.id() != null && e.id().equals(q.speakerId());
      String said = q.speaker() == null ? null : withoutTitles(q.speaker());
      boolean byName = said != null && NameMatch.hasNameWord(said) && NameMatch.of(said).names(e.canonical());
      if (byId || byName) return matches(q, null, null, Set.of(), needed);
    }
    return false;
  }

  /** A speaker's name without the title words it starts with, or null when nothing else is left ({@link NameMatch#withoutTitles}). */
  static String withoutTitles(String speaker) {
    return NameMatch.withoutTitles(speaker);
  }

  private static boolean matches(Quote q, String speakerId, NameMatch speakerKey, Set<String> entityNames, List<List<String>> needed) {
    boolean byId = speakerId != null && speakerId.equals(q.speakerId())
        || q.speakerId() == null && q.speaker() != null && entityNames.contains(ArabicNormalizer.match(q.speaker().strip()));
    // the rule of the entity list's search box too (NameMatch): whole words, ال may be left out, no father's name
    if (speakerKey != null && !byId && !speakerKey.names(q.speaker())) {
      return false;
    }
    String text = ArabicNormalizer.match(q.text());
    for (List<String> spellings : needed) if (spellings.stream().noneMatch(text::contains)) return false; // مسؤول or مسئول, as search reads them
    return true;
  }

  /**
   * The index terms that find a speaker's articles: its last word as typed, typed without ال also
   * with it, and both spellings of a عبد pair (عبدالله / عبد الله: the index holds the name as the
   * article wrote it). The last word alone, not the name as a phrase, because {@link NameMatch}
   * also keeps a speaker with a father's name in between (عادل الجبير is عادل بن أحمد الجبير), which
   * a phrase misses; the query syntax has no grouping for "all the name's words".
   * When that last word is one the stop list holds (محمد علي, عبد الله الثاني), the bare word names
   * too many speakers (index schema 3 keeps it in {@code speaker_names}: every علي), which crowd
   * the name's own articles out of the newest read; the whole name is searched as a phrase
   * instead (the name fields keep every word of it, and a phrase stays inside one name). Only
   * a father's name in between is then missed (محمد بن أحمد علي).
   */
  static List<String> speakerTerms(String name) {
    String[] parts = name.strip().split("\\s+");
    String last = parts[parts.length - 1];
    List<String> terms = new ArrayList<>();
    if (parts.length > 1 && ArabicNewsAnalyzer.defaultStopSet().contains(ArabicNormalizer.match(last))) {
      // a stop-list word last: the whole name, in both spellings of its عبد pair, not the broad word
      String joined = name.strip().replaceAll("(^|\\s)عبد\\s+(\\S)", "$1عبد$2");
      String apart = name.strip().replaceAll("(^|\\s)عبد(ال\\S+)", "$1عبد $2");
      for (String n : new java.util.LinkedHashSet<>(List.of(name.strip(), joined, apart))) terms.add("speaker:\"" + n + "\"");
      return terms;
    }
    List<String> words = new ArrayList<>(List.of(last));
    String m = ArabicNormalizer.match(last);
    if (m.startsWith("عبد") && m.length() > 4) words.add(last.substring(3)); // عبدالله: the article may write عبد الله
    if (parts.length > 1 && ArabicNormalizer.match(parts[parts.length - 2]).equals("عبد")) words.add(parts[parts.length - 2] + last); // عبد الله: or عبدالله
    for (String w : words) {
      terms.add("speaker:" + w);
      boolean bare = w.matches(".*\\p{IsArabic}.*") && !ArabicNormalizer.match(w).startsWith("ال");
      if (bare) terms.add("speaker:ال" + w);
    }
    return terms;
  }

  /** The id of the person or organisation a name resolves to in the registry, or null. */
  private String resolved(String name) {
    return registry.resolve("PERS", name).or(() -> registry.resolve("ORG", name)).map(EntityRecord::id).orElse(null);
  }
}
