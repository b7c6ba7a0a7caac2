/**
 * Quotations: who said what. {@link org.marsad.nlp.quote.QuoteExtractor} finds direct quotations
 * (in “…”, «…», "…", ‘…’) and reported speech (reporting verb + أن/إن, or a colon), with the
 * speaker, the reporting verb and the relaying intermediary. The reporting verbs are data
 * ({@code reporting-verbs.txt}, inflected by {@link org.marsad.nlp.quote.VerbInflector}).
 */
package org.marsad.nlp.quote;
