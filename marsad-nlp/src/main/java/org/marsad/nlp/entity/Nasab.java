package org.marsad.nlp.entity;

import java.util.Set;

/**
 * Arabic name chains ({@code نسب}): {@code محمد بن سلمان بن عبدالعزيز آل سعود} is Mohammed, son of
 * Salman, son of Abdulaziz, of the house of Saud. Two rules follow for joining mentions of one
 * person (all on {@link NameKey} keys):
 * <ul>
 *   <li>A shorter name that ends a longer one is the same person only when the longer name does
 *       not have a chain particle ({@code بن، ابن، بنت، آل، ابو، ام}) right before it: {@code
 *       الأسد} ends {@code بشار الأسد} (same person), but {@code سلمان بن عبدالعزيز} after {@code
 *       محمد بن} is the father and {@code سعود} after {@code آل} is the house.</li>
 *   <li>A chain is known by its head, the given name and the father's name ({@code محمد بن
 *       سلمان}): the longer forms of the same chain ({@code محمد بن سلمان بن عبدالعزيز}, {@code
 *       … آل سعود}) are the same person written more fully, when what they add is chain links
 *       only (particle and name pairs; not a tagger's run-on such as {@code … بن عبدالعزيز يولي}).</li>
 * </ul>
 */
public final class Nasab {
  private static final Set<String> PARTICLES = Set.of("بن", "ابن", "بنت", "ال", "ابو", "ام");

  private Nasab() {}

  /** True for a chain particle (a key word: {@code آل} keys as {@code ال}, {@code أبو} as {@code ابو}). */
  public static boolean isParticle(String keyWord) {
    return PARTICLES.contains(keyWord);
  }

  /**
   * True when {@code shortKey} ends {@code longKey} at a word boundary and names the same person
   * (no chain particle right before it, see the class doc).
   */
  public static boolean endsSamePerson(String longKey, String shortKey) {
    if (longKey.length() <= shortKey.length() || !longKey.endsWith(" " + shortKey)) return false;
    String before = longKey.substring(0, longKey.length() - shortKey.length() - 1);
    return !isParticle(before.substring(before.lastIndexOf(' ') + 1));
  }

  /** The last word of a person key when a one-word mention of it may mean that person, else null. */
  public static String surname(String key) {
    int sp = key.lastIndexOf(' ');
    if (sp < 0) return null;
    String before = key.substring(0, sp);
    return isParticle(before.substring(before.lastIndexOf(' ') + 1)) ? null : key.substring(sp + 1);
  }

  /**
   * The head of a chain ({@code محمد بن سلمان} for itself and for {@code محمد بن سلمان بن
   * عبدالعزيز آل سعود}): a given name, {@code بن}/{@code بنت}/{@code ابن}, the father's name; null
   * for a key that is not a chain.
   */
  public static String head(String key) {
    String[] w = key.split(" ");
    if (w.length < 3 || isParticle(w[0]) || !(w[1].equals("بن") || w[1].equals("ابن") || w[1].equals("بنت"))
        || isParticle(w[2])) {
      return null;
    }
    return w[0] + " " + w[1] + " " + w[2];
  }

  /**
   * True when {@code key} is the family-name form of the chain {@code chainKey}: its given name,
   * then its father's name with the article ({@code سعود الفيصل} for {@code سعود بن فيصل بن
   * عبدالعزيز}; {@code تركي الفيصل} for {@code تركي بن فيصل}), as Saudi princes are called. The
   * same two names can be two people (an {@code أحمد الخالد} need not be an {@code أحمد بن خالد}),
   * so callers join the two only on evidence: one article writing both.
   */
  public static boolean familyNameOf(String chainKey, String key) {
    String h = head(chainKey);
    if (h == null) return false;
    String[] w = key.split(" ");
    String[] c = h.split(" ");
    return w.length == 2 && w[0].equals(c[0]) && w[1].equals("ال" + c[2]) && c[2].length() >= 3 && !c[2].startsWith("ال");
  }

  /**
   * True when two chains with the same head name one person: one is the other written further
   * ({@code محمد بن سلمان}, {@code محمد بن سلمان بن عبدالعزيز}), word by word. Two chains that
   * differ after the head ({@code … بن خالد} and {@code … بن فهد}) are two people.
   */
  public static boolean sameChain(String a, String b) {
    String h = head(a);
    if (h == null || !h.equals(head(b))) return false;
    if (a.equals(b)) return true;
    String shorter = a.length() < b.length() ? a : b, longer = a.length() < b.length() ? b : a;
    return longer.startsWith(shorter + " ") && isChainLinks(longer.substring(shorter.length() + 1));
  }

  /**
   * True when {@code longer} is the multi-word name {@code shorter} written further at its end with
   * chain links only ({@code خالد الفيصل آل سعود} of {@code خالد الفيصل}; {@code محمد بن سلمان بن
   * عبدالعزيز} of {@code محمد بن سلمان}): the same person. Not a run-on of the tagger ({@code … يولي}).
   */
  public static boolean writtenFurther(String longer, String shorter) {
    return shorter.indexOf(' ') > 0 && longer.startsWith(shorter + " ") && isChainLinks(longer.substring(shorter.length() + 1));
  }

  /**
   * True when {@code longer} is {@code shorter} written further with a house name only ({@code
   * نايف بن عبدالعزيز آل سعود} of {@code نايف بن عبدالعزيز}): no further {@code بن} link, so no
   * ancestor the shorter form does not name, and so no other person than the shorter form names.
   * A further {@code بن} link ({@code عبدالله بن عبدالعزيز بن مساعد}) can name another person.
   */
  public static boolean writtenFurtherWithHouseOnly(String longer, String shorter) {
    if (!writtenFurther(longer, shorter)) return false;
    String[] w = longer.substring(shorter.length() + 1).split(" ");
    for (int i = 0; i < w.length; i += 2) if (!w[i].equals("ال")) return false;
    return true;
  }

  /**
   * True when two chains share a head, are both chain links only after it, and neither extends the
   * other ({@code فيصل بن خالد بن عبدالعزيز}, {@code فيصل بن خالد بن سعود}): two people.
   */
  public static boolean conflict(String a, String b) {
    String h = head(a);
    if (h == null || !h.equals(head(b)) || sameChain(a, b)) return false;
    return isChainLinksAfterHead(a) && isChainLinksAfterHead(b);
  }

  /**
   * The name with the chain links after the given name left out ({@code عادل الجبير} for {@code عادل
   * بن أحمد الجبير}): a given name, one or more {@code بن X} links, and a family name not itself after
   * a particle (not {@code … بن رقوش}, {@code … آل سعود}); else null.
   */
  public static String withoutMiddleChain(String key) {
    String[] w = key.split(" ");
    if (w.length < 4 || isParticle(w[0]) || isParticle(w[w.length - 1]) || isParticle(w[w.length - 2])) return null;
    for (int i = 1; i < w.length - 1; i += 2) {
      if (!(w[i].equals("بن") || w[i].equals("ابن") || w[i].equals("بنت")) || i + 1 >= w.length - 1 || isParticle(w[i + 1])) return null;
    }
    return (w.length % 2 == 0) ? w[0] + " " + w[w.length - 1] : null;
  }

  private static boolean isChainLinksAfterHead(String key) {
    String h = head(key);
    return key.equals(h) || isChainLinks(key.substring(h.length() + 1));
  }

  /**
   * True when the words are links of a chain only: particle and name, pairs ({@code بن عبدالعزيز
   * آل سعود}). A tagger's run-on ({@code سلمان بن عبدالعزيز يولي}, {@code … للإغاثة}) is not.
   */
  private static boolean isChainLinks(String words) {
    String[] w = words.split(" ");
    if (w.length % 2 != 0) return false;
    for (int i = 0; i < w.length; i += 2) {
      if (!isParticle(w[i]) || isParticle(w[i + 1])) return false;
    }
    return true;
  }
}
