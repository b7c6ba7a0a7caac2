/**
 * Light stemming for Arabic news: clitic stripping that keeps names and frequent nouns intact
 * (protected-word lexicon), and folding of spelling variants of names (سوريا/سورية).
 */
package org.marsad.text.stem;
