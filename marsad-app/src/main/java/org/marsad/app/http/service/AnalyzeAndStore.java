package org.marsad.app.http.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.util.InputOrder;
import org.marsad.store.ArticleStore;

/**
 * Ingest of one posted document: analyse, apply the corpus steps that need the store (near-duplicate
 * marking, story assignment), store and commit. One document at a time, so two posts of the same
 * text cannot both count as new (and fire the alerts twice).
 */
public final class AnalyzeAndStore implements IngestService {
  private final AnalyzeService analyzer;
  private final UnaryOperator<Article> corpusSteps;
  private final ArticleStore store;
  private final BooleanSupplier storedCounted;

  /**
   * @param corpusSteps steps run on the analysed record before it is stored (identity when none)
   */
  public AnalyzeAndStore(AnalyzeService analyzer, UnaryOperator<Article> corpusSteps, ArticleStore store) {
    this(analyzer, corpusSteps, store, () -> true);
  }

  /**
   * @param storedCounted whether a stored article teaches the registry nothing; the collection's
   *     registry keeps the ids it counted and answers for itself unless its file predates them ({@code
   *     EntityRegistry#countsStoredArticles}): an article committed here whose count the last scheduled
   *     save missed (a {@code kill -9}) is then counted when it is posted again
   */
  public AnalyzeAndStore(AnalyzeService analyzer, UnaryOperator<Article> corpusSteps, ArticleStore store, BooleanSupplier storedCounted) {
    this.analyzer = analyzer;
    this.corpusSteps = corpusSteps;
    this.store = store;
    this.storedCounted = storedCounted;
  }

  @Override
  public synchronized Ingested ingest(RawDocument document) throws IOException {
    Article analysed;
    InputOrder.bind(InputOrder.alone(id -> !(storedCounted.getAsBoolean() && stored(id)))); // a stored article teaches the registry nothing
    try {
      analysed = analyzer.analyze(document);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      InputOrder.bind(null);
    }
    if (store.contains(analysed.id())) {
      return new Ingested(store.get(analysed.id()).orElse(analysed), false);
    }
    Article article = corpusSteps.apply(analysed);
    store.add(article);
    store.commit();
    return new Ingested(article, true);
  }

  private boolean stored(String id) {
    try {
      return store.contains(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
