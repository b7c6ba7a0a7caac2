package org.marsad.app.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.app.Marsad;
import org.marsad.app.pipeline.KnownArticles;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.anatomy.WireContinuations;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.dedup.DuplicateCheck;
import org.marsad.nlp.dedup.NearDuplicateIndex;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.nlp.ner.EntityEnricher;
import org.marsad.nlp.ner.NerTagger;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.StoryInputs;
import org.marsad.store.ArticleStore;

/**
 * The collection-level state of one data directory, and the analysis that needs it: entity ids
 * shared across articles (DATA/entities.jsonl), near-duplicate detection against everything
 * seen (DATA/near-duplicates.bin) and story assignment (DATA/stories.bin: a later run's articles
 * join the stories of earlier runs). Thread-safe: the parts lock themselves.
 */
public final class Corpus implements AutoCloseable {
  private final Path dir;
  private final EntityRegistry entities;
  private final NearDuplicateIndex duplicates;
  private final StoryClusterer stories;
  private final WireContinuations wireParts = new WireContinuations();
  private final ArticleAnalyzer analyzer;
  /** Held across the duplicate check and the story placement: see {@link #link}. */
  private final Object linking = new Object();
  /** Articles linked so far, and how many of them the last save had seen: see {@link #saveIfChanged}. */
  private final AtomicLong linked = new AtomicLong();
  private final AtomicLong savedAt = new AtomicLong();
  /** The registry's {@link EntityRegistry#version} at the last save (it may learn without a link: a failed analysis). */
  private final AtomicLong savedVersion;

  private Corpus(Path dir, EntityRegistry entities, NearDuplicateIndex duplicates, StoryClusterer stories) {
    this.dir = dir;
    this.entities = entities;
    this.duplicates = duplicates;
    this.stories = stories;
    this.savedVersion = new AtomicLong(entities.version());
    this.analyzer = Marsad.analyzer(new EntityEnricher(NerTagger.defaultTagger(), entities));
  }

  /**
   * Opens (or starts) the collection state kept in a data directory, for the one process that writes it (its callers
   * hold the data directory's lock): the story state's leftover temporary files are removed once it has opened.
   */
  public static Corpus open(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    EntityRegistry registry = EntityRegistry.open(dataDir, Transliterator.rulesOnly());
    NearDuplicateIndex dup = Files.exists(dataDir.resolve(NearDuplicateIndex.FILE_NAME))
        ? NearDuplicateIndex.load(dataDir) : new NearDuplicateIndex();
    StoryClusterer stories = StoryClusterer.openForWriting(dataDir, StoryClusterer.Settings.defaults());
    return new Corpus(dataDir, registry, dup, stories);
  }

  /** The product analyser with this collection's entity registry (no duplicate or story links). */
  public ArticleAnalyzer analyzer() {
    return analyzer;
  }

  /** Analyses one document and links it to the collection (duplicate of, story). */
  public Article analyze(RawDocument doc) {
    return link(analyzer.analyze(doc));
  }

  /**
   * Gives a wire's continuation part its first part's dateline, marks a (near-)duplicate of an
   * earlier article and assigns the story: a copy joins its original's event. An article
   * identical to itself (a re-run) is not its own duplicate. The duplicate check and the story
   * placement are one step under one lock, so that an original is always placed before any
   * article matched to it, whatever the number of ingest threads. An article without a
   * publication time is placed at the clusterer's own clock (see {@link StoryClusterer#assign}).
   */
  public Article link(Article a) {
    a = wireParts.link(a); // a wire's later parts take the dateline of its first part
    StoryClusterer.Prepared input = StoryClusterer.prepare(StoryInputs.of(a, null)); // tokenised outside the lock
    DuplicateCheck check;
    String story;
    boolean placedBefore;
    synchronized (linking) {
      placedBefore = stories.eventOf(a.id()) != null; // a re-run: both steps keep what they had
      check = duplicates.checkAndAdd(a.id(), a.text());
      String original = check.isDuplicate() && !a.id().equals(check.of()) ? check.of() : null;
      story = stories.assign(input, original);
    }
    if (!placedBefore) linked.incrementAndGet(); // only a new placement needs saving
    if (check.isDuplicate() && !a.id().equals(check.of())) a = a.withDuplicateOf(check.of());
    return a.withStoryId(story);
  }

  /**
   * Whether every collection state holds the article with this content id: the registry counted it
   * (or counts the stored articles, a file written before session 20: {@link
   * EntityRegistry#countsStoredArticles}; the caller checks the article is stored), the near-duplicate
   * index has it and the story state placed it. Such an article would change none of them if analysed
   * and linked again (a re-run), so an ingest that finds it stored skips its analysis and only {@link
   * #pass passes} it. An article whose text gives no fingerprint is never in the duplicate index, so it is
   * analysed again as before.
   */
  public boolean knows(String id) {
    return (entities.counted(id) || entities.countsStoredArticles()) && duplicates.contains(id) && stories.eventOf(id) != null;
  }

  /**
   * What linking an article the collection {@link #knows} still does, in input order: a wire's first
   * part lends its dateline to the parts after it (kept in memory only, so a re-run must see it again).
   * {@code identified} is the article before enrichment ({@link ArticleAnalyzer#identify}): title and
   * dateline are the anatomy's, as in the analysed article.
   */
  public void pass(Article identified) {
    wireParts.link(identified);
  }

  /**
   * The articles of this collection for an ingest into {@code store} ({@code IngestPipeline#skipKnown}):
   * stored and {@link #knows known}, a re-run skips their analysis and only {@link #pass passes} them.
   */
  public KnownArticles known(ArticleStore store) {
    return new KnownArticles() {
      @Override
      public Article identify(RawDocument document) {
        return analyzer.identify(document, ArticleAnalyzer.Options.DEFAULT);
      }

      @Override
      public Article finish(Article identified) {
        return analyzer.finish(identified, ArticleAnalyzer.Options.DEFAULT);
      }

      @Override
      public boolean known(String id) throws IOException {
        return store.contains(id) && knows(id);
      }

      @Override
      public void pass(Article identified) {
        Corpus.this.pass(identified);
      }
    };
  }

  /** The entity registry (aliases, counts, Latin names). */
  public EntityRegistry entities() {
    return entities;
  }

  /**
   * Writes the registry, the duplicate index and the story state: {@code marsad ingest} at every
   * index commit, {@code run}/{@code watch}/{@code serve} every few minutes ({@link #saveIfChanged})
   * and at shutdown.
   */
  public void save() throws IOException {
    long seen = linked.get(); // an article linked while the files are written counts for the next save
    long version = entities.version();
    entities.save();
    duplicates.save(dir);
    stories.save(dir);
    savedAt.set(seen);
    savedVersion.set(version);
  }

  /**
   * Saves when an article was linked since the last save, and says whether it did. A process that
   * stores articles one at a time (the feed watcher, {@code POST /api/ingest}) commits each to the
   * index at once; calling this on a schedule keeps the registry, duplicate index and stories
   * within that delay of the index, so an unclean end (kill -9, a power cut) loses minutes of them,
   * not every article since the start (session 17 QA: they were written at shutdown only).
   */
  public boolean saveIfChanged() throws IOException {
    if (linked.get() == savedAt.get() && entities.version() == savedVersion.get()) return false;
    save();
    return true;
  }

  /**
   * Keeps the files as the last save left them: after a failed index write the index stays at its
   * last commit, and the save that followed that commit matches it, while what was learnt since
   * (articles analysed but never stored) would be counted again by the re-run (session 19 review).
   */
  public void keepLastSave() {
    savedAt.set(linked.get());
    savedVersion.set(entities.version());
  }

  /** Saves what changed since the last save: closing a collection that learnt nothing writes nothing. */
  @Override
  public void close() throws IOException {
    saveIfChanged();
  }
}
