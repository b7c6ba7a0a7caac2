package org.marsad.nlp.quote;

import java.util.Optional;
import java.util.Set;

/**
 * Finds reporting frames around quotation marks and after reporting verbs. Works on words and
 * the raw gaps between them; the lexicons decide what a word is.
 */
final class FrameFinder {
  /** Words searched back from an opening mark for its reporting verb. */
  static final int MAX_BACK = 22;
  /** Words searched forward from a reporting verb for أن/إن or a colon. */
  static final int MAX_FORWARD = 16;
  /** Longest speaker phrase, in words. */
  static final int MAX_SPEAKER = 10;

  private static final Set<String> COMPLEMENTISERS = Set.of(
      "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "انهن", "انكم",
      "بان", "بانه", "بانها", "بانهم", "بانهما", "فان", "فانه", "فانها", "فانهم");
  /** Words before a pre-verbal subject that are not part of it ("وكان لافروف أعلن"). */
  private static final Set<String> CLAUSE_PARTICLES = Set.of(
      "و", "كان", "وكان", "كانت", "وكانت", "قد", "وقد", "كما", "فيما", "بينما", "لكن", "ولكن",
      "اما", "واما", "ثم", "حين", "عندما", "بدوره", "بدورها", "لقد", "ولقد", "ذلك", "الي");
  /** Nominal heads that may be followed by "في/من …" inside the speaker ("مصدر في الخارجية"). */
  private static final Set<String> OPEN_HEADS = Set.of(
      "مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "متحدث", "ناطق", "عضو", "خبير", "خبراء",
      "محلل", "مراقبون", "دبلوماسي", "دبلوماسيون", "شهود", "شاهد", "سكان", "ناشطون", "ناشط");
  private static final Set<String> OPEN_PREPOSITIONS = Set.of("في", "من", "ب", "بوزاره", "داخل", "مقرب", "مقربه", "مطلع", "مطلعه", "رفيع", "رفيعه", "امني", "عسكري", "حكومي", "مسوول");

  private final Words w;
  private final ReportingVerbLexicon lexicon;

  FrameFinder(Words words, ReportingVerbLexicon lexicon) {
    this.w = words;
    this.lexicon = lexicon;
  }

  Optional<VerbForm> form(int i) {
    return lexicon.lookupNormalized(w.norm(i));
  }

  static boolean isComplementiser(String norm) {
    return COMPLEMENTISERS.contains(norm);
  }

  /** True when a gap between words ends a sentence (or a paragraph). */
  static boolean endsSentence(String gap) {
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\n') return true;
    }
    return false;
  }

  static boolean hasComma(String gap) {
    return gap.indexOf('\u060C') >= 0 || gap.indexOf(',') >= 0 || gap.indexOf('\u061B') >= 0 || gap.indexOf(';') >= 0;
  }

  static boolean hasMark(String gap) {
    for (int k = 0; k < gap.length(); k++) if (QuotationMarks.isMark(gap.charAt(k))) return true;
    return false;
  }

  /**
   * The frame before an opening mark: the nearest reporting word within {@link #MAX_BACK} words
   * in the same sentence and not across another quotation. Null when there is none.
   */
  Frame before(MarkedSpan s) {
    int last = w.lastEndingBy(s.open());
    if (last < 0) return null;
    // the text between the last word and the mark must not end a sentence, except "قال:\n"
    String tail = w.text().substring(w.get(last).end(), s.open());
    if (endsSentence(tail) && !tail.strip().endsWith(":")) return null;
    for (int i = last; i >= 0 && i > last - MAX_BACK; i--) {
      Optional<VerbForm> f = form(i);
      if (f.isPresent() && f.get().kind() != VerbForm.Kind.IGNORE) {
        return frameAt(i, f.get(), last + 1);
      }
      if (i == 0) break;
      String gap = w.gapBefore(i);
      if (endsSentence(gap) || hasMark(gap)) return null;
    }
    return null;
  }

  /** The frame after a closing mark: "“…”، قال فلان" or "“…”، بحسب البيان". */
  Frame after(MarkedSpan s) {
    int first = w.firstAtOrAfter(s.close() + 1);
    if (first >= w.size()) return null;
    String gap = w.text().substring(s.close() + 1, w.get(first).start());
    if (endsSentence(gap) || hasMark(gap)) return null;
    for (int i = first; i < w.size() && i < first + 2; i++) {
      if (i > first && (endsSentence(w.gapBefore(i)) || hasComma(w.gapBefore(i)))) return null;
      Optional<VerbForm> f = form(i);
      if (f.isPresent() && (f.get().kind() == VerbForm.Kind.VERB || f.get().kind() == VerbForm.Kind.ACCORDING)) {
        Frame.Range sp = subjectAfter(i, w.size());
        if (sp == null) return null; // "“…” قال" with no subject is rare; don't guess
        return new Frame(i, f.get(), sp, null, i, sp.to());
      }
    }
    return null;
  }

  /**
   * The frame anchored at reporting word i whose reported material starts at word {@code limit}
   * (or at a mark just before it).
   */
  Frame frameAt(int i, VerbForm f, int limit) {
    if (f.kind() == VerbForm.Kind.MASDAR) return masdarFrame(i, limit);
    if (f.kind() == VerbForm.Kind.RELAY) return relayFrame(i, limit);
    Frame.Range sp = subjectAfter(i, limit);
    int from = i;
    if (sp == null) {
      sp = subjectBefore(i);
      if (sp != null) from = sp.from();
    }
    return new Frame(i, f, sp, null, from, limit);
  }

  /** "… عن Y قوله": the speaker is between عن and the verbal noun; a relay verb before gives via. */
  private Frame masdarFrame(int m, int limit) {
    int an = -1;
    for (int k = m - 1; k >= 0 && k >= m - MAX_SPEAKER - 1; k--) {
      if (w.norm(k).equals("عن")) { an = k; break; }
      if (endsSentence(w.gapBefore(k + 1)) || hasMark(w.gapBefore(k + 1))) break;
    }
    if (an < 0) return new Frame(m, form(m).orElseThrow(), null, null, m, limit);
    Frame.Range speaker = an + 1 < m ? new Frame.Range(an + 1, m) : null;
    Frame.Range via = null;
    int from = an;
    for (int k = an - 1; k >= 0 && k >= an - 8; k--) {
      Optional<VerbForm> f = form(k);
      if (f.isPresent() && f.get().kind() == VerbForm.Kind.RELAY) {
        via = k + 1 < an ? trimVia(k + 1, an) : null;
        from = k;
        break;
      }
      if (endsSentence(w.gapBefore(k + 1)) || hasMark(w.gapBefore(k + 1))) break;
    }
    return new Frame(m, form(m).orElseThrow(), speaker, via, from, limit);
  }

  /** "نقلت X عن Y أن …" without a verbal noun. */
  private Frame relayFrame(int r, int limit) {
    int an = -1;
    for (int k = r + 1; k < limit && k <= r + 8; k++) {
      if (w.norm(k).equals("عن")) { an = k; break; }
    }
    if (an < 0) return new Frame(r, form(r).orElseThrow(), null, null, r, limit);
    Frame.Range via = r + 1 < an ? trimVia(r + 1, an) : null;
    int end = an + 1;
    while (end < limit && end < an + 1 + MAX_SPEAKER) {
      String n = w.norm(end);
      if (isComplementiser(n) || endsSentence(w.gapBefore(end)) || hasComma(w.gapBefore(end)) || hasMark(w.gapBefore(end))) break;
      if (WordSet.SPEAKER_STOPS.contains(n) && !n.equals("في") && !n.equals("من")) break;
      Optional<VerbForm> f = form(end);
      if (f.isPresent() && f.get().kind() == VerbForm.Kind.MASDAR) break;
      end++;
    }
    Frame.Range sp = end > an + 1 ? new Frame.Range(an + 1, end) : null;
    return new Frame(r, form(r).orElseThrow(), sp, via, r, limit);
  }

  private Frame.Range trimVia(int from, int to) {
    while (to > from + 1 && (w.norm(to - 1).equals("امس") || isWeekday(w.norm(to - 1)))) to--;
    return new Frame.Range(from, to);
  }

  private static boolean isWeekday(String n) {
    return Set.of("الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت").contains(n);
  }

  /** The subject right after a verb, up to {@code limit}; null when the verb has none. */
  Frame.Range subjectAfter(int v, int limit) {
    int end = v + 1;
    boolean open = false;
    while (end < limit && end < w.size() && end <= v + MAX_SPEAKER) {
      String gap = w.gapBefore(end);
      if (endsSentence(gap) || hasMark(gap) || gap.indexOf(':') >= 0) break;
      if (hasComma(gap) && end > v + 1) break;
      String n = w.norm(end);
      if (isComplementiser(n)) break;
      if (end == v + 1 && OPEN_HEADS.contains(Words.stripArticle(n))) open = true;
      if (WordSet.SPEAKER_STOPS.contains(n) && !(open && OPEN_PREPOSITIONS.contains(n))) break;
      if (form(end).isPresent()) break;
      end++;
    }
    return end > v + 1 ? new Frame.Range(v + 1, end) : null;
  }

  private static boolean clauseBoundary(String gap) {
    return endsSentence(gap) || hasComma(gap) || hasMark(gap) || gap.indexOf(':') >= 0;
  }

  /** A subject before the verb ("لافروف قال", "وكان لافروف أعلن"), back to the clause start. */
  Frame.Range subjectBefore(int v) {
    if (v == 0) return null;
    if (endsSentence(w.gapBefore(v)) || hasComma(w.gapBefore(v)) || hasMark(w.gapBefore(v))
        || w.gapBefore(v).indexOf(':') >= 0) {
      return null;
    }
    int start = v - 1;
    while (start > 0 && !clauseBoundary(w.gapBefore(start))) {
      if (v - start > MAX_SPEAKER + 1) return null; // too long to be a subject
      start--;
    }
    while (start < v && CLAUSE_PARTICLES.contains(w.norm(start))) start++;
    if (start >= v) return null;
    String first = w.norm(start);
    if (WordSet.SPEAKER_STOPS.contains(first) || isComplementiser(first) || form(start).isPresent()) return null;
    // a clause that opens with a verb in و ("وأكد …") is not a subject; names rarely start with و
    if (first.startsWith("و") && !first.startsWith("وزير") && !first.startsWith("وكال") && !first.startsWith("وزار")) return null;
    return new Frame.Range(start, v);
  }
}
