package org.marsad.nlp.entity;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The content ids of the articles an entity registry has counted, so that it counts each once
 * whatever happens between its saves and the index commits (a {@code kill -9}, a failed write, a
 * re-run). A content id is 32 hex digits ({@link org.marsad.nlp.anatomy.ContentId}): kept as two
 * longs in an open-addressing table, 16 bytes an id (a set of Strings took about 100), so a
 * million articles hold 16–32 MB. Any other id (tests, hand-made records) is kept as a String.
 * Not thread-safe: the registry guards it.
 */
final class CountedArticles {
  /** Pairs (high, low) of the 128-bit ids; (0, 0) marks a free slot, so the id 0 is kept in {@link #zero}. */
  private long[] slots = new long[2 * 1024];
  private int size;
  private boolean zero;
  private final Set<String> others = new TreeSet<>();

  /** Adds an id; false when it was counted already. */
  boolean add(String id) {
    if (!isContentId(id)) return others.add(id);
    long hi = Long.parseUnsignedLong(id, 0, 16, 16);
    long lo = Long.parseUnsignedLong(id, 16, 32, 16);
    int before = logged;
    addBits(hi, lo);
    return logged > before;
  }

  boolean contains(String id) {
    if (!isContentId(id)) return others.contains(id);
    long hi = Long.parseUnsignedLong(id, 0, 16, 16);
    long lo = Long.parseUnsignedLong(id, 16, 32, 16);
    if (hi == 0 && lo == 0) return zero;
    int at = find(slots, hi, lo);
    return slots[at] != 0 || slots[at + 1] != 0;
  }

  /** How many ids are kept. */
  int size() {
    return size + (zero ? 1 : 0) + others.size();
  }

  /**
   * The content ids in the order they were added, as pairs (high, low): what {@link CountedIdsFile}
   * appends at each save. Only ever appended to (a longer log is a new array), so a save may read the
   * first {@link #logged} pairs of a snapshot of it outside the registry's lock.
   */
  private long[] log = new long[2 * 1024];
  private int logged;

  /** The content ids added so far, in order: a snapshot that later additions do not change. */
  Log log() {
    return new Log(log, logged);
  }

  /** The first {@code ids} content ids added, in order (pairs high, low, in {@code pairs}). */
  record Log(long[] pairs, int ids) {}

  /** The ids that are not content ids, sorted. */
  List<String> otherIds() {
    return List.copyOf(others);
  }

  /** Adds the ids the registry file of session 20 (lane idem20) wrote on one line: 16 bytes each, in Base64. */
  void addHexIdsBase64(String text) {
    byte[] bytes = Base64.getDecoder().decode(text);
    if (bytes.length % 16 != 0) throw new IllegalArgumentException("the counted ids are not 16 bytes each");
    for (int i = 0; i < bytes.length; i += 16) addBits(getLong(bytes, i), getLong(bytes, i + 8));
  }

  /** Makes room for {@code n} content ids at once (a file read), instead of growing step by step. */
  void expect(long n) {
    while (4 * (long) (size + n) > 3L * (slots.length / 2)) grow();
    if (2 * (logged + n) > log.length) log = Arrays.copyOf(log, (int) Math.min(Integer.MAX_VALUE - 8, 2 * (logged + n)));
  }

  /** Adds a content id read from {@link CountedIdsFile}. */
  void addBits(long hi, long lo) {
    if (!addNew(hi, lo)) return;
    if (2 * logged + 2 > log.length) log = Arrays.copyOf(log, 2 * log.length); // a new array: saves read the old one
    log[2 * logged] = hi;
    log[2 * logged + 1] = lo;
    logged++;
  }

  static boolean isContentId(String id) {
    if (id == null || id.length() != 32) return false;
    for (int i = 0; i < 32; i++) if (Character.digit(id.charAt(i), 16) < 0 || Character.isUpperCase(id.charAt(i))) return false;
    return true;
  }

  /** Adds an id to the table; false when it was there. */
  private boolean addNew(long hi, long lo) {
    if (hi == 0 && lo == 0) {
      boolean added = !zero;
      zero = true;
      return added;
    }
    int at = find(slots, hi, lo);
    if (slots[at] != 0 || slots[at + 1] != 0) return false;
    slots[at] = hi;
    slots[at + 1] = lo;
    size++;
    if (4 * size > 3 * (slots.length / 2)) grow(); // at most three quarters of the slots taken (a slot is two longs)
    return true;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (int i = 0; i < slots.length; i += 2) {
      if (slots[i] == 0 && slots[i + 1] == 0) continue;
      int at = find(bigger, slots[i], slots[i + 1]);
      bigger[at] = slots[i];
      bigger[at + 1] = slots[i + 1];
    }
    slots = bigger;
  }

  /** The slot (an even index) holding the id, or the free slot where it would go. */
  private static int find(long[] table, long hi, long lo) {
    int pairs = table.length / 2;
    int i = (int) ((lo ^ (lo >>> 29) ^ hi * 0x9E3779B97F4A7C15L) & (pairs - 1)); // ids are hashes already: mixing is cheap insurance
    while (true) {
      int at = 2 * i;
      if (table[at] == 0 && table[at + 1] == 0 || table[at] == hi && table[at + 1] == lo) return at;
      i = (i + 1) & (pairs - 1);
    }
  }

  private static long getLong(byte[] b, int off) {
    long v = 0;
    for (int i = 0; i < 8; i++) v = (v << 8) | (b[off + i] & 0xFF);
    return v;
  }

  @Override
  public String toString() {
    return size() + " counted articles";
  }
}
