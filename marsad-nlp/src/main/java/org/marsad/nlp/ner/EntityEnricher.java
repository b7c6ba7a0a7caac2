package org.marsad.nlp.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.nlp.ArticleEnricher;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.NameKey;
import org.marsad.nlp.entity.Nasab;
import org.marsad.nlp.ner.MentionGroups.Mention;
import org.marsad.nlp.util.InputOrder;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.sentence.SentenceSplitter;
import org.marsad.text.token.Token;
import org.marsad.text.token.NewsTokenizer;

/**
 * The entity step of the pipeline: tags {@link Article#text()} sentence by sentence and fills
 * {@link Article#entities()} with offsets into the text.
 * <ul>
 *   <li>proclitics the tagger included are cut from the entity ({@link ProcliticStripper}), titles,
 *       epithets, particles and verbs from both ends of a person's name, and formulae the tagger
 *       took for names ({@code رحمه الله}) are dropped ({@link NameEdges}), and words of an organisation or
 *       place the article itself tags alone, run by the tagger into a name ({@code داعش رجب طيب إردوغان}), are
 *       cut ({@link NameBounds}); a currency or unit word after a number ({@code 500 ريال}) is an
 *       amount, not an entity ({@link AmountUnits});</li>
 *   <li>a title next to a person's name becomes the entity's role ({@link TitleRoles});</li>
 *   <li>within the article a person's shorter mentions ({@code لافروف}) join the fullest name
 *       they end ({@code سيرغي لافروف}), unless a chain particle stands before them there
 *       ({@code سلمان بن عبدالعزيز} in {@code محمد بن سلمان بن عبدالعزيز} is the father), and a
 *       chain joins its longer forms ({@code محمد بن سلمان} → {@code محمد بن سلمان بن عبدالعزيز},
 *       see {@link Nasab}); other types join on equal {@link NameKey} (the rule is {@link MentionGroups});</li>
 *   <li>ids and cross-article canonical names come from the {@link EntityRegistry} when one is
 *       given (surname-only names resolve to the most frequent full name), otherwise from
 *       {@link EntityRegistry#idFor}.</li>
 * </ul>
 */
public final class EntityEnricher implements ArticleEnricher {
  private final NerTagger tagger;
  private final EntityRegistry registry;

  /** Uses the shipped model and no registry. */
  public EntityEnricher() {
    this(NerTagger.defaultTagger(), null);
  }

  /**
   * @param tagger   the tagger
   * @param registry cross-article registry to resolve and record entities in, or null
   */
  public EntityEnricher(NerTagger tagger, EntityRegistry registry) {
    this.tagger = tagger;
    this.registry = registry;
  }

  @Override
  public Article enrich(Article article) {
    String text = article.text();
    if (text == null || text.isBlank()) return article.withEntities(List.of());
    return article.withEntities(entities(text, article.id()));
  }

  /** The entities of a text, in text order. */
  public List<Entity> entities(String text) {
    return entities(text, null);
  }

  /**
   * The entities of the article {@code documentId}: the registry learns from them unless the bound
   * {@link InputOrder} gate says this article teaches nothing (already stored, a copy, a display-only
   * analysis); then its names are only looked up.
   */
  private List<Entity> entities(String text, String documentId) {
    List<List<Token>> sentences = new ArrayList<>();
    for (Sentence s : SentenceSplitter.split(text)) {
      List<Token> toks = new ArrayList<>();
      for (Token t : NewsTokenizer.tokenize(s.textIn(text))) {
        toks.add(new Token(t.text(), t.type(), t.start() + s.start(), t.end() + s.start()));
      }
      if (!toks.isEmpty()) sentences.add(toks);
    }
    List<String[]> words = new ArrayList<>();
    Set<String> docWords = new HashSet<>();
    for (List<Token> s : sentences) {
      String[] w = s.stream().map(Token::text).toArray(String[]::new);
      words.add(w);
      for (String x : w) docWords.add(ArabicNormalizer.match(x));
    }
    List<String[]> tags = tagger.tagDocument(words);
    for (int k = 0; k < sentences.size(); k++) NameEdges.joinTheophoricGivenNames(sentences.get(k), tags.get(k)); // الرئيس عبدربه منصور هادي
    ProcliticStripper stripper = new ProcliticStripper(docWords, tagger.lexicon());
    Set<String> personWordsAlone = NameEdges.personWordsAlone(sentences, tags);
    NameBounds bounds = new NameBounds(sentences, tags);

    List<Mention> mentions = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      List<Token> toks = sentences.get(k);
      String[] tg = tags.get(k);
      for (EntitySpan span : EntitySpan.fromTags(tg)) {
        int from = span.start(), to = span.end();
        if (span.type() == EntityType.PERS) {
          int[] kept = NameEdges.trim(toks, from, to);
          int title = kept == null ? -1 : titleStart(toks, from, kept, stripper);
          if (title >= 0) { // خادم الحرمين الشريفين (the edge word خادم cut): a role, see resolve
            Token f = toks.get(title);
            int s = f.start() + titleCut(toks, title, kept[1], stripper), e = toks.get(kept[1] - 1).end();
            mentions.add(Mention.title(text.substring(s, e), s, e));
            for (int i = from; i < to; i++) tg[i] = "O"; // so that it is the role of the name after it (… الملك سلمان)
            continue;
          }
          if (kept == null) continue;
          for (int i = from; i < kept[0]; i++) tg[i] = "O"; // a title cut off the name is found as its role
          for (int i = kept[1]; i < to; i++) tg[i] = "O";
          from = kept[0];
          to = kept[1];
          int[] own = bounds.trim(toks, from, to); // … داعش رجب طيب إردوغان: داعش is the article's organisation
          for (int i = from; i < own[0]; i++) tg[i] = "O";
          for (int i = own[1]; i < to; i++) tg[i] = "O";
          from = own[0];
          to = own[1];
          if (NameEdges.bareParticleBefore(toks, tg, from, to, personWordsAlone)) tg[from++] = "O"; // ذكرت بان راموس يريد …
        }
        if (AmountUnits.isAmount(toks, from, to)) continue; // 500 ريال: an amount, not the club
        Token first = toks.get(from);
        int cut = stripper.cut(first.text());
        int start = first.start() + cut;
        int end = toks.get(to - 1).end();
        if (end <= start || NameEdges.isNonName(text.substring(start, end))) continue;
        String role = null;
        if (span.type() == EntityType.PERS) {
          int[] r = TitleRoles.find(toks, tg, from, to);
          if (r != null) {
            Token f = toks.get(r[0]);
            role = text.substring(f.start() + TitleRoles.roleStart(f), toks.get(r[1] - 1).end());
          }
        }
        mentions.add(Mention.of(span.type().name(), text.substring(start, end), start, end, role, text));
      }
    }
    if (registry == null) return resolve(mentions, false);
    // the registry learns here: in input order during a parallel ingest, once an article (it keeps the ids it counted)
    return InputOrder.inTurn(documentId,
        () -> registry.learnOnce(documentId, () -> resolve(mentions, true), () -> resolve(mentions, false)),
        () -> resolve(mentions, false));
  }

  /**
   * Where a title with no name starts in a PERS span whose edge words were trimmed to {@code kept}
   * (a verb such as {@code استقبل} before it is cut, its own title word too), or -1.
   */
  private int titleStart(List<Token> toks, int from, int[] kept, ProcliticStripper stripper) {
    for (int s = from; s <= kept[0]; s++) if (titleOnly(toks, s, kept[1], stripper)) return s;
    return -1;
  }

  /** A title written alone ({@link TitleRoles#titleOnly}), its first word without proclitics ({@code لخادم}). */
  private boolean titleOnly(List<Token> toks, int from, int to, ProcliticStripper stripper) {
    return titleCut(toks, from, to, stripper) >= 0;
  }

  /**
   * The characters to cut off the first word of a title written alone so that it reads as the title,
   * or -1 when it is none: the proclitics the stripper cuts, else one leading {@code ل، و، ب، ف}
   * ({@link MentionGroups#LEADING_PARTICLES}) — the stripper cuts {@code ل} only when the article also writes the
   * word without it, and {@code لخادم الحرمين الشريفين} is often the only form an article uses.
   */
  private static int titleCut(List<Token> toks, int from, int to, ProcliticStripper stripper) {
    String first = toks.get(from).text();
    int cut = stripper.cut(first);
    if (TitleRoles.titleOnly(toks, from, to, first.substring(cut))) return cut;
    String rest = first.substring(cut);
    if (rest.length() > 2 && MentionGroups.LEADING_PARTICLES.indexOf(rest.charAt(0)) >= 0 && TitleRoles.titleOnly(toks, from, to, rest.substring(1))) return cut + 1;
    return -1;
  }

  /**
   * Joins mentions into entities within the text ({@link MentionGroups}), then gives each its id and
   * canonical name: registered when {@code learn}, else the registry's entity for the name if it
   * knows one, else the name's own id.
   */
  private List<Entity> resolve(List<Mention> all, boolean learn) {
    MentionGroups groups = MentionGroups.of(all);
    Map<String, String[]> resolved = new HashMap<>(); // group key -> {canonical, id}
    for (MentionGroups.Group g : groups.groups()) {
      EntityRecord r = registry == null ? null
          : learn ? registry.register(g.type(), g.canonical(), g.aliases(), g.mentions(), g.roles())
          : registry.resolve(g.type(), g.canonical()).orElse(null);
      resolved.put(g.key(), r != null ? new String[] {r.canonical(), r.id()}
          : new String[] {g.canonical(), EntityRegistry.idFor(g.type(), g.canonical())});
    }
    List<Entity> out = new ArrayList<>();
    for (Mention m : groups.mentions()) {
      String[] r = resolved.get(groups.groupOf(m));
      out.add(new Entity(m.text(), m.type(), m.start(), m.end(), r[0], r[1], m.role()));
    }
    groups.holderOf().forEach((t, holder) -> {
      String[] r = resolved.get(holder);
      out.add(new Entity(t.text(), t.type(), t.start(), t.end(), r[0], r[1], t.role()));
    });
    out.sort(Comparator.comparingInt(Entity::start));
    return out;
  }
}
