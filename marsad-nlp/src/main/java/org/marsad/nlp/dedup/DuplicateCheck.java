package org.marsad.nlp.dedup;

/**
 * The verdict on one text against everything the index has seen.
 *
 * @param kind       EXACT (same match-normalised words), NEAR (shingle Jaccard at or above the
 *                   index's threshold) or NEW
 * @param of         id of the earlier article it duplicates, or null when NEW
 * @param similarity word-shingle Jaccard similarity to that article (1 for EXACT, 0 for NEW)
 */
public record DuplicateCheck(Kind kind, String of, double similarity) {
  /** What kind of duplicate, if any. */
  public enum Kind { EXACT, NEAR, NEW }

  static final DuplicateCheck NEW = new DuplicateCheck(Kind.NEW, null, 0);

  /** Whether the text duplicates an earlier article (exactly or nearly). */
  public boolean isDuplicate() {
    return kind != Kind.NEW;
  }
}
