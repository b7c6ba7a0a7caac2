package org.marsad.nlp.dedup;

/** 64-bit hashing for fingerprints: FNV-1a over chars, finalised with the SplitMix64 mixer. */
final class Hashing {
  private Hashing() {}

  static long hash64(CharSequence s) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
    }
    return mix(h);
  }

  /** SplitMix64 finaliser: a bijective mix with good avalanche. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
