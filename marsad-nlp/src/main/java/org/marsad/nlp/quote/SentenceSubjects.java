package org.marsad.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import org.marsad.nlp.article.Entity;

/**
 * Speakers introduced by a sentence that reports no speech: "وانتقل حاكم لويزيانا بوبي جيندال
 * … . وقال في مؤتمر صحافي “…”", "شنت الفنانة داليا البحيري هجوما … مشيرة إلى أن …". A verb
 * without a subject ("وقال", "مشيرة") then refers to that person rather than to an earlier
 * speaker. Found at the start of a sentence (or after a short opening adverbial and a comma,
 * "وفي طهران، رفض محمد علي جعفري …"): a word that is not a speech verb followed by a role or
 * honorific ("حاكم", "الفنانة", "الدكتور"), or, when the article has entities, by a person.
 */
final class SentenceSubjects {
  /** Words an opening adverbial may have before its comma ("وفي طهران،", "من جهته،"). */
  private static final int MAX_OPENING = 4;

  private SentenceSubjects() {}

  /** Frames (anchor: the verb; speaker: its subject) for the speaker history, in text order. */
  static List<Frame> find(Words w, FrameFinder finder, SubjectFinder subjects, List<Entity> entities) {
    List<Frame> out = new ArrayList<>();
    for (int s = 0; s + 1 < w.size(); s++) {
      if (opensClause(w, s) && Words.matches(w.norm(s), "و?(كان|كانت)") && actor(w.norm(s + 1))) {
        // "وكانت قوات الدفاع الشعبي … دانت في بيان …": the subject of a pluperfect
        Frame.Range sp = definiteChain(w, finder, s + 1);
        VerbForm form = new VerbForm("", VerbForm.Kind.ACT, VerbForm.Tense.PAST, w.norm(s).endsWith("ت"));
        out.add(new Frame(s, form, sp, null, s, sp.to()));
        continue;
      }
      // ("ألقى" normalises to القي, which looks like a definite noun: the delivering verbs are verbs)
      if (!opensClause(w, s) || finder.form(s).isPresent()
          || !(looksLikeVerb(w.norm(s)) || SubjectFinder.DELIVERS.matcher(w.norm(s)).matches())) {
        continue;
      }
      Frame.Range sp = null;
      boolean feminine;
      // (also a body in construct: "أرجعت شركة الكهرباء بالمدينة المنورة سبب الانقطاع إلى …")
      boolean namedBody = Words.isDefinite(w.norm(s + 1)) || (s + 2 < w.size() && Words.isDefinite(w.norm(s + 2))
          && w.gapBefore(s + 2).isBlank() && WordSet.BODY_NOUNS.contains(Words.stripConjunction(w.norm(s + 1))));
      if (actor(w.norm(s + 1)) && namedBody && w.norm(s).endsWith("ت")) {
        // "وتبنت الحركة الانفصالية الكردية الأربعاء قتل …": an organisation acting (a past
        // feminine verb: "وتنظم الهيئة بالتعاون مع …" describes, it introduces no actor)
        sp = subjects.subjectAfter(s, w.size());
        if (sp != null) sp = withoutObject(w, sp);
        feminine = w.norm(s).endsWith("ت");
      } else if (masculineActor(w, s)) {
        // "هدد الجيش الكوري الجنوبي ، اليوم الاثنين ، بالرد …. وأشار في بيان إلى أن …": an army,
        // party, union or council acting with a masculine past verb of its own
        sp = definiteChain(w, finder, s + 1);
        feminine = false;
      } else if (source(w, s + 1) != null && w.norm(s).endsWith("ت")) {
        // "استغربت مصادر اتحادية الشائعات التي … واكدت ان …": unnamed sources acting with a
        // feminine past verb of their own (session 26, set 26 alriyadh 1070472)
        sp = source(w, s + 1);
        feminine = true;
      } else if (group(w, s + 1) != null) {
        // "ونشر عدد كبير من المعجبين رسائل دعم … قائلين إن …": a group of people acting
        sp = group(w, s + 1);
        feminine = false;
      } else if (SpeakerNames.isRole(w.norm(s + 1))) {
        sp = subjects.subjectAfter(s, w.size());
        if (sp != null) sp = withoutObject(w, sp);
        // "تدخلت رئيس الجمعية": the verb's ending tells better than the noun
        feminine = isFeminineNoun(Words.stripArticle(w.norm(s + 1))) || w.norm(s).endsWith("ت");
      } else {
        Entity e = personAt(w, entities, s + 1);
        if (e != null) sp = new Frame.Range(s + 1, w.lastEndingBy(e.end()) + 1);
        feminine = w.norm(s).endsWith("ت");
      }
      if (sp == null || sp.isEmpty()) continue;
      VerbForm form = new VerbForm("", VerbForm.Kind.ACT, VerbForm.Tense.PAST, feminine);
      out.add(new Frame(s, form, sp, null, s, sp.to()));
    }
    return out;
  }

  /**
   * Institutions that act and speak (a movement, a ministry, forces), as opposed to the places,
   * events and programmes that institution-nouns.txt also lists.
   */
  private static final java.util.Set<String> ACTORS = java.util.Set.of(
      "حركه", "حزب", "جبهه", "قوات", "جيش", "حكومه", "وزاره", "منظمه", "جمعيه", "شركه", "اتحاد",
      "مجلس", "هييه", "لجنه", "رياسه", "شرطه", "سفاره", "خارجيه", "داخليه", "نيابه", "محكمه",
      // session 7: "حملت إدارة نادي القادسية الكويتي عبر بيان رسمي …"
      "اداره", "ادارات", "نادي", "بلديه", "امانه", "وكاله", "مديريه");

  /**
   * "مصادر اتحادية", "مصادر مطلعة": the plural source noun and one adjective without ال, no
   * comma or sentence end between them, or null.
   */
  static Frame.Range source(Words w, int from) {
    if (from + 1 >= w.size() || !Words.matches(w.norm(from), "مصادر")) return null;
    String adjective = w.norm(from + 1);
    if (!w.gapBefore(from + 1).isBlank() || Words.isDefinite(adjective) || adjective.length() < 4
        || !adjective.endsWith("ه")) {
      return null;
    }
    return new Frame.Range(from, from + 2);
  }

  /**
   * "عدد كبير من المعجبين", "مجموعة من الناشطين": a quantity noun, "من" and a definite plural
   * (with its definite adjectives); null when the words at {@code from} are not such a group.
   */
  static Frame.Range group(Words w, int from) {
    if (!Words.matches(w.norm(from), "عدد|مجموعه|العديد|حشد|جمع")) return null;
    int k = from + 1;
    if (k < w.size() && Words.matches(w.norm(k), "كبير|من|قليل|محدود") && !w.norm(k).equals("من")) k++;
    if (k + 1 >= w.size() || !w.norm(k).equals("من") || !Words.isDefinite(w.norm(k + 1))) return null;
    int end = k + 2;
    while (end < w.size() && end < k + 4 && Words.isDefinite(w.norm(end)) && w.gapBefore(end).isBlank()) end++;
    for (int j = from + 1; j < end; j++) {
      if (FrameFinder.endsSentence(w.gapBefore(j)) || FrameFinder.hasComma(w.gapBefore(j))) return null;
    }
    return new Frame.Range(from, end);
  }

  /**
   * Word s a masculine past verb (three or four letters after و, no pronoun ending) and s + 1 a
   * definite masculine body ("هدد الجيش", "وقرر المجلس"); a noun in construct ("مقر الحزب")
   * is told apart by the verb's shape only roughly, so the body must be followed by a definite
   * adjective, a comma or a preposition phrase, as a subject is.
   */
  private static boolean masculineActor(Words w, int s) {
    String v = Words.stripConjunction(w.norm(s));
    String n = w.norm(s + 1);
    if (v.length() < 3 || v.length() > 4 || v.endsWith("ت") || v.endsWith("ه") || v.endsWith("ي") || v.endsWith("و") || v.startsWith("ال")) return false;
    // a four-letter past verb is أفعل or فاعل ("أعلن", "طالب"); "نواب", "جنود", "شعار" are plural
    // or singular nouns in construct with the body ("نواب المجلس الوطني لم يحضروا")
    if (v.length() == 4 && v.charAt(0) != 'ا' && v.charAt(1) != 'ا') return false;
    if (!n.startsWith("ال") || !WordSet.MASCULINE_BODIES.contains(Words.stripArticle(n))) return false;
    if (!w.gapBefore(s + 1).isBlank() || s + 2 >= w.size()) return false;
    String next = w.norm(s + 2);
    return Words.isDefinite(next) || FrameFinder.hasComma(w.gapBefore(s + 2)) || next.startsWith("ب") || next.startsWith("ل");
  }

  private static boolean actor(String n) {
    return ACTORS.contains(Words.stripArticle(Words.stripConjunction(n)));
  }

  /** "قوات الدفاع الشعبي الجناح …": a head and the definite words after it, at most five words. */
  private static Frame.Range definiteChain(Words w, FrameFinder finder, int from) {
    int end = from + 1;
    // (a definite word with a preposition is no adjective of the body: "هدد الجيش الإسرائيلي بالرد")
    while (end < w.size() && end < from + 5 && Words.isDefinite(w.norm(end)) && !prepositionalDefinite(w.norm(end))
        && !FrameFinder.endsSentence(w.gapBefore(end))
        && !FrameFinder.hasComma(w.gapBefore(end)) && !WordSet.SPEAKER_STOPS.contains(w.norm(end)) && finder.form(end).isEmpty()) {
      end++;
    }
    return new Frame.Range(from, end);
  }

  /**
   * "بالرد", "وبالتحقيق", "والجيش": a definite word behind ب or و is no adjective of the body
   * ("هدد الجيش الإسرائيلي بالرد"); "للقضاء" is ("المجلس الأعلى للقضاء").
   */
  private static boolean prepositionalDefinite(String n) {
    return n.startsWith("بال") || n.startsWith("وبال") || n.startsWith("وال");
  }

  /** True when word s starts a sentence, or follows a short opening adverbial and its comma. */
  static boolean opensClause(Words w, int s) {
    if (s == 0 || FrameFinder.endsSentence(w.gapBefore(s))) return true;
    // "في وقت ألقت الشرطة الإسبانية …", "فيما أكد الوزير …": the verb right after a subordinator
    // opening the sentence opens its clause
    int sub = s > 1 && w.subordinatorAt(s - 2) == 2 ? s - 2 : s > 0 && w.subordinatorAt(s - 1) == 1 ? s - 1 : -1;
    if (sub >= 0 && w.gapBefore(s).isBlank() && (sub == 0 || FrameFinder.endsSentence(w.gapBefore(sub)))) return true;
    // "من جانبه قدم الدكتور الشثري، شكره …", "بدوره انتقد …": the turn-taking adverbial opening
    // the sentence, written without its comma
    int turn = s > 1 && w.gapBefore(s - 1).isBlank() && Words.matches(w.norm(s - 2), "و?من")
        && Words.matches(w.norm(s - 1), "(جانب|جهت|ناحيت)(ه|ها|هم)") ? s - 2
        : s > 0 && Words.matches(w.norm(s - 1), "و?بدور(ه|ها|هم)") ? s - 1 : -1;
    if (turn >= 0 && w.gapBefore(s).isBlank() && (turn == 0 || FrameFinder.endsSentence(w.gapBefore(turn)))) return true;
    if (!FrameFinder.hasComma(w.gapBefore(s))) return false;
    if (afterSubordinateClause(w, s)) return true;
    for (int k = s - 1; k >= 0 && k >= s - MAX_OPENING; k--) {
      if (k == 0 || FrameFinder.endsSentence(w.gapBefore(k))) {
        // (session 7: "إثر ذلك، انتقل الأمير محمد بن نايف …", "وعقب ذلك، …")
        return Words.matches(w.norm(k), "و?(في|من|على|علي|بعد|وعلي|الي|اما|بدوره|بدورها|بدورهم|اثر|عقب|اثناء|خلال|عند|قبل)") || w.norm(k).startsWith("وفي");
      }
      if (FrameFinder.hasComma(w.gapBefore(k))) return false;
    }
    return false;
  }

  /**
   * "فيما اشتكى أهالي حي الرذايا … منذ خمسة أيام، أرجعت شركة الكهرباء …": the main clause after a
   * sentence-opening subordinate clause (فيما، بينما، في حين) and its comma, none before it.
   */
  private static boolean afterSubordinateClause(Words w, int s) {
    for (int k = s - 1; k >= 0 && k >= s - 30; k--) {
      if (k < s - 1 && FrameFinder.hasComma(w.gapBefore(k + 1))) return false;
      if (k == 0 || FrameFinder.endsSentence(w.gapBefore(k))) {
        int n = w.subordinatorAt(k);
        return n == 1 || (n == 2 && k + 1 < s);
      }
    }
    return false;
  }

  /** A word that can be a verb opening a sentence: not a particle, preposition or definite noun. */
  static boolean looksLikeVerb(String n) {
    String bare = Words.stripConjunction(n);
    return bare.length() >= 3 && !Words.isDefinite(n) && !WordSet.SPEAKER_STOPS.contains(n)
        && !WordSet.SPEAKER_STOPS.contains(bare) && !SpeakerNames.isRole(n) && !Words.matches(bare, "كان|كانت|قد|لقد|كما|ثم|لكن|اما|هذا|هذه|ذلك|تلك");
  }

  /** "الفنانة داليا البحيري هجوماً عنيفاً": the object, in the accusative, is not the subject. */
  private static Frame.Range withoutObject(Words w, Frame.Range p) {
    for (int k = p.from() + 1; k < p.to(); k++) {
      String t = w.get(k).text();
      String n = w.norm(k);
      // "ووعد الأمير فيصل الشباب بإيجاد …": a prepositional phrase ends the subject
      // (not inside a role that an honorific and a name still follow: "مدير عام … بالهيئة
      // الملكية بينبع المهندس زيدان بن محمد عمر")
      if (k > p.from() + 1 && (n.startsWith("بال") || t.startsWith("بإ")) && !honorificAfter(w, k, p.to())) {
        return new Frame.Range(p.from(), k);
      }
      // "من جهته أثنى مدرب الوحدة على مستوى فريقه", "طمأن مدير الكرة … سمير السعود على سلامة
      // بعثة الفريق": the verb's object behind على ends the subject (review17 finding 3; written
      // with ى, as علي is also the name Ali; not inside a role that an honorific still follows,
      // "المشرف على … الدكتور …", unless a name stands before it: "الفريق" after على is the team,
      // not the rank; nor after a role that takes على, "والمشرف على البرنامج عبدالرحمن …", "المشرف
      // العام على …"; عن is left alone: "النائب … عن دائرة …", "المتحدث … موعد الإعلان عن …")
      if (k > p.from() + 1 && t.equals("على") && !roleGoverning(w, p.from(), k)
          && (!honorificAfter(w, k, p.to()) || nameBetween(w, p.from() + 1, k))) {
        return new Frame.Range(p.from(), k);
      }
      // "ألقى الرئيس … أوباما كلمة في نيروبي": the statement delivered is the object
      if (SubjectFinder.STATEMENTS.contains(n) && !Words.isDefinite(n)) return new Frame.Range(p.from(), k);
      // "والقت الشرطة القبض على …", "أطلقت الشرطة النار": the definite object of a set phrase
      if (SET_PHRASE_OBJECTS.contains(n)) return new Frame.Range(p.from(), k);
      boolean tanween = t.endsWith("اً") || t.endsWith("ًا");
      boolean pair = k + 1 < p.to() && endsInAlif(w.norm(k)) && endsInAlif(w.norm(k + 1));
      if (tanween || pair) return new Frame.Range(p.from(), k);
    }
    return p;
  }

  /** Definite objects of set phrases of acting (ألقى القبض، أطلق النار، سلّط الضوء، أسدل الستار), match-normalised. */
  private static final java.util.Set<String> SET_PHRASE_OBJECTS = java.util.Set.of("القبض", "النار", "الضوء", "الستار");

  /** "والمشرف على", "المشرف العام على": a role (and العام) right before على, whose complement it is. */
  private static boolean roleGoverning(Words w, int from, int ala) {
    int r = ala - 1;
    if (r > from && Words.matches(w.norm(r), "العام|العامه")) r--;
    return SpeakerNames.isRole(Words.stripConjunction(w.norm(r)));
  }

  /** "مدير الكرة بناي الفتح سمير السعود": a word that is no definite noun, role or honorific (a name). */
  private static boolean nameBetween(Words w, int from, int to) {
    for (int k = from; k < to; k++) {
      String n = w.norm(k);
      if (!Words.isDefinite(n) && !SpeakerNames.isRole(n) && !WordSet.HONORIFICS.containsStem(n) && !WordSet.SPEAKER_STOPS.contains(n)) return true;
    }
    return false;
  }

  private static boolean honorificAfter(Words w, int from, int to) {
    for (int k = from + 1; k < to; k++) if (WordSet.HONORIFICS.containsStem(w.norm(k))) return true;
    return false;
  }

  private static boolean endsInAlif(String n) {
    return n.length() >= 4 && n.endsWith("ا") && !Words.isDefinite(n);
  }

  private static boolean isFeminineNoun(String n) {
    return n.endsWith("ه") || n.endsWith("ات");
  }

  private static Entity personAt(Words w, List<Entity> entities, int k) {
    if (entities == null) return null;
    for (Entity e : entities) {
      if ("PERS".equals(e.type()) && e.start() >= w.get(k).start() && e.start() < w.get(k).end()) return e;
    }
    return null;
  }
}
