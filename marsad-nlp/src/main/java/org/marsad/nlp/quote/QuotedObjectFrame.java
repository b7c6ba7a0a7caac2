package org.marsad.nlp.quote;

/**
 * A partial quotation as a verb's object, with no complementiser (issue 5, cause AA): "وامتدح
 * البرايتون مدربه «رانييري حضر بأفكار جديدة …»", "واستنكر التركي «التصريحات غير المسؤولة …»".
 * The verb (a call, promise, advice, praise, blame or accusation; {@code quoted-object-verbs.txt}),
 * with its own subject, stands within a few words before
 * a quotation of six words or more, with no comma, sentence end, other quotation or speech verb
 * between; the words between are its subject, its object or a preposition, never a name's head
 * noun (a body's or term's name in marks is no quotation: "نددت منظمة «أطباء من أجل …»") nor a
 * place or topic preposition ("دعا مشاركون في «ملتقى …»").
 */
final class QuotedObjectFrame {
  private static final WordSet VERBS = WordSet.load("quoted-object-verbs.txt");
  /** A shorter quotation after such a verb is a term or a slogan ("منددا بـ"الإرهاب""). */
  static final int MIN_WORDS = 6;
  /** "في «ملتقى …»", "عن «ظاهرة …»", "من «…»": a place, topic or source, not the object. */
  private static final java.util.Set<String> NAME_PREPOSITIONS = java.util.Set.of("في", "عن", "من", "مع", "بعنوان", "عنوان", "باسم", "اسم");

  private QuotedObjectFrame() {
  }

  /** The verb's frame for the quotation, or null. */
  static Frame before(Words w, FrameFinder finder, MarkedSpan s, int words) {
    if (words < MIN_WORDS) return null;
    int last = w.lastEndingBy(s.open());
    if (last < 0 || FrameFinder.endsSentence(w.text().substring(w.get(last).end(), s.open()))
        || FrameFinder.hasComma(w.text().substring(w.get(last).end(), s.open()))) {
      return null;
    }
    if (NAME_PREPOSITIONS.contains(w.norm(last))) return null;
    for (int k = last; k >= 0 && last - k < FrameFinder.MAX_BACK_ADVERBIAL; k--) {
      String n = w.norm(k);
      if (VERBS.contains(n) || VERBS.contains(Words.stripConjunction(n))) {
        if (k > 0 && FrameFinder.RELATIVES.contains(w.norm(k - 1))) return null; // "الذي وصفه بـ«…»": a relative clause, left to the antecedent's frame
        // "وعدّ أن الهجوم «…»": with a complementiser the verb is عدّ ("considered"), whose
        // report other rules frame
        if (k < last && Words.matches(w.norm(k + 1), "ان|انه|انها|بان|بانه|بانها")) return null;
        boolean feminine = Words.stripConjunction(n).endsWith("ت");
        VerbForm v = new VerbForm(Words.stripConjunction(n), VerbForm.Kind.ACT, VerbForm.Tense.PAST, feminine);
        // "وتعهد «ببذل كل ما يمكن عمله …»", "كما نصح من يتعاطون المخدرات «…»": with no subject of
        // its own the speaker would go on from before, which on unseen text was as often a wrong
        // inherited name as a right one (bench/RESULTS.md, lane quotesaa24); only a verb with its
        // subject frames the quotation
        if (k == last) return null;
        Frame frame = finder.frameAt(k, v, last + 1);
        return frame.speaker() == null ? null : frame;
      }
      if (finder.form(k).isPresent() || nameHead(n)) return null;
      if (k == 0 || FrameFinder.hasComma(w.gapBefore(k)) || FrameFinder.endsSentence(w.gapBefore(k)) || finder.closesQuotation(k)) return null;
    }
    return null;
  }

  private static boolean nameHead(String n) {
    return WordSet.TERM_NOUNS.containsStem(n) || WordSet.BODY_NOUNS.containsStem(n) || WordSet.INSTITUTION_NOUNS.containsStem(n);
  }
}
