/**
 * Content terms of Arabic text for statistical models (topic features, summary centrality):
 * match-normalised, light-stemmed words with stop words removed.
 */
package org.marsad.nlp.terms;
