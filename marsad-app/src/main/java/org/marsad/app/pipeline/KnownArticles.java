package org.marsad.app.pipeline;

import java.io.IOException;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;

/**
 * Lets an ingest skip the costly part of the analysis (NER, quotes, topic: nearly all of it) for an
 * article the collection already holds, which a re-run over stored files mostly reads (session 19:
 * re-running one day, 2,874 articles all stored, took 88.9 s). The content id is a hash of the text,
 * so it is known after the cheap first part ({@link #identify}); an article that is {@link #known}
 * is {@link #pass passed} in its turn and counted as a duplicate, as its full analysis would have been.
 * The product's is built from the collection ({@code Corpus#knows}) in {@code marsad ingest}.
 */
public interface KnownArticles {
  /** The first part of the analysis: text, title, dateline and content id; throws for a document the analysis rejects. */
  Article identify(RawDocument document);

  /** The rest of the analysis of what {@link #identify} gave ({@code finish(identify(d))} is the analysis of d). */
  Article finish(Article identified);

  /** True when the article is stored and nothing of the collection would change by analysing and linking it again. */
  boolean known(String id) throws IOException;

  /** What the linking step still does for a known article, in input order (a wire's first part lends its dateline). */
  void pass(Article identified);
}
