package org.marsad.nlp.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.nlp.entity.NameKey;
import org.marsad.text.token.Token;

/**
 * Words of another entity before a person mention: the tagger sometimes runs a person's name into the
 * organisation or place written before it, most often in an article's closing list of keywords
 * ({@code سمات تركيا داعش رجب طيب إردوغان سوريا} tagged {@code داعش رجب طيب إردوغان}). A first word the
 * same article tags alone as an organisation or a place at least {@link #MIN_ALONE} times and at least
 * {@link #SHARE} times as often as inside a person's name is cut off it. The last word is never cut:
 * that is the surname, the word the tagger most often takes for a place ({@code أوباما}, {@code
 * آرمسترونج}, {@code البرقان}, {@code الشتيوي} in SaudiNewsNet 2015-07). The evidence is the
 * article's own tags only, never the collection's: an article's spans do not depend on what was
 * ingested before it (session 12 review: the registry's {@code الرياض} cut {@code رياض} off {@code رياض
 * ياسين}). A cut never leaves a name of one word ({@code باراك أوباما} stays whole when the tagger
 * takes {@code أوباما} for a place twice): a lone given name would then be filed under another person.
 */
final class NameBounds {
  /** Fewest ORG/LOC tags of the word alone in the article: one tagger mistake is no evidence. */
  static final int MIN_ALONE = 2;
  /** How many times as often the word must be tagged alone as inside a person's name (the mention being cut counts as one). */
  static final int SHARE = 2;
  /** Per word key: times tagged alone as ORG or LOC, times inside a PERS span. */
  private final Map<String, int[]> uses = new HashMap<>();

  /** Counts the article's ORG/LOC entities of one name word and its person-name words (tags as the tagger gave them). */
  NameBounds(List<List<Token>> sentences, List<String[]> tags) {
    for (int k = 0; k < sentences.size(); k++) {
      List<Token> toks = sentences.get(k);
      for (EntitySpan s : EntitySpan.fromTags(tags.get(k))) {
        if (s.type() == EntityType.PERS) {
          for (int i = s.start(); i < s.end(); i++) count(toks.get(i).text(), 1);
        } else if (s.type() == EntityType.ORG || s.type() == EntityType.LOC) {
          StringBuilder text = new StringBuilder();
          for (int i = s.start(); i < s.end(); i++) text.append(toks.get(i).text()).append(' ');
          String key = NameKey.of(text.toString()); // تنظيم داعش is داعش alone
          if (key.indexOf(' ') < 0) count(key, 0);
        }
      }
    }
  }

  private void count(String word, int slot) {
    String k = NameKey.of(word);
    if (!k.isEmpty()) uses.computeIfAbsent(k, x -> new int[2])[slot]++;
  }

  /**
   * The person mention at tokens [start, end) without words of another entity before it (see the
   * class doc), as {start, end}; at least two words are kept.
   */
  int[] trim(List<Token> tokens, int start, int end) {
    int s = start;
    while (end - s > 2 && otherEntity(tokens.get(s).text())) s++;
    return new int[] {s, end};
  }

  /** Tagged alone as an organisation or place in the article clearly more often than inside a person's name. */
  boolean otherEntity(String word) {
    int[] n = uses.get(NameKey.of(word));
    return n != null && n[0] >= MIN_ALONE && n[0] >= SHARE * n[1];
  }
}
