package org.marsad.ingest.charset;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, with the charset that was used and why it was chosen.
 *
 * @param text     the decoded text (a leading byte-order mark is not part of it)
 * @param charset  the charset the bytes were decoded with
 * @param evidence how the charset was chosen
 */
public record DecodedText(String text, Charset charset, Evidence evidence) {

  /** How a charset was chosen, strongest evidence first. */
  public enum Evidence {
    /** A byte-order mark (UTF-8, UTF-16 LE/BE). */
    BOM,
    /** UTF-16 without a byte-order mark, recognised by the pattern of its high bytes. */
    UTF16_PATTERN,
    /** A charset declared by the container (HTTP header, HTML meta) that decoded cleanly. */
    DECLARED,
    /** The bytes are valid UTF-8 (pure ASCII included). */
    VALID_UTF8,
    /** Detected: ICU's statistical detector combined with the Arabic plausibility check. */
    DETECTED
  }
}
