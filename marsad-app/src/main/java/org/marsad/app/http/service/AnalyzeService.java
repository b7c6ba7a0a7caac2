package org.marsad.app.http.service;

import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;

/** Analyses one document without storing it (the {@code marsad analyze} pipeline). */
@FunctionalInterface
public interface AnalyzeService {
  /** The full structured record of the document; throws IllegalArgumentException for input it cannot read. */
  Article analyze(RawDocument document);
}
