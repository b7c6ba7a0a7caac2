package org.marsad.nlp.anatomy;

import org.marsad.nlp.article.Dateline;

/**
 * A dateline found at the start of a line.
 *
 * @param dateline the dateline
 * @param end      offset in the line where the article text resumes (after the dateline and
 *                 its separators); equal to the line length when the line is only a dateline
 * @param byline   a reporter's name that came with the dateline ("فهد العتيبي- سبق:"), or null
 */
public record DatelineMatch(Dateline dateline, int end, String byline) {}
