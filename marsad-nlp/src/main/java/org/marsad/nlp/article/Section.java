package org.marsad.nlp.article;

import java.util.List;

/** A section of the body: its heading (null for the opening section) and its paragraphs. */
public record Section(String heading, List<String> paragraphs) {}
