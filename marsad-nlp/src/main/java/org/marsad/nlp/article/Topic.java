package org.marsad.nlp.article;

/** The article's topic in Marsad's taxonomy, with the classifier's probability. */
public record Topic(String label, double score) {}
