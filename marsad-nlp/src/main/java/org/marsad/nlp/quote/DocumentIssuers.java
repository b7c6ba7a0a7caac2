package org.marsad.nlp.quote;

import java.util.Set;

/**
 * Who issued a statement or report the text mentions, so that a later "وقال البيان" or "وأشار
 * التقرير" names its issuer: "أصدرت وزارة الداخلية أمس بيانا …" (the subject of a verb of issuing),
 * "عبر بيانٍ أصدره المركز الإعلامي في نادي الأهلي" (the subject after the issuing verb with its
 * pronoun), "ولفتت المؤسسة في تقريرها …", "حملت إدارة نادي القادسية عبر بيان رسمي …" (the subject
 * of the sentence's opening verb).
 */
final class DocumentIssuers {
  /** Document nouns a definite speaker may refer back to, match-normalised, without ال. */
  static final Set<String> DOCUMENTS = Set.of("بيان", "تقرير", "بلاغ", "رساله", "دراسه", "خطاب", "وثيقه");
  /** How far back (in words) a sentence's opening verb or a verb of issuing may be. */
  private static final int MAX_BACK = 14;

  private final Words w;
  private final FrameFinder finder;

  DocumentIssuers(Words w, FrameFinder finder) {
    this.w = w;
    this.finder = finder;
  }

  /** The issuer of the nearest indefinite mention of document {@code head} before word {@code before}, or null. */
  Frame.Range issuerBefore(String head, int before) {
    for (int k = before - 1; k >= 0; k--) {
      if (!mentions(w.norm(k), head)) continue;
      Frame.Range r = issuerOf(k);
      if (r != null) return r;
    }
    return announcerBefore(before);
  }

  /** How many sentences back an announcing body may be named for a document never mentioned before. */
  private static final int MAX_SENTENCES_BACK = 2;

  /**
   * "يذكر أن وزارة الدفاع الجزائرية كانت قد أعلنت الأحد … مقتل 9 جنود …. وجاء في البيان، أنه …":
   * a document the text never mentioned before is the announcement of the body that announced
   * last, in this sentence or the two before it (the subject of أعلن, an institution), or null.
   */
  private Frame.Range announcerBefore(int before) {
    int sentences = 0;
    for (int v = before - 1; v >= 0; v--) {
      if (FrameFinder.endsSentence(w.gapBefore(v + 1)) && ++sentences > MAX_SENTENCES_BACK) return null;
      boolean announces = finder.form(v).map(f -> f.lemma().equals("أعلن") && f.tense() == VerbForm.Tense.PAST).orElse(false);
      if (!announces) {
        // "… . وعقد مجلس التعاون قمته أمس، وجاء في البيان الختامي": another body acted since, so
        // the document may be its own; only the nearest actor is the issuer
        if (otherActor(v, before)) return null;
        continue;
      }
      Frame.Range r = trimmed(finder.subjects().subjectOf(v));
      if (r != null && WordSet.INSTITUTION_NOUNS.containsStem(w.norm(r.from()))) return institutionPhrase(r);
    }
    return null;
  }

  /** A clause-opening verb (not جاء/ورد, which introduce the document) with a subject of its own after it. */
  private boolean otherActor(int k, int before) {
    if (!SentenceSubjects.opensClause(w, k) || !SentenceSubjects.looksLikeVerb(w.norm(k))) return false;
    if (Words.matches(Words.stripConjunction(w.norm(k)), "جاء|ورد")) return false;
    return finder.subjects().subjectAfter(k, before) != null;
  }

  /**
   * "أعلنت وزارة الصحة تسجيل 5 إصابات": the institution's own noun phrase, not the object the
   * subject finder ran on into: the head, its genitive when the head is in construct, then
   * definite words only ("وزارة الدفاع الجزائرية", "شركة أرامكو السعودية"), and not a definite
   * verbal noun with its preposition, the announced act ("أعلنت وزارة الداخلية القبض على …",
   * "الانتهاء من", "البدء في", "الموافقة على").
   */
  private Frame.Range institutionPhrase(Frame.Range r) {
    int to = r.from() + 1;
    if (!Words.isDefinite(w.norm(r.from())) && to < r.to() && w.gapBefore(to).isBlank()) to++;
    while (to < r.to() && w.gapBefore(to).isBlank() && Words.isDefinite(w.norm(to)) && !announcedAct(to)) to++;
    return new Frame.Range(r.from(), to);
  }

  /** Prepositions an announced act takes ("القبض على", "الانتهاء من"), match-normalised. */
  private static final Set<String> ACT_PREPOSITIONS = Set.of("علي", "من", "في", "عن", "الي", "مع", "حول");

  /**
   * A definite verbal noun right before a preposition: the act announced and its object ("القبض
   * على"). Only masdar shapes count, so an institution's own adjective before a preposition stays
   * ("الأمم المتحدة عن", "النيابة العامة عن", "الهلال الأحمر عن", "الداخلية السعودية في بيان").
   */
  private boolean announcedAct(int k) {
    if (k + 1 >= w.size() || !w.gapBefore(k + 1).isBlank() || !ACT_PREPOSITIONS.contains(w.norm(k + 1))) return false;
    return verbalNounShaped(Words.stripArticle(w.norm(k)));
  }

  /**
   * The masdar patterns of announced acts, on a match-normalised word without ال: فعل with a
   * sound middle ("قبض", "بدء"; not "عام", "خاص"), افتعال/انفعال/استفعال/إفعال ("انتهاء",
   * "افراج", "استئناف"; not أفعل "احمر"), تفعيل/تفاعل ("تطوير", "تعاون"), مفاعلة ("موافقه") and
   * فعول ("خروج", "دخول").
   */
  static boolean verbalNounShaped(String s) {
    int len = s.length();
    if (len == 3) return "اوي".indexOf(s.charAt(1)) < 0;
    if (s.endsWith("ي") || s.endsWith("يه")) return false;
    if (s.charAt(0) == 'ا' && len >= 5 && s.charAt(len - 2) == 'ا') return true;
    if (s.charAt(0) == 'ت' && len == 5 && (s.charAt(3) == 'ي' || s.charAt(2) == 'ا')) return true;
    if (s.charAt(0) == 'م' && len == 6 && s.charAt(2) == 'ا' && s.endsWith("ه")) return true;
    return len == 4 && s.charAt(2) == 'و';
  }

  /** "بيان", "بيانا", "ببيان", "تقريرها", "لتقرير" (not the definite "البيان", which refers back itself). */
  private static boolean mentions(String n, String head) {
    if (Words.isDefinite(n)) return false;
    String m = n.length() > head.length() + 1 && "بلوف".indexOf(n.charAt(0)) >= 0 && n.startsWith(head, 1) ? n.substring(1) : n;
    if (!m.startsWith(head)) return false;
    String rest = m.substring(head.length());
    return Words.matches(rest, "|ا|ه|ها|هم|ات");
  }

  private Frame.Range issuerOf(int k) {
    SubjectFinder subjects = finder.subjects();
    // "بيانٍ أصدره المركز الإعلامي …"
    if (k + 1 < w.size() && w.gapBefore(k + 1).isBlank() && Words.matches(w.norm(k + 1), "(نشر|اصدر|اعد|وزع|بث)(ته|تها|ه|ها)")) {
      return trimmed(subjects.subjectAfter(k + 1, w.size()));
    }
    for (int v = k - 1; v >= 0 && v >= k - MAX_BACK; v--) {
      if (FrameFinder.endsSentence(w.gapBefore(v + 1))) return null;
      // "أصدرت وزارة الداخلية أمس بيانا"
      if (SubjectFinder.DELIVERS.matcher(w.norm(v)).matches()) return trimmed(subjects.subjectAfter(v, k));
      // "ولفتت المؤسسة في تقريرها", "حملت إدارة نادي القادسية … عبر بيان رسمي" (the document
      // as the means, not as the object: "تلقى الوزير تقريراً" names who received it)
      if (instrument(k) && SentenceSubjects.opensClause(w, v) && (finder.form(v).isPresent() || SentenceSubjects.looksLikeVerb(w.norm(v)))) {
        return trimmed(subjects.subjectAfter(v, k));
      }
    }
    return null;
  }

  /** "في تقريرها", "عبر بيان", "ببيان", "في تقرير لها": the document is how the subject spoke. */
  private boolean instrument(int k) {
    String n = w.norm(k);
    if (n.startsWith("ب") && !n.startsWith("بيان")) return true;
    return k > 0 && Words.matches(w.norm(k - 1), "في|عبر|وفي|خلال") && w.gapBefore(k).isBlank();
  }

  /** The subject without a preposition left at its end ("… الكويتي عبر"). */
  private Frame.Range trimmed(Frame.Range r) {
    if (r == null) return null;
    int to = r.to();
    while (to > r.from() && (WordSet.SPEAKER_STOPS.contains(w.norm(to - 1)) || w.norm(to - 1).equals("عبر"))) to--;
    return to > r.from() ? new Frame.Range(r.from(), to) : null;
  }
}
