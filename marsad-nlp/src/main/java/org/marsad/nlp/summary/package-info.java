/**
 * Extractive summaries: candidate sentences (headings and fragments excluded), Marsad's
 * lead-aware summariser (position prior + centrality + title similarity, MMR for redundancy),
 * the lead and TextRank baselines, and the pipeline step that sets {@code Article.summary}.
 */
package org.marsad.nlp.summary;
