/**
 * Named-entity recognition for Arabic news: an OpenNLP name finder with Arabic features
 * ({@link org.marsad.nlp.ner.ArabicNameFeatureGenerator}), its training and evaluation
 * ({@link org.marsad.nlp.ner.NerTrainer}, {@link org.marsad.nlp.ner.NerScorer}), the tagger
 * ({@link org.marsad.nlp.ner.NerTagger}) and the pipeline step
 * ({@link org.marsad.nlp.ner.EntityEnricher}).
 */
package org.marsad.nlp.ner;
