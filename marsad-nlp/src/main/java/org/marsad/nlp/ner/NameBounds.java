package org.marsad.nlp.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.NameKey;
import org.marsad.text.token.Token;

/**
 * Words of another entity at either end of a person mention: the tagger sometimes runs a person's
 * name into the organisation or place written next to it, most often in an article's closing list of
 * keywords ({@code سمات تركيا داعش رجب طيب إردوغان سوريا} tagged {@code داعش رجب طيب إردوغان}). A word
 * the same article tags alone as an organisation or a place ({@code تركيا}) more often than it tags it
 * inside a person's name is not part of that name and is cut off it: the evidence is the article's own
 * tags, not a word list, so a given name the tagger once took for a place is kept. A word the article
 * never tags so (the keyword list is the only place it writes {@code داعش}; the text says {@code تنظيم
 * الدولة الإسلامية}) is cut when the collection knows it as a place or body rather than a name word
 * ({@link EntityRegistry#placeOrBodyRatherThanPerson}), when there is a registry.
 */
final class NameBounds {
  /** Per word key: times tagged alone as ORG or LOC, times inside a PERS span. */
  private final Map<String, int[]> uses = new HashMap<>();
  private final Predicate<String> placeOrBodyInCollection;

  /**
   * Counts the article's ORG/LOC entities of one name word and its person-name words (tags as the
   * tagger gave them).
   *
   * @param placeOrBodyInCollection whether the collection knows a word as a place or body rather
   *     than a person's name word ({@code w -> false} without a registry)
   */
  NameBounds(List<List<Token>> sentences, List<String[]> tags, Predicate<String> placeOrBodyInCollection) {
    this.placeOrBodyInCollection = placeOrBodyInCollection;
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
   * The person mention at tokens [start, end) without words of another entity at its ends (see the
   * class doc), as {start, end}; at least one word is kept.
   */
  int[] trim(List<Token> tokens, int start, int end) {
    int s = start, e = end;
    while (e - s > 1 && otherEntity(tokens.get(s).text())) s++;
    while (e - s > 1 && otherEntity(tokens.get(e - 1).text())) e--;
    return new int[] {s, e};
  }

  /**
   * Tagged alone as an organisation or place in the article more often than inside a person's name,
   * or, never so tagged in it, known as one in the collection.
   */
  boolean otherEntity(String word) {
    int[] n = uses.get(NameKey.of(word));
    if (n != null && n[0] > 0) return n[0] > n[1];
    return placeOrBodyInCollection.test(word);
  }
}
