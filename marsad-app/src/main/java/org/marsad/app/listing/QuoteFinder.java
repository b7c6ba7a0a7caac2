package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.app.corpus.LatinNameExpansion;
import org.marsad.app.http.service.QuoteView;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Quote;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.ArticleStore;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

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
   * @param speaker an entity id, an Arabic name (any part of it) or a Latin name the registry knows; or null
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
    String speakerName = typed.isEmpty() ? null : typed;
    String speakerId = null;
    EntityRecord byId = speakerName == null || registry == null ? null : registry.byId(speakerName).orElse(null);
    String latin = speakerName == null ? null : LatinNameExpansion.plainLatin(speakerName);
    if (byId != null) {
      // an entity id, as the entity page links to its quotations: the same quotations as its Latin
      // name finds (this id or the name), where matching the id as a name found none
      speakerId = byId.id();
      speakerName = byId.canonical();
    } else if (latin != null && latin.matches("[A-Za-z][A-Za-z '-]+")) {
      List<EntityRecord> found = registry == null || !LatinNameExpansion.couldBeAName(latin)
          ? List.of() : registry.findByLatin(latin).stream().filter(e -> e.type().equals("PERS") || e.type().equals("ORG")).toList();
      if (found.isEmpty()) throw new IllegalArgumentException("no known speaker is written " + speakerName + " in Latin letters");
      speakerId = found.get(0).id();
      speakerName = found.get(0).canonical();
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
      String byName = "speaker:" + lastWord(speakerName);
      q.append(' ').append(speakerId == null ? byName : byName + " OR speaker:" + speakerId);
    }
    // words as the search reads them: punctuation is no word (`...` matched nothing, `إيران،` only
    // quotations with that comma) and stop words (`في`) are dropped
    List<String> needed = Arrays.stream(text.split("\\s+"))
        .filter(w -> !w.isBlank() && !w.contains(":") && !w.startsWith("-") && !w.equals("OR") && !w.equals("AND") && !w.equals("NOT"))
        .map(w -> ArabicNormalizer.match(w.replaceAll("[^\\p{L}\\p{N}\\p{M}]", "")))
        .filter(w -> !w.isEmpty() && !ArabicNewsAnalyzer.defaultStopSet().contains(w)).toList();
    // the whole name as typed, not its last word: عادل الجبير is not أحمد الجبير, and وزير الخارجية
    // is not المدير العام للعلاقات الخارجية
    List<String> speakerKey = speakerName == null ? null : words(speakerName);

    List<QuoteView> page = new ArrayList<>();
    long total = 0;
    SearchResult r = store.search(SearchRequest.of(q.toString().strip())
        .withSort(SearchRequest.SortOrder.DATE).withPage(0, ARTICLES_READ));
    for (Hit h : r.hits()) {
      Article a = store.get(h.id()).orElse(null);
      if (a == null || a.quotes() == null) continue;
      for (Quote qt : a.quotes()) {
        if (!matches(qt, speakerId, speakerKey, needed)) continue;
        if (total >= offset && page.size() < limit) page.add(view(qt, a));
        total++;
      }
    }
    return new Found(total, page, r.total(), r.hits().size());
  }

  private static QuoteView view(Quote q, Article a) {
    return new QuoteView(q.text(), q.direct(), q.speaker(), q.speakerId(), q.verb(), q.via(),
        a.id(), a.title(), a.source(), a.published());
  }

  private static boolean matches(Quote q, String speakerId, List<String> speakerKey, List<String> needed) {
    boolean byId = speakerId != null && speakerId.equals(q.speakerId());
    if (speakerKey != null && !byId && (q.speaker() == null || !namedBy(words(q.speaker()), speakerKey))) {
      return false;
    }
    String text = ArabicNormalizer.match(q.text());
    for (String w : needed) if (!text.contains(w)) return false;
    return true;
  }

  /** The words that chain a father's name to a name (بن، ابن، بنت), match-normalised. */
  private static final Set<String> CHAIN = Set.of("بن", "ابن", "بنت").stream().map(ArabicNormalizer::match).collect(Collectors.toSet());

  /**
   * Whether the speaker's name holds the typed words in order, each part of one word, the first not
   * a father's name (after بن) and nothing between them but a father's name (بن أحمد): عادل الجبير
   * names وزير الخارجية عادل الجبير and عادل بن أحمد الجبير, not أحمد الجبير, whose words are in the
   * second too; وزير الخارجية names وزير الخارجية المصري, not المدير العام للعلاقات الخارجية. A part
   * of a word still counts, as before (جبير finds الجبير).
   */
  static boolean namedBy(List<String> speaker, List<String> typed) {
    for (int start = 0; start < speaker.size(); start++) {
      if (start > 0 && CHAIN.contains(speaker.get(start - 1))) continue;
      int at = start;
      boolean all = true;
      for (String w : typed) {
        while (at < speaker.size() && !speaker.get(at).contains(w) && at > start && CHAIN.contains(speaker.get(at))) at += 2;
        if (at >= speaker.size() || !speaker.get(at).contains(w)) { all = false; break; }
        at++;
      }
      if (all) return true;
    }
    return false;
  }

  private static List<String> words(String name) {
    return Arrays.stream(ArabicNormalizer.match(name).split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  private static String lastWord(String name) {
    String[] parts = name.strip().split("\\s+");
    return parts[parts.length - 1];
  }

  /** The id of the person or organisation a name resolves to in the registry, or null. */
  private String resolved(String name) {
    return registry.resolve("PERS", name).or(() -> registry.resolve("ORG", name)).map(EntityRecord::id).orElse(null);
  }
}
