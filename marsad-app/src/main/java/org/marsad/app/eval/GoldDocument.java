package org.marsad.app.eval;

import java.util.List;

/**
 * A gold document: where its text lives in the shared datasets, and its quotations.
 *
 * @param dataset "saudinewsnet" or "ant"
 * @param id      the article URL (SaudiNewsNet) or DOCNO (ANT)
 * @param file    the SaudiNewsNet zip holding it (e.g. "2015-07-21.zip"), or null
 * @param quotes  the annotated quotations
 */
public record GoldDocument(String dataset, String id, String file, List<GoldQuote> quotes) {}
