package org.marsad.nlp.anatomy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.text.ArabicNormalizer;

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

  public static String of(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(ArabicNormalizer.match(text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
