/**
 * Lucene analysis for Arabic news: {@link org.marsad.text.analysis.ArabicNewsAnalyzer} (the one
 * composition point), the tokenizer and token filters it chains, and their SPI factories (listed
 * in {@code META-INF/services}) so that Solr can load them by name.
 */
package org.marsad.text.analysis;
