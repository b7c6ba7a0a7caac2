package org.marsad.nlp.anatomy;

import java.util.List;
import org.marsad.nlp.article.Boilerplate;
import org.marsad.nlp.article.Dateline;
import org.marsad.nlp.article.Section;

/**
 * The parts of an article found by {@link PlainTextAnatomy}; the fields mean what the
 * same-named fields of {@link org.marsad.nlp.article.Article} mean.
 */
public record Anatomy(
    String title,
    String titleCategory,
    Dateline dateline,
    String lead,
    List<Section> sections,
    List<Boilerplate> boilerplate,
    String text) {}
