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
    char[] buf = new char[text.length()];
    int n = 0;
    boolean pendingSpace = false, pendingNewline = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') { pendingNewline = true; continue; }
      if (FoldedText.isSpace(c)) { pendingSpace = true; continue; }
      if (n > 0 && (pendingNewline || pendingSpace)) buf[n++] = pendingNewline ? '\n' : ' ';
      pendingSpace = pendingNewline = false;
      buf[n++] = c;
    }
    return hash(new String(buf, 0, MatchNormalizer.normalize(buf, n)));
  }

  private static String hash(String matchForm) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(matchForm.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
