package org.marsad.nlp.quote;

/**
 * Turns a speaker phrase into the speaker's name, leaving the role aside when the phrase
 * carries both: "المتحدث باسم الرئاسة الروسية ديميتري بيسكوف" → "ديميتري بيسكوف";
 * "فلاديمير تشيجوف مندوب روسيا الدائم" → "فلاديمير تشيجوف". A phrase with a role and no
 * name, or with no role, is kept whole ("الخارجية الروسية", "مصدر في الخارجية الروسية").
 *
 * <p>Rule (without entities): after the last role noun, skip its complement (words with the
 * article ال and "باسم"); the first word without ال starts the name, which runs to the end of
 * the phrase. A phrase that starts with a name and continues with a role is cut before the role.
 */
final class SpeakerNames {
  private SpeakerNames() {}

  /** Word range [from, to) of the name inside the phrase [from, to). */
  static Frame.Range name(Words w, Frame.Range phrase) {
    int from = phrase.from(), to = phrase.to();
    if (isRole(w.norm(from))) {
      int lastRole = from;
      for (int i = from + 1; i < to; i++) if (isRole(w.norm(i))) lastRole = i;
      int i = lastRole + 1;
      while (i < to && (Words.isDefinite(w.norm(i)) || w.norm(i).equals("باسم") || w.norm(i).equals("عام"))) i++;
      if (i < to) return new Frame.Range(i, to);
      return phrase;
    }
    for (int i = from + 1; i < to; i++) {
      if (isRole(w.norm(i)) && !Words.isDefinite(w.norm(i - 1))) return new Frame.Range(from, i);
    }
    return phrase;
  }

  static boolean isRole(String norm) {
    return WordSet.ROLE_NOUNS.containsStem(norm);
  }
}
