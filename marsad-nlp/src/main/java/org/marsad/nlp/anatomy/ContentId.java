package org.marsad.nlp.anatomy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.nlp.date.FoldedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.MatchNormalizer;

/**
 * The article id: the first 16 bytes (32 hex digits) of the SHA-256 of the match-normalised
 * clean text. Match normalisation folds hamza and alef variants, teh marbuta, diacritics,
 * tatweel, presentation forms, Arabic-Indic digits and whitespace runs, so copies of the same
 * body that differ only in encoding or orthographic noise share an id, while any change of
 * wording gives a new one. Title, dateline and boilerplate are not part of it: the same wire
 * story under two headlines is one text. 128 bits make accidental collisions negligible.
 */
public final class ContentId {
  /** MatchNormalizer's folding of the Arabic block as a table (DROP for diacritics and tatweel), built from it. */
  private static final char[] ARABIC_FOLD = new char[0x100];
  private static final char DROP = '\uFFFF';

  static {
    for (int i = 0; i < ARABIC_FOLD.length; i++) {
      char c = (char) (0x0600 + i);
      ARABIC_FOLD[i] = MatchNormalizer.isDiacritic(c) || c == MatchNormalizer.TATWEEL ? DROP : MatchNormalizer.fold(c);
    }
  }

  private ContentId() {}

  /** The id of any text: SHA-256 of {@code ArabicNormalizer.match(text)}, first 16 bytes in hex. */
  public static String of(String text) {
    return hash(ArabicNormalizer.match(text));
  }

  /**
   * The same id as {@link #of} for a text that is already display-normalised (as the anatomy's
   * {@code text} is), without normalising it to display form a second time: display form is
   * idempotent except that it collapses whitespace runs, so collapsing them and folding the
   * letters ({@link MatchNormalizer}) gives exactly {@code match(text)}.
   */
  public static String ofDisplayNormalized(String text) {
    // One pass: collapse whitespace, fold letters as MatchNormalizer does, encode UTF-8.
    byte[] utf8 = new byte[text.length() * 3 + 1];
    int n = 0;
    boolean pendingSpace = false, pendingNewline = false, any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f;
      if (c >= 0x0600 && c <= 0x06FF) {
        f = ARABIC_FOLD[c - 0x0600];
        if (f == DROP) continue;
      } else {
        if (c == '\n') { pendingNewline = true; continue; }
        if (FoldedText.isSpace(c)) { pendingSpace = true; continue; }
        if (MatchNormalizer.isDiacritic(c) || c == MatchNormalizer.TATWEEL) continue;
        f = MatchNormalizer.fold(c);
      }
      if (any && (pendingNewline || pendingSpace)) utf8[n++] = (byte) (pendingNewline ? '\n' : ' ');
      pendingSpace = pendingNewline = false;
      any = true;
      if (f < 0x80) {
        utf8[n++] = (byte) f;
      } else if (f < 0x800) {
        utf8[n++] = (byte) (0xC0 | f >> 6);
        utf8[n++] = (byte) (0x80 | f & 0x3F);
      } else if (Character.isHighSurrogate(f) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(f, text.charAt(++i));
        utf8[n++] = (byte) (0xF0 | cp >> 18);
        utf8[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
        utf8[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
        utf8[n++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(f)) {
        utf8[n++] = '?'; // as String.getBytes does for a lone surrogate
      } else {
        utf8[n++] = (byte) (0xE0 | f >> 12);
        utf8[n++] = (byte) (0x80 | f >> 6 & 0x3F);
        utf8[n++] = (byte) (0x80 | f & 0x3F);
      }
    }
    return digest(utf8, n);
  }

  private static String hash(String matchForm) {
    byte[] utf8 = matchForm.getBytes(StandardCharsets.UTF_8);
    return digest(utf8, utf8.length);
  }

  private static String digest(byte[] bytes, int length) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(bytes, 0, length);
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
