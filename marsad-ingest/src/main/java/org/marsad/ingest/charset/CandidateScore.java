package org.marsad.ingest.charset;

import java.nio.charset.Charset;

/**
 * How plausible one candidate decoding is. Words are maximal runs of letters (and Arabic marks).
 *
 * @param charset      the candidate
 * @param text         the candidate's decoding
 * @param highWords    words that contain a character decoded from a byte above 0x7F
 * @param arabicWords  of those, words entirely in Arabic letters
 * @param mixedWords   of those, words mixing Arabic and non-Arabic letters (a wrong Arabic charset
 *                     turns و into è inside Arabic words)
 * @param oddChars     C1 controls, replacement characters and symbols no news text uses
 * @param arabicLogProb bigram log-probability of the Arabic words, per Arabic letter
 * @param icuConfidence ICU's confidence (0-100) for this charset, 0 when ICU did not propose it
 */
record CandidateScore(Charset charset, String text, int highWords, int arabicWords, int mixedWords,
    int oddChars, double arabicLogProb, int icuConfidence) {

  /** Share of high-byte words that are clean Arabic words. */
  double arabicShare() {
    return highWords == 0 ? 0 : (double) arabicWords / highWords;
  }

  /** Share of high-byte words that are broken (mixed script) or odd characters. */
  double damage() {
    return highWords == 0 ? (oddChars > 0 ? 1 : 0) : (double) (mixedWords + oddChars) / highWords;
  }

  static CandidateScore of(Charset charset, String text, int icuConfidence) {
    ArabicLetterModel model = ArabicLetterModel.get();
    int highWords = 0;
    int arabicWords = 0;
    int mixedWords = 0;
    int odd = 0;
    double logProb = 0;
    int arabicLetters = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean wordChar = Character.isLetter(c) || ArabicLetterModel.isArabicMark(c);
      if (wordChar) {
        if (start < 0) {
          start = i;
        }
        continue;
      }
      if (isOdd(c)) {
        odd++;
      }
      if (start >= 0) {
        int arabic = 0;
        int other = 0;
        boolean high = false;
        for (int j = start; j < i; j++) {
          char w = text.charAt(j);
          high |= w > 0x7F;
          if (ArabicLetterModel.isArabicLetter(w) || ArabicLetterModel.isArabicMark(w)) {
            arabic++;
          } else {
            other++;
          }
        }
        if (high) {
          highWords++;
          if (other == 0) {
            arabicWords++;
            CharSequence word = text.subSequence(start, i);
            logProb += model.wordLogProb(word);
            arabicLetters += arabic;
          } else if (arabic > 0) {
            mixedWords++;
          }
        }
        start = -1;
      }
    }
    double perLetter = arabicLetters == 0 ? Double.NEGATIVE_INFINITY : logProb / arabicLetters;
    return new CandidateScore(charset, text, highWords, arabicWords, mixedWords, odd, perLetter, icuConfidence);
  }

  /** Characters that only a wrong charset produces in news text. */
  private static boolean isOdd(char c) {
    if (c == '\uFFFD' || c >= 0x80 && c <= 0x9F) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1A
        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
  }
}
