package org.marsad.nlp.ner;

/** The four entity types of the ANERcorp scheme, with a bit for compact lexicon masks. */
public enum EntityType {
  PERS, LOC, ORG, MISC;

  /** This type's bit in a lexicon mask. */
  int bit() {
    return 1 << ordinal();
  }

  /** The type named by a tag suffix ({@code "PERS"}), or null for anything else. */
  public static EntityType parse(String name) {
    for (EntityType t : values()) if (t.name().equals(name)) return t;
    return null;
  }
}
