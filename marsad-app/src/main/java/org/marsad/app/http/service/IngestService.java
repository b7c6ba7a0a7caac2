package org.marsad.app.http.service;

import java.io.IOException;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;

/** Analyses one document and stores it, committed and visible to search when this returns. */
@FunctionalInterface
public interface IngestService {
  /** The stored record and whether it was new (false: the same content id was already stored). */
  Ingested ingest(RawDocument document) throws IOException;

  /** What an ingest did. */
  record Ingested(Article article, boolean created) {}
}
