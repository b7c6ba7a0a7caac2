package org.marsad.text.token;

/**
 * Single-pass scanner behind {@link NewsTokenizer} and the Lucene tokenizer: call
 * {@link #reset}, then {@link #next} until it returns {@code false}; after each {@code true}
 * the fields {@link #type}, {@link #start} and {@link #end} describe one token.
 *
 * <p>Hand-written rather than built on a regex or a JFlex grammar (Lucene's
 * StandardTokenizer/UAX29URLEmailTokenizer) because news copy needs rules those do not have
 * — Arabic decimal/thousands separators (٫ ٬), phone numbers, hashtags and @mentions with
 * Arabic letters, diacritics and tatweel kept inside a word — and because one pass over a
 * {@code char[]} with a class table is several times faster than regex alternation. Every
 * rule looks at most a few characters ahead, except URLs and e-mails, which scan to their end.
 *
 * <p>Not thread-safe; one instance per thread or per Lucene tokenizer.
 */
public final class NewsScanner {
  private static final byte SPACE = 1;
  private static final byte ARABIC = 2;      // Arabic-script letters
  private static final byte ARABIC_MARK = 3; // diacritics and tatweel: inside Arabic words
  private static final byte DIGIT = 4;       // 0-9
  private static final byte ARABIC_DIGIT = 5; // ٠-٩ and ۰-۹
  private static final byte LETTER = 6;      // letters of other scripts
  private static final byte MARK = 7;        // other combining marks
  private static final byte PUNCT = 8;
  private static final byte IGNORABLE = 9;   // bidi and zero-width controls
  private static final byte SYMBOL = 0;      // everything else

  private static final byte[] CLASS = new byte[65536];

  static {
    for (int c = 0; c < 65536; c++) CLASS[c] = classify((char) c);
  }

  private static byte classify(char c) {
    if ((c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\u2060' || c == '\uFEFF'
        || c == '\u061C' || c == '\u00AD') {
      return IGNORABLE;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return SPACE;
    if (c >= '0' && c <= '9') return DIGIT;
    if ((c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')) return ARABIC_DIGIT;
    boolean arabicBlock = (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\u08A0' && c <= '\u08FF') || (c >= '\uFB50' && c <= '\uFDFF')
        || (c >= '\uFE70' && c <= '\uFEFC');
    int t = Character.getType(c);
    if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK) {
      return arabicBlock ? ARABIC_MARK : MARK;
    }
    if (c == '\u0640') return ARABIC_MARK; // tatweel is a "modifier letter" but lives inside words
    if (Character.isLetter(c)) return arabicBlock ? ARABIC : LETTER;
    switch (t) {
      case Character.CONNECTOR_PUNCTUATION: case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION: case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION: case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return PUNCT;
      default:
        return SYMBOL;
    }
  }

  private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';   // ٫
  private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C'; // ٬
  private static final char HORIZONTAL_ELLIPSIS = '\u2026';
  private static final int MIN_PHONE_DIGITS = 8;
  private static final int MAX_PHONE_DIGITS = 15;

  private char[] buf = new char[0];
  private int len;
  private int pos;

  /** Kind of the current token. */
  public TokenType type;
  /** Start offset (inclusive) of the current token. */
  public int start;
  /** End offset (exclusive) of the current token. */
  public int end;

  /** Starts scanning {@code text[0..length)}; the array is read, never written. */
  public void reset(char[] text, int length) {
    this.buf = text;
    this.len = length;
    this.pos = 0;
    this.type = null;
  }

  /** Advances to the next token; {@code false} at the end of the text. */
  public boolean next() {
    while (pos < len) {
      byte k = CLASS[buf[pos]];
      if (k != SPACE && k != IGNORABLE) break;
      pos++;
    }
    if (pos >= len) return false;
    start = pos;
    char c = buf[pos];
    byte k = CLASS[c];
    if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && urlStart(pos)) {
      finish(scanUrl(pos), TokenType.URL);
    } else if (c == '#' && isWordChar(pos + 1)) {
      finish(scanWordBody(pos + 1), TokenType.HASHTAG);
    } else if (c == '@' && isWordChar(pos + 1)) {
      finish(scanWordBody(pos + 1), TokenType.MENTION);
    } else if (c == '+' && at(pos + 1, DIGIT, ARABIC_DIGIT)) {
      int e = scanInternationalPhone(pos + 1);
      if (e > 0) finish(e, TokenType.PHONE);
      else finish(pos + 1, TokenType.OTHER);
    } else if (k == DIGIT || k == ARABIC_DIGIT) {
      scanNumberOrPhone();
    } else if (k == ARABIC || k == ARABIC_MARK) {
      finish(scanArabicWord(pos), TokenType.ARABIC_WORD);
    } else if (k == LETTER) {
      int e = c < 128 ? scanEmail(pos) : -1;
      if (e > 0) finish(e, TokenType.EMAIL);
      else finish(scanLatinWord(pos), TokenType.LATIN_WORD);
    } else if (k == PUNCT || k == MARK) {
      int e = pos + 1;
      if (c == '.' && pos + 2 < len && buf[pos + 1] == '.' && buf[pos + 2] == '.') {
        e = pos + 3;
        while (e < len && buf[e] == '.') e++; // "..." and longer runs are one ellipsis token
      } else if (c == '!' || c == '?' || c == '\u061F') {
        while (e < len && (buf[e] == '!' || buf[e] == '?' || buf[e] == '\u061F')) e++; // "؟!"
      }
      finish(e, TokenType.PUNCTUATION);
    } else if (Character.isHighSurrogate(c) && pos + 1 < len && Character.isLowSurrogate(buf[pos + 1])) {
      int cp = Character.toCodePoint(c, buf[pos + 1]);
      finish(pos + 2, Character.isLetter(cp) ? TokenType.LATIN_WORD : TokenType.OTHER);
    } else {
      finish(pos + 1, c == HORIZONTAL_ELLIPSIS ? TokenType.PUNCTUATION : TokenType.OTHER);
    }
    return true;
  }

  private void finish(int e, TokenType t) {
    end = e;
    type = t;
    pos = e;
  }

  private boolean at(int i, byte a, byte b) {
    if (i >= len) return false;
    byte k = CLASS[buf[i]];
    return k == a || k == b;
  }

  private boolean isDigit(int i) {
    return at(i, DIGIT, ARABIC_DIGIT);
  }

  private boolean isWordChar(int i) {
    if (i >= len) return false;
    byte k = CLASS[buf[i]];
    return k == ARABIC || k == LETTER || k == DIGIT || k == ARABIC_DIGIT || buf[i] == '_';
  }

  // ---- words ----

  private int scanArabicWord(int i) {
    while (i < len) {
      byte k = CLASS[buf[i]];
      if (k == ARABIC || k == ARABIC_MARK || k == MARK) i++;
      else if (k == IGNORABLE && i + 1 < len && CLASS[buf[i + 1]] == ARABIC) i++; // ZWNJ inside a word
      else break;
    }
    return i;
  }

  /** Latin (or other script) letters, digits glued to them (G20, F16), marks and inner apostrophes. */
  private int scanLatinWord(int i) {
    while (i < len) {
      char c = buf[i];
      byte k = CLASS[c];
      if (k == LETTER || k == MARK || k == DIGIT) i++;
      else if ((c == '\'' || c == '\u2019') && i + 1 < len && CLASS[buf[i + 1]] == LETTER) i++;
      else break;
    }
    return i;
  }

  /** Body of a hashtag or mention: letters of any script, digits, marks and underscores. */
  private int scanWordBody(int i) {
    while (i < len) {
      byte k = CLASS[buf[i]];
      if (k == ARABIC || k == ARABIC_MARK || k == LETTER || k == MARK || k == DIGIT
          || k == ARABIC_DIGIT || buf[i] == '_') {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  // ---- numbers and phones ----

  private void scanNumberOrPhone() {
    int i = pos;
    while (isDigit(i)) i++;
    int run = i - pos;
    boolean leadingZero = foldDigit(buf[pos]) == '0';
    if (leadingZero && run >= 9 && run <= MAX_PHONE_DIGITS) { // 0940777186, 00963112345678
      finish(i, TokenType.PHONE);
      return;
    }
    if (leadingZero && run >= 2 && run <= 4 && i + 1 < len && buf[i] == '-' && isDigit(i + 1)) {
      int j = i + 1; // area code and number: 011-2345678
      while (isDigit(j)) j++;
      int total = run + (j - i - 1);
      if (total >= MIN_PHONE_DIGITS && total <= 12) {
        finish(j, TokenType.PHONE);
        return;
      }
    }
    boolean decimal = false;
    while (i + 1 < len) {
      char s = buf[i];
      if ((s == ',' || s == ARABIC_THOUSANDS_SEPARATOR) && !decimal && threeDigitGroup(i + 1)) {
        i += 4;
      } else if ((s == '.' || s == ARABIC_DECIMAL_SEPARATOR) && !decimal && isDigit(i + 1)) {
        decimal = true;
        i++;
        while (isDigit(i)) i++;
      } else {
        break;
      }
    }
    finish(i, TokenType.NUMBER);
  }

  private boolean threeDigitGroup(int i) {
    return isDigit(i) && isDigit(i + 1) && isDigit(i + 2) && !isDigit(i + 3);
  }

  /** After "+": digits with single spaces, hyphens, dots or parentheses between groups. */
  private int scanInternationalPhone(int i) {
    int digits = 0, lastDigitEnd = -1;
    while (i < len) {
      char c = buf[i];
      if (isDigit(i)) {
        digits++;
        i++;
        lastDigitEnd = i;
      } else if ((c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') && i + 1 < len
          && (isDigit(i + 1) || buf[i + 1] == '(')) {
        i++;
      } else {
        break;
      }
      if (digits > MAX_PHONE_DIGITS) return -1;
    }
    return digits >= MIN_PHONE_DIGITS ? lastDigitEnd : -1;
  }

  private static char foldDigit(char c) {
    if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + c - '\u0660');
    if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + c - '\u06F0');
    return c;
  }

  // ---- URLs and e-mails ----

  private boolean urlStart(int i) {
    return startsWithIgnoreCase(i, "https://") || startsWithIgnoreCase(i, "http://")
        || (startsWithIgnoreCase(i, "www.") && i + 4 < len && CLASS[buf[i + 4]] != SPACE)
        && (i == 0 || CLASS[buf[i - 1]] != LETTER);
  }

  private boolean startsWithIgnoreCase(int i, String prefix) {
    if (i + prefix.length() > len) return false;
    for (int j = 0; j < prefix.length(); j++) {
      if (Character.toLowerCase(buf[i + j]) != prefix.charAt(j)) return false;
    }
    return true;
  }

  private int scanUrl(int i) {
    int parens = 0;
    while (i < len) {
      char c = buf[i];
      byte k = CLASS[c];
      if (k == SPACE || k == IGNORABLE || c == '"' || c == '<' || c == '>' || c == '\u00AB' || c == '\u00BB'
          || c == '\u201C' || c == '\u201D' || c == '\u060C' || c == '\u061B' || c == '\u061F') {
        break;
      }
      if (c == '(') parens++;
      if (c == ')') parens--;
      i++;
    }
    // Sentence punctuation after a URL is not part of it; a ')' only if it closes an inner '('.
    while (i > start) {
      char c = buf[i - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == ']') i--;
      else if (c == ')' && parens < 0) { i--; parens++; }
      else break;
    }
    return i;
  }

  private static boolean isEmailLocal(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isDomainChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  /** End of an e-mail address starting at {@code i}, or -1. */
  private int scanEmail(int i) {
    int j = i;
    while (j < len && isEmailLocal(buf[j])) j++;
    if (j >= len || buf[j] != '@' || j == i) return -1;
    int k = j + 1, lastDot = -1, end = -1;
    while (k < len) {
      int labelStart = k;
      while (k < len && isDomainChar(buf[k])) k++;
      if (k == labelStart) break;
      end = k;
      if (k + 1 < len && buf[k] == '.' && isDomainChar(buf[k + 1])) {
        lastDot = k;
        k++;
      } else {
        break;
      }
    }
    if (lastDot < 0 || end - lastDot - 1 < 2) return -1;
    for (int t = lastDot + 1; t < end; t++) {
      if (!Character.isLetter(buf[t])) return -1; // top-level domain is letters only
    }
    return end;
  }
}
