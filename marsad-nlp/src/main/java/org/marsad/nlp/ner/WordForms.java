package org.marsad.nlp.ner;

import org.marsad.text.ArabicNormalizer;

/**
 * What the Arabic features need to know about one word, all functions of the token alone: so
 * they can be computed once per distinct word and reused wherever the word recurs.
 *
 * @param norm        the match-normalised word
 * @param stem        the word without proclitics and article ({@link ArabicClitics#stem})
 * @param shape       the coarse word shape ({@link ArabicNameFeatureGenerator#shape})
 * @param nameMask    gazetteer name-word types: low nibble first word, high nibble later word,
 *                    of the word, its forms without clitics, or its stem
 * @param triggerMask types the word (without conjunction) tends to precede
 * @param cluster     the word class {@code (coarse << 16) | fine}, or -1
 * @param brown       the Brown cluster path of the stem, or null
 */
record WordForms(String norm, String stem, String shape, int nameMask, int triggerMask, int cluster, String brown) {

  static WordForms of(String token, NerLexicon lexicon) {
    String w = ArabicNormalizer.match(token);
    String stem = ArabicClitics.stem(w);
    String bare = ArabicClitics.withoutConjunction(w);
    String noPrep = ArabicClitics.withoutProclitics(w);
    int names = names(lexicon, w) | names(lexicon, bare) | names(lexicon, noPrep) | names(lexicon, stem);
    return new WordForms(w, stem, ArabicNameFeatureGenerator.shape(w), names, lexicon.triggerMask(bare),
        clusterOf(lexicon, w, bare, noPrep), lexicon.brownPath(stem));
  }

  private static int names(NerLexicon lexicon, String w) {
    return lexicon.firstWordMask(w) | (lexicon.laterWordMask(w) << 4);
  }

  /** The class of the word as written, else without its conjunction, else without proclitics. */
  private static int clusterOf(NerLexicon lexicon, String w, String bare, String noPrep) {
    int c = lexicon.cluster(w);
    if (c < 0) c = lexicon.cluster(bare);
    if (c < 0) c = lexicon.cluster(noPrep);
    return c;
  }
}
