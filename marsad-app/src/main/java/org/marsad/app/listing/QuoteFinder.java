package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    String speakerName = speaker == null || speaker.isBlank() ? null : speaker.strip();
    String speakerId = null;
    EntityRecord byId = speakerName == null || registry == null ? null : registry.byId(speakerName).orElse(null);
    if (byId != null) {
      // an entity id, as the entity page links to its quotations: the same quotations as its Latin
      // name finds (this id or the name), where matching the id as a name found none
      speakerId = byId.id();
      speakerName = byId.canonical();
    } else if (speakerName != null && speakerName.matches("[A-Za-z][A-Za-z '-]+")) {
      List<EntityRecord> found = registry == null || !org.marsad.app.corpus.LatinNameExpansion.couldBeAName(speakerName)
          ? List.of() : registry.findByLatin(speakerName);
      if (found.isEmpty()) throw new IllegalArgumentException("no known speaker is written " + speakerName + " in Latin letters");
      speakerId = found.get(0).id();
      speakerName = found.get(0).canonical();
    }
    String text = words == null ? "" : words.strip();
    StringBuilder q = new StringBuilder(text);
    if (from != null) q.append(" from:").append(from);
    if (to != null) q.append(" to:").append(to);
    if (speakerName != null) q.append(" speaker:").append(speakerId != null ? speakerId : lastWord(speakerName));
    List<String> needed = Arrays.stream(text.split("\\s+"))
        .filter(w -> !w.isBlank() && !w.contains(":") && !w.startsWith("-") && !w.equals("OR"))
        .map(w -> ArabicNormalizer.match(w.replace("\"", ""))).toList();
    String speakerKey = speakerName == null ? null : ArabicNormalizer.match(lastWord(speakerName));

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

  private static boolean matches(Quote q, String speakerId, String speakerKey, List<String> needed) {
    boolean byId = speakerId != null && speakerId.equals(q.speakerId());
    if (speakerKey != null && !byId
        && (q.speaker() == null || !ArabicNormalizer.match(q.speaker()).contains(speakerKey))) {
      return false;
    }
    String text = ArabicNormalizer.match(q.text());
    for (String w : needed) if (!text.contains(w)) return false;
    return true;
  }

  private static String lastWord(String name) {
    String[] parts = name.strip().split("\\s+");
    return parts[parts.length - 1];
  }
}
