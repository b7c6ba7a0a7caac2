package org.marsad.nlp.quote;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Finds reporting frames around quotation marks and after reporting verbs. Works on words and
 * the raw gaps between them; the lexicons decide what a word is.
 */
final class FrameFinder {
  /** Words searched back from an opening mark for its reporting verb. */
  static final int MAX_BACK = 22;
  /** Words searched forward from a reporting verb for أن/إن or a colon. */
  static final int MAX_FORWARD = 28;
  /** Longest speaker phrase, in words. */
  static final int MAX_SPEAKER = 10;
  /** Participles, verbal nouns and "بحسب" sit right before their quotation ("مؤكداً أن “"). */
  static final int MAX_BACK_ADVERBIAL = 6;
  private static final Set<String> COMPLEMENTISERS = Set.of(
      "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "انهن", "انكم",
      "بان", "بانه", "بانها", "بانهم", "بانهما", "فان", "فانه", "فانها", "فانهم");
  /** Words before أن that make it a conjunction, not a reported clause ("حيث أن", "بعد أن"; data). */
  static final WordSet NON_REPORT_BEFORE_ANNA = WordSet.load("non-report-before-anna.txt");
  /** Prepositions after which a past-tense "verb" can only be a noun. */
  private static final Set<String> AFTER_PREPOSITION = Set.of("في", "الي", "علي", "عن", "بحسب", "حسب", "وفق", "وفقا", "بموجب", "خلال", "حول");
  /** Relative pronouns: a verb after one is inside a relative clause ("الذي يتابع …"). */
  static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "اللذان", "اللتان");
  /** "في مداخلة له … أن": prepositions opening an adjunct of occasion before the complementiser. */
  private static final Set<String> OCCASION_PREPOSITIONS = Set.of("في", "خلال", "لدي", "اثناء");
  /** "أشار إلى أن": prepositions between a verb and its complementiser. */
  private static final Set<String> BEFORE_COMPLEMENTISER = Set.of("الي", "علي", "من");
  /** "ومن جانبه"/"من جهتها": the phrase before the verb opening a sentence. */
  static final Set<String> ON_HIS_PART_MIN = Set.of("من", "ومن");
  static final java.util.regex.Pattern ON_HIS_PART = java.util.regex.Pattern.compile("(جانب|جه|ناحي)(ته|تها|ه|ها)");
  /** "حسب تعبيره": the speaker is the one already speaking. */
  static final Set<String> SELF_REFERENCE = Set.of(
      "تعبيره", "تعبيرها", "وصفه", "وصفها", "قوله", "قولها", "رايه", "رايها", "كلامه", "كلامها", "زعمه", "زعمها",
      // "…، وفق تقديره." (his estimate; session 24, lane quotest24, set 17 JA-localNews-2981)
      "تقديره", "تقديرها");

  private final Words w;
  private final ReportingVerbLexicon lexicon;
  private final List<MarkedSpan> spans;
  private final SubjectFinder subjects;

  FrameFinder(Words words, ReportingVerbLexicon lexicon, List<MarkedSpan> spans) {
    this.w = words;
    this.lexicon = lexicon;
    this.spans = spans;
    this.subjects = new SubjectFinder(words, this);
  }

  SubjectFinder subjects() {
    return subjects;
  }

  ReportingVerbLexicon lexicon() {
    return lexicon;
  }

  Optional<VerbForm> form(int i) {
    Optional<VerbForm> f = lexicon.lookupNormalized(w.norm(i));
    // "كن متوكلا على الله واعلم أنك …": اعلم right before أن is the imperative "know" (or "I
    // know"); "informed" takes its addressee first ("أعلمه أن"). Session 23, the unseen text of
    // lane quotesind22
    if (f.isPresent() && Words.matches(w.norm(i), "[وف]?اعلم") && i + 1 < w.size()
        && (isComplementiser(w.norm(i + 1)) || Words.matches(w.norm(i + 1), "[بف]?ان(ك|كم|كما|كن)"))) {
      return Optional.empty();
    }
    // "بيّن مدير عام الهيئة … أن": written with its shadda, بين is the verb "explained", never
    // the preposition "between" the lexicon leaves out
    if (f.isEmpty() && Words.matches(w.norm(i), "[وف]?بين") && w.get(i).text().contains("يّ") && !adjectiveBayyin(i)) {
      return Optional.of(new VerbForm("بين", VerbForm.Kind.VERB, VerbForm.Tense.PAST, false));
    }
    // "لكن المعيبد رأى أنه غير معني …": bare رأى, left out of the lexicon because it normalises
    // like the noun رأي "opinion", is the verb when written with its alif maqsura and followed
    // right away by the complementiser (the noun takes an article or a genitive: "في رأي الوزير")
    if (f.isEmpty() && bareSawBeforeComplementiser(i)) {
      return Optional.of(new VerbForm("رأى", VerbForm.Kind.VERB, VerbForm.Tense.PAST, false));
    }
    return f;
  }

  /**
   * True when word i is written رأى (not رأي) and word i + 1 is أن/إن with or without a pronoun,
   * not أن before a present verb ("رأى أن يعيد كتابة القصة": "saw fit to", no report), and only
   * right after its subject: at a sentence start, after a comma or after "إذ/حيث/فقد/قد" the
   * subject is unsaid, and on unseen text the speaker then found was mostly wrong ("كيف",
   * "صراحة", "إذ"; bench/RESULTS.md, lane quotes25).
   */
  private boolean bareSawBeforeComplementiser(int i) {
    if (i + 2 < w.size() && w.norm(i + 1).equals("ان") && w.norm(i + 2).startsWith("ي")) return false;
    if (i == 0 || endsSentence(w.gapBefore(i)) || hasComma(w.gapBefore(i)) || Words.matches(w.norm(i - 1), "اذ|حيث|فقد|قد|ثم")) return false;
    return i + 1 < w.size() && w.get(i).text().replaceAll("[\\u064B-\\u0652\\u0640]", "").equals("رأى") && w.gapBefore(i + 1).isBlank()
        && isComplementiser(w.norm(i + 1));
  }

  /**
   * "فالحلال بيّن والحرام بيّن": right after a definite noun, بيّن is its predicate "clear" when the
   * clause ends on it (text end, a comma or full stop) or a و/ف + definite noun follows (the next
   * predicate pair). A verb has its subject or complementiser next ("وفي هذا الإطار بيّن مدير
   * الهيئة أن", "الوزير بيّن أن"), a colon too.
   */
  private boolean adjectiveBayyin(int i) {
    if (i == 0 || !w.gapBefore(i).isBlank() || !Words.isDefinite(Words.stripConjunction(w.norm(i - 1)))) return false;
    if (i + 1 >= w.size()) return true;
    String gap = w.gapBefore(i + 1);
    if (hasColon(gap)) return false;
    if (hasComma(gap) || endsSentence(gap)) return true;
    String next = w.norm(i + 1);
    return next.length() > 3 && "وف".indexOf(next.charAt(0)) >= 0 && Words.isDefinite(next.substring(1));
  }

  private boolean isKind(int i, VerbForm.Kind kind) {
    Optional<VerbForm> f = form(i);
    return f.isPresent() && f.get().kind() == kind;
  }

  static boolean isComplementiser(String norm) {
    return COMPLEMENTISERS.contains(norm);
  }

  /** "بأن", "بأنه", "بأنها", "بأنهم", "بأنهما" (match-normalised): the complementiser with ب. */
  static boolean isBiAnna(String n) {
    return Words.matches(n, "بان|بانه|بانها|بانهم|بانهما");
  }

  /** True when word j is أن/إن introducing a reported clause (not "بعد أن", "حيث أن"). */
  boolean isReportComplementiser(int j) {
    if (!isComplementiser(w.norm(j))) return false;
    // ("واعتبر أحد المدونين على الانترنت أن …": a place of writing after على is no one obliged)
    if (j >= 2 && w.get(j - 2).text().equals("على") && !w.norm(j - 1).equals("علي") && form(j - 1).isEmpty()
        && !w.get(j).text().startsWith("إ") && !WordSet.ONLINE_PLACES.contains(w.norm(j - 1))) {
      return false; // "وعلى المتقدم أن …": an obligation, not a report
    }
    // "التي اجتازها إن وجدت إلى مكتب …": a bare إن/أن before a past verb of conditional-verbs.txt is
    // "if" (session 23; the unseen "وكشف درجات معتمد … إن وجدت" was read as a report)
    if (w.norm(j).equals("ان") && j + 1 < w.size() && WordSet.CONDITIONAL_VERBS.contains(w.norm(j + 1))) return false;
    return j == 0 || !NON_REPORT_BEFORE_ANNA.contains(w.norm(j - 1));
  }

  /** As above for the clause of verb i: "على أن" only right after the verb or its subject ("شدد على أن"). */
  boolean isReportComplementiser(int i, int j) {
    if (!isReportComplementiser(j)) return false;
    if ((j == i + 1 && isVanRightAfterVerb(i, j)) || isVanInName(j)) return false;
    // "وشدد في مؤتمر صحفي … مع نظيره المصري سامح شكري، على أن": an adjunct set off by a comma
    // ("…، على أن تعقد الجمعية …" before a verb is "provided that", no report)
    boolean farAla = j > 0 && w.norm(j - 1).equals("علي") && w.get(j - 1).text().equals("على") && j - i > 6
        && !subjectRightBefore(i, j - 1);
    boolean nominalClause = j + 1 < w.size() && !Words.matches(w.norm(j + 1), "[يت].*");
    return !(farAla && !(hasComma(w.gapBefore(j - 1)) && nominalClause));
  }

  /**
   * True when the words between verb i and word k are the verb's subject and nothing else:
   * "أكد الصحافي الإيطالي الشهير إيمانويل جوليانيلي على أن …" (session 21) — "على أن" right after
   * a long subject is the verb's own, however many words the subject has.
   */
  private boolean subjectRightBefore(int i, int k) {
    if (k - i < 2) return false;
    for (int m = i + 1; m <= k; m++) {
      String gap = w.gapBefore(m);
      if (hasComma(gap) || endsSentence(gap) || gap.contains("؛") || gap.contains(";") || gap.contains(":")) return false;
    }
    Frame.Range s = subjects.subjectAfter(i, k);
    if (s != null && s.from() == i + 1 && s.to() < k && SubjectFinder.dashAside(w.gapBefore(s.to()))
        && SubjectFinder.dashAside(w.gapBefore(k))) {
      return true; // "ويؤكد مختار خان - أحد بائعي الملابس الجاهزة - على أن": the aside closes before على
    }
    return s != null && s.from() == i + 1 && s.to() == k;
  }

  /**
   * "وأوضح فان جال أنه …": فإن never follows a reporting verb directly (it needs a clause before
   * it), so فان right after the verb is a name (Van …), the subject.
   */
  boolean isVanRightAfterVerb(int i, int j) {
    return j == i + 1 && w.norm(j).equals("فان") && !w.get(j).text().startsWith("فإ") && form(i).isPresent()
        && j + 1 < w.size() && !endsSentence(w.gapBefore(j + 1)) && !hasComma(w.gapBefore(j + 1))
        && !Words.isDefinite(w.norm(j + 1));
  }

  /**
   * "قال البروفيسور كريس فان ويل من جامعة "رادبود" في هولندا إن …": فان (no hamza) between a
   * name's words, before an indefinite word, with the clause's own complementiser (أن/إن) further
   * on in the same sentence and no comma between, is the Dutch "van" of the name, not فإن.
   */
  boolean isVanInName(int j) {
    if (j < 1 || j + 1 >= w.size() || !w.norm(j).equals("فان") || !w.get(j).text().equals("فان")) return false;
    if (!w.gapBefore(j).isBlank() || !w.gapBefore(j + 1).isBlank() || Words.isDefinite(w.norm(j + 1))
        || form(j - 1).isPresent() || isComplementiser(w.norm(j - 1))) {
      return false;
    }
    for (int k = j + 2; k < w.size() && k <= j + 9; k++) {
      String gap = w.gapBefore(k);
      if (endsSentence(gap) || hasComma(gap) || hasColon(gap)) return false;
      if (isComplementiser(w.norm(k)) && !w.norm(k).startsWith("ف") && !w.norm(k).startsWith("ب")) return true;
    }
    return false;
  }

  /** True when a gap between words ends a sentence (or a paragraph). */
  static boolean endsSentence(String gap) {
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\n') return true;
    }
    return false;
  }

  /** A colon that introduces speech (not the "://" of a URL or the colon of a time "10:30"). */
  static boolean hasColon(String gap) {
    int c = gap.indexOf(':');
    return c >= 0 && !gap.startsWith("/", c + 1) && !(c == 0 && gap.length() == 1);
  }

  static boolean hasComma(String gap) {
    return gap.indexOf('\u060C') >= 0 || gap.indexOf(',') >= 0 || gap.indexOf('\u061B') >= 0 || gap.indexOf(';') >= 0;
  }

  /** Prepositions and particles a sentence may open with ("وعن طريقة …، أكد", "وفي لقاء …"): no verb. */
  private static final String PREPOSITIONS = "في|عن|من|علي|الى|مع|منذ|بعد|قبل|خلال|حول|عند|لدي|بين|امام|ضمن|عبر|اما|لكن|ان|اذا|لو|لم|لن|ما|لا|هذا|هذه|ذلك|تلك";

  /** Words after which a name goes on ("بن", "عبد", "أبو", "آل"), match-normalised. */
  private static final String LINEAGE = "بن|ابن|بنت|عبد|ابو|ال|ام";

  /** Words that may stand between a sentence's start and its first verb ("وقد شرح", "ثم أيد"). */
  private static final Set<String> BEFORE_FIRST_VERB = Set.of("قد", "وقد", "فقد", "ثم", "كما");

  /**
   * "أما المذيعة علا فارس فقد عددت مزايا الراحل … وقالت إنه "…"": after a topic opened by أما and
   * headed by a role or a title, the word فقد at i starts its comment; the topic (up to a comma, a relative pronoun or
   * {@link #MAX_SPEAKER} words) is the subject of the verb after it and of a speech verb later in
   * the sentence without one of its own (QuoteExtractor gives it to those; it is no known speaker
   * after its sentence). The verb after فقد gives the gender. Null when word i is
   * no such فقد. (Speech verbs right after فـ have their topic already: SubjectFinder.topicBefore.)
   * Session 24, set 20.
   */
  Frame topicFrame(int i) {
    if (!w.norm(i).equals("فقد") || i + 1 >= w.size() || endsSentence(w.gapBefore(i + 1))) return null;
    for (int a = i - 1; a >= 0 && a > i - 3 * MAX_SPEAKER; a--) {
      if (endsSentence(w.gapBefore(a + 1)) || closesQuotation(a + 1)) return null;
      // (the raw word: "إما" = "either" normalises to the same letters)
      if (!Words.matches(w.norm(a), "و?اما") || w.get(a).text().indexOf('\u0625') >= 0) continue;
      int end = a + 1;
      while (end < i && end - (a + 1) < MAX_SPEAKER && !hasComma(w.gapBefore(end)) && !RELATIVES.contains(w.norm(end))) end++;
      if (end == a + 1 || (end - (a + 1) == MAX_SPEAKER && end < i && !RELATIVES.contains(w.norm(end)))) return null;
      Frame.Range topic = new Frame.Range(a + 1, end);
      // ("أما بالنسبة للمنتخب فقد …", "أما على الصعيد … فقد": a topic of matter, nobody speaking)
      if (Words.matches(w.norm(a + 1), "بالنسبه|بخصوص|بشان|فيما|عن|حول")) return null;
      // only a person by role or title ("أما المذيعة …", "أما المحامي …"): "أما الولايات المتحدة فقد
      // أرجأت", "أما النشاط المسرحي فقد سجل" name no one who speaks on (read on unseen text)
      String head = Words.stripConjunction(w.norm(a + 1));
      if (!SpeakerNames.isRole(head) && !WordSet.HONORIFICS.containsStem(head)) return null;
      for (int k = topic.from(); k < topic.to(); k++) if (form(k).isPresent() || subjects.isStop(k)) return null;
      boolean feminine = w.norm(i + 1).endsWith("ت");
      return new Frame(i, new VerbForm("فعل", VerbForm.Kind.ACT, VerbForm.Tense.PAST, feminine), topic, null, i, i + 1);
    }
    return null;
  }

  /**
   * True when word i, which the lexicon does not read as a verb form, cannot be an unlisted
   * narrative verb opening a sentence ("وشرح", "واستعرض"): too short or long, definite, a
   * preposition, not all letters, a stop word or a role. Shared by the two frames below whose
   * sentence opens with such a verb.
   */
  private boolean cannotBeUnlistedVerb(int i) {
    String n = w.norm(i);
    String stem = Words.matches(n, "[وف].{3,6}") ? n.substring(1) : n;
    return stem.length() < 3 || stem.length() > 6 || Words.isDefinite(n) || Words.isDefinite(stem) || Words.matches(stem, PREPOSITIONS)
        || !w.get(i).text().chars().allMatch(Character::isLetter) || subjects.isStop(i) || SpeakerNames.isRole(stem)
        || WordSet.SPEAKER_STOPS.contains(n) || WordSet.SPEAKER_STOPS.contains(stem);
  }

  /**
   * "وشرح مدير فرع الزراعة في بلقرن محمد بن منصور القرني جهود الوزارة …، مشيراً إلى أن …": a
   * sentence opened by a verb that reports nothing, whose subject names a person, and continued
   * after a comma by a speech frame without a subject of its own (a participle, "وقال"): that
   * frame's speaker is the sentence's subject (a circumstantial participle refers to the main
   * clause's subject), not an older speaker. The subject, or null when word i is no such verb.
   */
  Frame sentenceSubjectFrame(int i) {
    // (a reporting verb that introduces nothing here counts too: "وشرح … جهود الوزارة")
    if ((form(i).isPresent() && (canAnchor(i) || form(i).get().tense() != VerbForm.Tense.PAST)) || !opensSentence(i)) return null;
    String n = w.norm(i);
    if (form(i).isEmpty() && cannotBeUnlistedVerb(i)) return null;
    int limit = i + 1;
    while (limit < w.size() && !endsSentence(w.gapBefore(limit)) && !hasComma(w.gapBefore(limit)) && !hasColon(w.gapBefore(limit))) limit++;
    if (!continuedWithoutSubject(limit)) return null;
    Frame.Range sp = subjects.subjectAfter(i, limit);
    if (sp == null || sp.from() != i + 1) return null;
    // the subject phrase may run on into the verb's object ("… محمد بن منصور القرني جهود الوزارة"):
    // the longest start of it that ends with an introduced person's name
    for (int to = sp.to(); to >= sp.from() + 3; to--) {
      Frame.Range phrase = new Frame.Range(sp.from(), to);
      if (introducedPerson(phrase, SpeakerNames.name(w, phrase))) {
        VerbForm form = new VerbForm("فعل", VerbForm.Kind.ACT, VerbForm.Tense.PAST, n.endsWith("ت"));
        return new Frame(i, form, phrase, null, i, to);
      }
    }
    return null;
  }

  /**
   * "واستعرض هادي في هذا الاطار آخر مستجدات … مشيرا “الى التقدم …”": a sentence opened by a verb
   * that reports nothing, whose subject is one word, the last word of a name of two words or more
   * the text gave before ("الرئيس اليمني عبد ربه منصور هادي"), and a speech participle later in
   * the same clause (no comma, colon or sentence end between): the participle's speaker is that
   * person, not an older speaker (cause I′, set 23). The subject, or null.
   */
  Frame knownSurnameFrame(int i) {
    // (called for a word the lexicon reads as no verb form: QuoteExtractor's loop of mentions)
    if (form(i).isPresent() || !opensSentence(i)) return null;
    if (cannotBeUnlistedVerb(i)) return null;
    int s = i + 1;
    if (s + 1 >= w.size() || !w.gapBefore(s).isBlank() || !w.gapBefore(s + 1).isBlank() || !nameWord(s)) return null;
    if (!surnameOfEarlierName(s)) return null;
    for (int k = s + 1; k < w.size() && k < s + 25; k++) {
      String gap = w.gapBefore(k);
      if (endsSentence(gap) || hasComma(gap) || hasColon(gap)) return null;
      Optional<VerbForm> f = form(k);
      if (f.isEmpty() || f.get().kind() != VerbForm.Kind.VERB) continue;
      if (f.get().tense() != VerbForm.Tense.PARTICIPLE) return null;
      return new Frame(i, new VerbForm("فعل", VerbForm.Kind.ACT, VerbForm.Tense.PAST, w.norm(i).endsWith("ت")), new Frame.Range(s, s + 1), null, i, s + 1);
    }
    return null;
  }

  /** A bare word that may be a name: no article, role, stop word, place, institution or digit. */
  private boolean nameWord(int k) {
    String m = Words.stripConjunction(w.norm(k));
    return m.length() >= 3 && !Words.isDefinite(w.norm(k)) && !SpeakerNames.isRole(m) && !subjects.isStop(k)
        && !WordSet.SPEAKER_STOPS.contains(m) && !WordSet.PLACES.contains(m) && !WordSet.INSTITUTION_NOUNS.containsStem(m)
        && !SpeakerNames.nounShaped(m) && w.get(k).text().chars().allMatch(Character::isLetter) && form(k).isEmpty();
  }

  /**
   * True when word s ends, earlier in the text, the name of an introduced person: two to five bare
   * name words after a role, a title or a nisba ("الرئيس اليمني عبد ربه منصور هادي"), or before a
   * comma and a role in apposition ("قال جان كلود يونكر، رئيس المفوضية"). A common noun after
   * another ("حفل افتتاح", "تسارع وتيرة") is no such name.
   */
  private boolean surnameOfEarlierName(int s) {
    for (int k = s - 2; k >= 1; k--) {
      if (!w.norm(k).equals(w.norm(s)) || !w.gapBefore(k).isBlank() || !nameWord(k - 1)) continue;
      int j = k - 1;
      while (j - 1 >= 0 && k - j < 5 && w.gapBefore(j).isBlank() && nameWord(j - 1)) j--;
      String before = j >= 1 && w.gapBefore(j).isBlank() ? Words.stripConjunction(w.norm(j - 1)) : "";
      boolean introduced = SpeakerNames.isRole(before) || WordSet.HONORIFICS.containsStem(before)
          || (Words.isDefinite(before) && before.endsWith("ي"));
      boolean apposition = k + 1 < w.size() && hasComma(w.gapBefore(k + 1)) && SpeakerNames.isRole(Words.stripConjunction(w.norm(k + 1)));
      if (introduced || apposition) return true;
    }
    return false;
  }

  /** True when the name closes the phrase, has two to five name words, and a role or title stands before it ("العميد خالد …"). */
  private boolean introducedPerson(Frame.Range phrase, Frame.Range name) {
    if (name == null || name.to() != phrase.to() || name.to() - name.from() < 2 || name.to() - name.from() > 5) return false;
    boolean introduced = false;
    for (int k = phrase.from(); k < name.from() && !introduced; k++) {
      String m = Words.stripConjunction(w.norm(k));
      introduced = SpeakerNames.isRole(m) || WordSet.HONORIFICS.containsStem(m);
    }
    if (!introduced) return false;
    if (Words.matches(w.norm(name.to() - 1), LINEAGE)) return false; // "محمد بن نايف بن عبد" is cut short
    // two bare words may be the object ("مدير الجامعتين المكلف أسمى آيات الشكر"): a name of two
    // words needs a lineage word or the comma of an apposition after it
    boolean lineage = false;
    for (int k = name.from(); k < name.to() && !lineage; k++) lineage = Words.matches(w.norm(k), LINEAGE);
    if (name.to() - name.from() == 2 && !lineage && (name.to() >= w.size() || !hasComma(w.gapBefore(name.to())))) return false;
    for (int k = name.from(); k < name.to(); k++) {
      String m = Words.stripConjunction(w.norm(k));
      // a definite word of a name is a family name (القرني) or follows a lineage word (عبد العزيز);
      // "أسمى آيات الشكر" is an object, and so is a definite noun in ة ("كما اضطر البروفسور ساها
      // لاستئصال المرارة": a feminine noun is far likelier than a family name such as الربيعة)
      boolean familyName = k > name.from() && (m.endsWith("ي") || Words.matches(w.norm(k - 1), LINEAGE));
      if ((Words.isDefinite(m) && !familyName) || SpeakerNames.isRole(m) || WordSet.INSTITUTION_NOUNS.containsStem(m)
          || WordSet.SPEAKER_STOPS.contains(m) || w.get(k).text().chars().anyMatch(Character::isDigit)
          || subjects.isStop(k) || BEFORE_FIRST_VERB.contains(m) // ("وكان الوزير قد تفقد عددا": no name)
          || (k > name.from() && !w.gapBefore(k).isBlank())) {
        return false;
      }
    }
    return true;
  }

  /** True when word i starts a sentence, or follows a sentence start's "وقد", "ثم" … */
  private boolean opensSentence(int i) {
    if (i == 0 || endsSentence(w.gapBefore(i))) return true;
    return i >= 1 && BEFORE_FIRST_VERB.contains(w.norm(i - 1)) && w.gapBefore(i).isBlank() && (i == 1 || endsSentence(w.gapBefore(i - 1)));
  }

  /**
   * True when the sentence goes on after word {@code from} (a comma) with a speech participle
   * ("مشيراً", "مؤكداً"), which has no subject of its own.
   */
  private boolean continuedWithoutSubject(int from) {
    if (from >= w.size() || !hasComma(w.gapBefore(from))) return false;
    for (int k = from; k < w.size() && k < from + 40; k++) {
      if (k > from && endsSentence(w.gapBefore(k))) return false;
      Optional<VerbForm> f = form(k);
      if (f.isEmpty() || f.get().kind() != VerbForm.Kind.VERB) continue;
      if (k > from && !hasComma(w.gapBefore(k))) continue; // a new report opens after a comma
      // only a participle: a finite verb may have a subject of its own the text leaves out ("وتلقى X
      // اتصالاً من Y، أعرب خلاله": Y speaks)
      return f.get().tense() == VerbForm.Tense.PARTICIPLE;
    }
    return false;
  }

  /**
   * True when word j lies inside a short pair of marks (a quoted name of at most four words,
   * "شبكة «سي إن إن»") or a short bracket: its words are a name, so an إن or a verb among
   * them is not one.
   */
  boolean inQuotedName(int j) {
    int at = w.get(j).start();
    if (w.inShortBracket(at)) return true; // "القناتان التركيتان (ان تي في)"
    for (MarkedSpan s : spans) {
      if (s.contains(at) && w.firstAtOrAfter(s.close()) - w.firstAtOrAfter(s.open()) <= 4) return true;
    }
    return false;
  }

  /**
   * "الأمين العام لحزب "حراك تونس الإرادة"، أن": up to four words in marks right after an
   * institution noun (or a preposition) name the body; they close no quotation.
   */
  private boolean namesBody(MarkedSpan s) {
    int words = w.firstAtOrAfter(s.close()) - w.firstAtOrAfter(s.open());
    int prev = w.lastEndingBy(s.open());
    return words <= 4 && prev >= 0 && w.text().substring(w.get(prev).end(), s.open()).isBlank()
        && SubjectFinder.namesAnInstitution(w, prev) && !SubjectFinder.isOutletAddressee(w.norm(prev));
  }

  /** True when the offset lies inside a pair of quotation marks opened in [from, to). */
  boolean insideMarksOpenedIn(int offset, int from, int to) {
    for (MarkedSpan s : spans) if (s.contains(offset) && s.open() >= from && s.open() < to) return true;
    return false;
  }

  /**
   * True when word i opens a pair of marks holding three words or more that neither a
   * complementiser nor a colon follows: a quotation, no name.
   */
  boolean quotationAt(int i) {
    for (MarkedSpan s : spans) {
      if (w.firstAtOrAfter(s.open()) != i) continue;
      if (w.firstAtOrAfter(s.close()) - i < QuoteExtractor.MIN_DIRECT_WORDS) return false;
      int next = w.firstAtOrAfter(s.close() + 1);
      if (next >= w.size()) return true;
      String gap = w.text().substring(Math.min(s.close() + 1, w.get(next).start()), w.get(next).start());
      return !hasColon(gap) && !isComplementiser(w.norm(next));
    }
    return false;
  }

  /** True when the offset lies inside a pair of quotation marks. */
  boolean insideMarks(int offset) {
    for (MarkedSpan s : spans) if (s.contains(offset)) return true;
    return false;
  }

  /** True when the gap before word i closes a quotation of at least three words. */
  boolean closesQuotation(int i) {
    int from = i == 0 ? 0 : w.get(i - 1).end();
    int to = i >= w.size() ? w.text().length() : w.get(i).start();
    for (MarkedSpan s : spans) {
      if (s.close() >= from && s.close() < to
          && w.firstAtOrAfter(s.close()) - w.firstAtOrAfter(s.open()) >= QuoteExtractor.MIN_DIRECT_WORDS
          && !namesBody(s)) {
        return true;
      }
    }
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
      if (f.isPresent() && canAnchor(i)) {
        boolean adverbial = f.get().tense() == VerbForm.Tense.PARTICIPLE || f.get().kind() == VerbForm.Kind.MASDAR
            || f.get().kind() == VerbForm.Kind.ACCORDING;
        if (adverbial && last - i >= MAX_BACK_ADVERBIAL && !participleWithItsComplementiser(i, f.get(), last)) {
          return null; // "كما هو معلن … «…»"
        }
        Frame frame = frameAt(i, f.get(), last + 1);
        if (f.get().kind() == VerbForm.Kind.ACCORDING) {
          // "وقال غديرة، وفق بلاغ صادر عن الوزارة، “…”": the source of the report is set off
          // by commas; the speaker is the subject of the verb before it. Without commas the
          // same when the source follows that subject directly: "وقال وون بحسب وكالة "يونهاب"
          // "…"" is Won's words relayed by the agency (the agency is the intermediary)
          Frame outer = finiteVerbBefore(i);
          if (outer != null && hasComma(w.gapBefore(i))) {
            return new Frame(outer.anchor(), outer.form(), outer.speaker(), null, outer.from(), last + 1);
          }
          if (outer != null && outer.speaker() != null && outer.speaker().to() == i) {
            return new Frame(outer.anchor(), outer.form(), outer.speaker(), frame.speaker(), outer.from(), last + 1);
          }
        }
        if (frame.speaker() == null && f.get().tense() == VerbForm.Tense.PARTICIPLE) {
          Frame outer = finiteVerbBefore(i);
          if (outer != null) return new Frame(i, f.get(), outer.speaker(), outer.via(), outer.from(), last + 1);
        }
        return frame;
      }
      if (i == 0) break;
      String gap = w.gapBefore(i);
      if (endsSentence(gap) || closesQuotation(i)) return null;
    }
    return null;
  }

  /**
   * "مؤكدا في اتصال هاتفي مع «عكاظ» أمس أن «…»": a speech participle whose own complementiser
   * stands right before the mark, with no comma between them, reaches over its adjuncts.
   */
  private boolean participleWithItsComplementiser(int p, VerbForm f, int last) {
    if (f.tense() != VerbForm.Tense.PARTICIPLE || f.kind() != VerbForm.Kind.VERB || !isReportComplementiser(p, last)) return false;
    if (w.norm(p).endsWith("ات")) return false; // "مطالبات نادي بورتو": a plural noun, no participle
    for (int k = p + 1; k <= last; k++) {
      if (hasComma(w.gapBefore(k))) return false;
      // "… الشروط التي تضمّن أنه «…»": the complementiser belongs to a verb of a relative clause
      if (k < last && (form(k).isPresent() || RELATIVES.contains(w.norm(k)))) return false;
    }
    return true;
  }

  /** "وتابع هميلة …، قائلا “…”": the finite verb (with its subject) before a participle. */
  private Frame finiteVerbBefore(int p) {
    for (int i = p - 1; i >= 0 && i > p - MAX_BACK; i--) {
      if (endsSentence(w.gapBefore(i + 1)) || closesQuotation(i + 1)) return null;
      Optional<VerbForm> f = form(i);
      // ("ووصف ظريف نص الاتفاق النووي بانه متوازن مضيفا “…”": نص without على is the noun "text")
      if (f.isPresent() && stipulates(f.get()) && !onAfter(i) && !colonOrMarkAfter(i)) continue;
      if (f.isPresent() && f.get().kind() == VerbForm.Kind.VERB && f.get().tense() != VerbForm.Tense.PARTICIPLE) {
        // "فيما اشتكى أهالي الحي …، أرجعت شركة الكهرباء … ، مبينة أن": a verb of the subordinate
        // clause opening the sentence is not the one the participle goes with
        if (w.subordinatorBefore(i) && commaBetween(i, p)) return null;
        // "وشدد على أنه لا يرى دورا للأسد …، مضيفا «…»": a verb inside a reported clause is
        // part of what was said; the participle goes on with the verb that introduced the clause
        int outer = reportingVerbOfClause(i);
        if (outer >= 0) {
          i = outer + 1;
          continue;
        }
        // "وكان مارتينو قد صرح بعد الهزيمة قائلا: «…»": a pluperfect's subject is before it
        Frame.Range sp = subjects.pluperfect(i) ? subjects.subjectBefore(i) : subjects.subjectAfter(i, p);
        if (sp == null && i > 0 && w.norm(i - 1).equals("قد")) sp = subjects.subjectBefore(i);
        return sp == null ? null : new Frame(i, f.get(), sp, null, i, p);
      }
      if (expressesAbout(i)) {
        // "وعبر عبد الكريم الطرخاني … عن ارتياحه …، مؤكدا أن": "expressed", whose subject the
        // participle goes on with (the form is left out of the lexicon: عبر is mostly "via")
        Frame.Range sp = subjects.subjectAfter(i, p);
        VerbForm form = new VerbForm("عبر", VerbForm.Kind.ACT, VerbForm.Tense.PAST, w.norm(i).endsWith("ت"));
        return sp == null ? null : new Frame(i, form, sp, null, i, p);
      }
    }
    return null;
  }

  /**
   * True when word i is the verb عبّر ("expressed"): عبر/عبرت opening a clause (after a full
   * stop, a comma, قد or وقد, كما or "من جهته"), with its عن within ten words and no punctuation
   * between. At a clause start the preposition عبر ("via") is rare.
   */
  boolean expressesAbout(int i) {
    if (!Words.matches(w.norm(i), "[وف]?(عبر|عبرت)") || i + 1 >= w.size()) return false;
    // "وعبر بمناسبة إشرافه … عن": a prepositional phrase first, the subject is elsewhere
    if (Words.matches(w.norm(i + 1), "(بال|لل|كال|بمناسب|خلال|اثناء).*") || subjects.isStop(i + 1)) return false;
    boolean opens = i == 0 || endsSentence(w.gapBefore(i)) || hasComma(w.gapBefore(i))
        || Words.matches(w.norm(i - 1), "و?فقد|و?قد|كما|جهته|جهتها|بدوره|بدورها");
    if (!opens) return false;
    for (int k = i + 2; k < w.size() && k <= i + 10; k++) {
      String gap = w.gapBefore(k);
      if (endsSentence(gap) || hasColon(gap)) return false;
      // "وقد عبر آلاف اللاجئين الحدود عن طريق البحر": crossed by way of, expressed nothing
      if (w.norm(k).equals("عن")) return k + 1 >= w.size() || !w.norm(k + 1).equals("طريق");
    }
    return false;
  }

  /**
   * When word v lies in a clause reported by an earlier speech verb of the same sentence
   * ("… أكد أنه لا يرى …"), that verb's index; else -1.
   */
  private int reportingVerbOfClause(int v) {
    for (int k = v - 1; k >= 0 && k > v - MAX_FORWARD; k--) {
      if (endsSentence(w.gapBefore(k + 1)) || closesQuotation(k + 1)) return -1;
      if (!isReportComplementiser(k)) continue;
      for (int j = k - 1; j >= 0 && j > k - 8; j--) {
        if (endsSentence(w.gapBefore(j + 1))) return -1;
        Optional<VerbForm> f = form(j);
        if (f.isPresent() && f.get().kind() == VerbForm.Kind.VERB && canAnchor(j)) return j;
      }
      return -1;
    }
    return -1;
  }

  private boolean hasOpeningMarkBefore(int i) {
    int from = w.get(i - 1).end(), to = w.get(i).start();
    for (MarkedSpan s : spans) if (s.open() >= from && s.open() < to) return true;
    return false;
  }

  /** The frame after a closing mark: "“…”، قال فلان" or "“…”، بحسب البيان". */
  Frame after(MarkedSpan s) {
    int first = w.firstAtOrAfter(s.close() + 1);
    if (first >= w.size()) return null;
    String gap = w.text().substring(s.close() + 1, w.get(first).start());
    if (endsSentence(gap)) return null;
    Frame summed = thisIsWhatHeSaid(first);
    if (summed != null) return summed;
    // "“عثرت الشرطة معه على 27 علبة صابون …”، على ما أوضحت الشرطة في بيان": "according to what
    // … said" puts two words before the verb
    int start = first;
    if (first + 2 < w.size() && w.norm(first).equals("علي") && w.norm(first + 1).equals("ما") && w.gapBefore(first + 1).isBlank()
        && w.gapBefore(first + 2).isBlank()) {
      start = first + 2;
    }
    for (int i = start; i < w.size() && i < start + 2; i++) {
      if (i > start && (endsSentence(w.gapBefore(i)) || hasComma(w.gapBefore(i)))) return null;
      Optional<VerbForm> f = form(i);
      // "«فالي دو لوبو»، وبين منتجع …": بين after a name is "between"; "يزيد قيمة …" is "increases"
      boolean usable = f.isPresent() && (f.get().kind() == VerbForm.Kind.ACCORDING
          || (f.get().kind() == VerbForm.Kind.VERB && canAnchor(i) && !f.get().lemma().equals("بين")));
      if (usable) {
        Frame.Range sp = subjects.subjectAfter(i, w.size());
        if (sp == null && f.get().kind() == VerbForm.Kind.ACCORDING) continue; // "حسبما أضاف ياسين"
        // "«سابقة مفيدة جدا» كما قالت في مؤتمر صحافي": "as she said", the speaker of the sentence before
        // (right after the marks; not "«إمبراير فينوم 300»، كما أشار إلى أنها", a new report)
        if (sp == null && i == first + 1 && gap.isBlank() && Words.matches(w.norm(first), "كما|مثلما") && f.get().kind() == VerbForm.Kind.VERB
            && f.get().tense() == VerbForm.Tense.PAST && !reportFollows(i)) {
          return new Frame(i, f.get(), null, null, i, i + 1);
        }
        if (sp == null) return null; // "“…” قال" with no subject is rare; don't guess
        // "«إيه بي سي» قالت الوالدة «…»": the verb introduces the next quotation, not this one
        if (sp.to() < w.size() && hasOpeningMarkBefore(sp.to())) return null;
        // "“… لنا.” وأضاف “كانت مباراة …”": a mark opening right after the verb, the same
        for (int k = i + 1; k < sp.to(); k++) if (hasOpeningMarkBefore(k)) return null;
        if (sp.to() - sp.from() == 1 && SELF_REFERENCE.contains(w.norm(sp.from()))) sp = null; // "حسب تعبيره"
        return new Frame(i, f.get(), sp, null, i, sp == null ? i + 2 : sp.to());
      }
    }
    return null;
  }

  /**
   * True when a colon, a comma, an opening mark or a complementiser follows verb i ("كما أكد أن …",
   * "كما أضاف، "نأمل …"" report something new).
   */
  private boolean reportFollows(int i) {
    return i + 1 < w.size() && (hasColon(w.gapBefore(i + 1)) || hasComma(w.gapBefore(i + 1)) || hasOpeningMarkBefore(i + 1)
        || isComplementiser(w.norm(i + 1))
        || (w.gapBefore(i + 1).isBlank() && Words.matches(w.norm(i + 1), "الي|عن|علي|به|بان|بانه|بانها|فيه|فيها")));
  }

  /**
   * "«النادي يعلم رغبتي، أريد الرحيل»، هذا ما قاله موتا": a demonstrative and ما, then a past
   * speech verb with its object pronoun (قاله، أكده، كتبه) and its subject, right after the marks.
   */
  private Frame thisIsWhatHeSaid(int first) {
    if (first + 3 >= w.size() || !Words.matches(w.norm(first), "و?(هذا|ذلك|هذه)") || !w.norm(first + 1).equals("ما")) return null;
    String verb = w.norm(first + 2);
    if (!verb.endsWith("ه") || verb.length() < 4) return null;
    Optional<VerbForm> f = lexicon.lookupNormalized(verb.substring(0, verb.length() - 1));
    if (f.isEmpty() || f.get().kind() != VerbForm.Kind.VERB || f.get().tense() != VerbForm.Tense.PAST) return null;
    Frame.Range sp = subjects.subjectAfter(first + 2, w.size());
    if (sp == null) return null;
    return new Frame(first + 2, f.get(), sp, null, first + 2, sp.to());
  }

  /**
   * The frame anchored at reporting word i whose reported material starts at word {@code limit}
   * (or at a mark just before it).
   */
  Frame frameAt(int i, VerbForm f, int limit) {
    if (f.kind() == VerbForm.Kind.MASDAR) return masdarFrame(i, limit);
    if (f.kind() == VerbForm.Kind.RELAY) return relayFrame(i, limit);
    Frame.Range sp = subjects.pluperfect(i) ? null : subjects.subjectAfterComplementiser(i);
    if (sp != null) return new Frame(i, f, sp, null, sp.from(), limit);
    sp = subjects.deliverer(i); // "ألقى X كلمة أوضح فيها أن"
    if (sp != null) return new Frame(i, f, sp, null, sp.from(), limit);
    sp = subjects.pluperfect(i) ? null : subjects.subjectAfter(i, limit);
    int from = i;
    if (sp == null && i > 0 && RELATIVES.contains(w.norm(i - 1)) && !relativeAgrees(i)) {
      // "نصر الدين بن ذياب، الذى قالت " إنه …"": the antecedent is the object, the speaker is
      // the one speaking before (by inheritance)
      return new Frame(i, f, null, null, i, limit);
    }
    if (sp == null && i > 0 && RELATIVES.contains(w.norm(i - 1))) {
      sp = subjects.antecedent(i - 1); // "…، الذي قال: «…»": the speaker is the antecedent
      if (sp != null) return new Frame(i, f, sp, null, sp.from(), limit);
    }
    if (sp != null && sp.to() - sp.from() == 1 && SELF_REFERENCE.contains(w.norm(sp.from()))) sp = null;
    if (sp == null && f.tense() != VerbForm.Tense.PARTICIPLE) {
      sp = subjects.subjectBefore(i);
      if (sp != null) from = sp.from();
    }
    return new Frame(i, f, sp, null, from, limit);
  }

  /** "… عن Y قوله": the speaker is between عن and the verbal noun; a relay verb before gives via. */
  private Frame masdarFrame(int m, int limit) {
    int an = -1;
    for (int k = m - 1; k >= 0 && k >= m - MAX_SPEAKER - 1; k--) {
      if (w.norm(k).equals("عن") || (w.norm(k).equals("الي") && attributedBefore(k))) { an = k; break; }
      if (endsSentence(w.gapBefore(k + 1)) || closesQuotation(k + 1)) break;
    }
    // "اكتفى منذر بالحاج علي بالتعليق عن عودته الى الحزب بقوله "…"": before "by saying" عن is
    // the topic, not the person relayed, unless a relay verb stands before it ("نقل عن Y بقوله")
    if (an >= 0 && w.norm(m).startsWith("ب") && !relayBefore(an)) an = -1;
    if (an < 0) {
      // "ونقل التلفزيون عنه قوله إن …": the pronoun is the person speaking before, the
      // outlet only relays (its words are the via, the speaker is inherited)
      int pronoun = relayedPronounBefore(m);
      if (pronoun >= 0) return relayedFromPronoun(m, pronoun, limit);
      // "حيث علق بنهور ابالوس رئيس حي … على هذا الإنجاز بقوله "…"": "by saying" goes with the
      // subject of the sentence's verb
      Frame outer = w.norm(m).startsWith("ب") ? finiteVerbBefore(m) : null;
      if (outer != null && outer.speaker() != null) return new Frame(m, form(m).orElseThrow(), outer.speaker(), outer.via(), outer.from(), limit);
      // "ومن جانبه اكتفى منذر بالحاج علي بالتعليق … بقوله "…"": or the subject of the verb
      // opening the sentence, when that verb is no speech verb (a speech verb frames its own words)
      Frame.Range opening = w.norm(m).startsWith("ب") ? openingSubject(m) : null;
      if (opening != null) return new Frame(m, form(m).orElseThrow(), opening, null, m, limit);
      return new Frame(m, form(m).orElseThrow(), null, null, m, limit);
    }
    Frame.Range speaker = an + 1 < m ? new Frame.Range(an + 1, m) : null;
    Frame.Range via = null;
    int from = an;
    for (int k = an - 1; k >= 0 && k >= an - 8; k--) {
      if (isKind(k, VerbForm.Kind.RELAY)) {
        via = k + 1 < an ? trimVia(k + 1, an) : null;
        from = k;
        break;
      }
      if (endsSentence(w.gapBefore(k + 1)) || closesQuotation(k + 1)) break;
    }
    return new Frame(m, form(m).orElseThrow(), speaker, via, from, limit);
  }

  /**
   * The subject of the verb opening the sentence of word p (after "ومن جانبه"/"من جهته"), when
   * that verb is no speech verb; null otherwise.
   */
  private Frame.Range openingSubject(int p) {
    int s0 = p - 1;
    while (s0 > 0 && p - s0 < MAX_BACK && !endsSentence(w.gapBefore(s0))) s0--;
    if (s0 < 0 || (s0 > 0 && !endsSentence(w.gapBefore(s0)))) return null;
    int v = s0;
    if (v + 2 < p && ON_HIS_PART_MIN.contains(w.norm(v)) && ON_HIS_PART.matcher(w.norm(v + 1)).matches()) v += 2;
    if (v + 1 >= p || form(v).isPresent() || !SentenceSubjects.looksLikeVerb(w.norm(v))) return null;
    Frame.Range sp = subjects.subjectAfter(v, p);
    return sp == null || sp.isEmpty() ? null : sp;
  }

  private boolean commaBetween(int from, int to) {
    for (int k = from + 1; k <= to && k < w.size(); k++) if (hasComma(w.gapBefore(k))) return true;
    return false;
  }

  /** True when a relay verb ("نقل") stands within eight words before word k, in its sentence. */
  private boolean relayBefore(int k) {
    for (int j = k - 1; j >= 0 && j >= k - 8; j--) {
      if (isKind(j, VerbForm.Kind.RELAY)) return true;
      if (endsSentence(w.gapBefore(j + 1)) || closesQuotation(j + 1)) return false;
    }
    return false;
  }

  /** "عنه", "عنها", "عنهم": the relay preposition with the pronoun of the person relayed. */
  private static final Set<String> FROM_PRONOUN = Set.of("عنه", "عنها", "عنهم", "عنهما");

  /** Index of "عنه" right before word m (at most one word between) with a relay verb before it; else -1. */
  private int relayedPronounBefore(int m) {
    for (int k = m - 1; k >= 0 && k >= m - 2; k--) {
      if (endsSentence(w.gapBefore(k + 1)) || closesQuotation(k + 1)) return -1;
      if (FROM_PRONOUN.contains(w.norm(k))) {
        for (int j = k - 1; j >= 0 && j >= k - 8; j--) {
          if (isKind(j, VerbForm.Kind.RELAY)) return k;
          if (endsSentence(w.gapBefore(j + 1)) || closesQuotation(j + 1)) return -1;
        }
        return -1;
      }
    }
    return -1;
  }

  /** The frame of "نقل X عنه قوله/أن": no speaker (inherited), X as via. */
  private Frame relayedFromPronoun(int anchor, int pronoun, int limit) {
    int r = pronoun - 1;
    while (r >= 0 && !isKind(r, VerbForm.Kind.RELAY)) r--;
    Frame.Range via = r + 1 < pronoun ? trimVia(r + 1, pronoun) : null;
    return new Frame(anchor, form(anchor).orElseThrow(), null, via, r, limit);
  }

  /** "ونسبت وكالة الإعلام الروسية إلى X قوله": a verb of attributing within a few words before إلى at k. */
  private boolean attributedBefore(int k) {
    for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
      if (endsSentence(w.gapBefore(j + 1))) return false;
      if (Words.matches(w.norm(j), "[وف]?(نسب|نسبت|نسبوا|ينسب|تنسب)")) return true;
    }
    return false;
  }

  /** True when relay verb r has its "عن" within a few words (else نقل means "moved"). */
  boolean isRelay(int r) {
    for (int k = r + 1; k < w.size() && k <= r + 8; k++) {
      if (endsSentence(w.gapBefore(k))) return false;
      if (w.norm(k).equals("عن") || FROM_PRONOUN.contains(w.norm(k))) return true;
    }
    return false;
  }

  /** "نقلت X عن Y أن …" without a verbal noun. */
  private Frame relayFrame(int r, int limit) {
    int an = -1;
    for (int k = r + 1; k < limit && k <= r + 8; k++) {
      if (w.norm(k).equals("عن")) { an = k; break; }
      // "نقلت الوكالة عنه أن …": the person speaking before
      if (FROM_PRONOUN.contains(w.norm(k))) return relayedFromPronoun(r, k, limit);
    }
    if (an < 0) {
      Frame.Range sp = subjects.subjectAfter(r, limit); // "نقلت مصادر أن …": the sources are the speaker
      return new Frame(r, form(r).orElseThrow(), sp, null, r, limit);
    }
    Frame.Range via = r + 1 < an ? trimVia(r + 1, an) : null;
    int end = an + 1;
    while (end < limit && end < an + 1 + MAX_SPEAKER) {
      String n = w.norm(end);
      if (isComplementiser(n) || endsSentence(w.gapBefore(end)) || hasComma(w.gapBefore(end))) break;
      if (subjects.isStop(end) && !n.equals("في") && !n.equals("من")) break;
      if (isKind(end, VerbForm.Kind.MASDAR)) break;
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

  /** The subject of a reporting verb that introduces no quotation, for later continuations. */
  Frame.Range subjectOf(int v) {
    return subjects.subjectOf(v);
  }

  /** "وعبر X عن ارتياحه": X for later continuations ("مؤكدا أن"), or null when not that verb. */
  Frame expressionFrame(int i) {
    if (!expressesAbout(i)) return null;
    Frame.Range sp = subjects.subjectAfter(i, w.size());
    if (sp == null) return null;
    VerbForm form = new VerbForm("عبر", VerbForm.Kind.ACT, VerbForm.Tense.PAST, w.norm(i).endsWith("ت"));
    return new Frame(i, form, sp, null, i, sp.to());
  }

  /**
   * True when word i has a past verb's shape right after a preposition, where it is a noun:
   * "وبحسب نص القرار" (نصّ "text"), "حول تطرق هذا الاجتماع" (the verbal noun). Only with nothing
   * between them: "… فحسب. وقال" is "only." then a verb, not "ف+حسب قال"; the name علي
   * normalises like the preposition على.
   */
  boolean nounAfterPreposition(int i) {
    Optional<VerbForm> f = form(i);
    return f.isPresent() && f.get().tense() == VerbForm.Tense.PAST && i > 0
        && AFTER_PREPOSITION.contains(Words.stripConjunction(w.norm(i - 1))) && w.gapBefore(i).isBlank()
        && !lexicon.excludes(w.norm(i - 1)) && !w.get(i - 1).text().equals("علي");
  }

  /**
   * True when word i can anchor a frame: "جاء" only as "جاء في …", a relay verb only with its
   * "عن" or when a reported clause follows.
   */
  boolean canAnchor(int i) {
    Optional<VerbForm> f = form(i);
    if (f.isEmpty() || f.get().kind() == VerbForm.Kind.IGNORE || f.get().kind() == VerbForm.Kind.ACT) return false;
    if (f.get().lemma().equals("جاء")) return i + 1 < w.size() && w.norm(i + 1).equals("في");
    // "طلب عدم ذكر اسم عائلته "…"": after عدم / دون a verb's shape is its masdar, nobody speaks
    if (i > 0 && w.gapBefore(i).isBlank() && Words.matches(Words.stripConjunction(w.norm(i - 1)), "عدم|دون|بدون")) return false;
    // "ووصفتها بأنها …" reports; "وصفها بـ"الإرهابية"" only describes
    if (f.get().lemma().equals("وصفتها")) return complementiserRightAfter(i) || describedAfterSubject(i);
    if (nounAfterPreposition(i)) return false;
    if (colonOnlyWithoutColon(i)) return false;
    if (between(i)) return false;
    if (givenNameAfterTitle(i, f.get())) return false;
    // "في برنامج “والله أعلم“": a word of a short quoted name is no verb (أعلم "informed")
    if (inQuotedName(i)) return false;
    // "هناك من يقول: إن المقالة الأسبوعية تُريح القارئ …": "there are those who say" names nobody
    if (i >= 2 && w.norm(i - 1).equals("من") && Words.matches(w.norm(i - 2), "و?(هناك|ثمه|هنالك)")) return false;
    if (stipulates(f.get())) {
      // "ووصف ظريف نص الاتفاق النووي بانه متوازن": نصّ "stipulated" takes على ("وينص الفصل 31
      // على أنه …"); without it the word is the noun "text", which only introduces the text
      // itself after a colon or a mark ("وفيما يلى نص البيان: «…»")
      if (!onAfter(i) && !colonOrMarkAfter(i)) return false;
      // "… مخالفة لبنود اتفاقية الاستقدام التي نصت على أن …": what a document stipulates, in a
      // relative clause, is part of the clause around it, not a report of its own
      if (i > 0 && RELATIVES.contains(w.norm(i - 1))) return false;
    }
    // "لوحات كتب عليها «…»", "دفترا كتب فيه أحدهم "…"": an inscription, not somebody's words
    if (lexicon.colonOnly(w.norm(i)) && i + 1 < w.size() && Words.matches(w.norm(i + 1), "عليها|عليه|فيه|فيها")) return false;
    // "أحمد عبد الحميد، الذي يقول: «…»": a speech verb in a relative clause introduces a
    // quotation only with a colon or a mark (else "المرصد الذي يتابع …" is part of a subject),
    // or, in the past, with its complementiser right after it ("بحسب مريم الفقيه التي أشارت
    // إلى أن …"; the present "الذي يتوقع أن" is an expectation, not a report)
    return i == 0 || !RELATIVES.contains(w.norm(i - 1)) || colonOrMarkAfter(i)
        || (f.get().tense() == VerbForm.Tense.PAST && f.get().kind() == VerbForm.Kind.VERB
            && (complementiserRightAfter(i) || complementiserAfterAdjunct(i)) && relativeAgrees(i));
  }

  /** True when word i has a verb's shape but is a given name after a title ("العميد روي الكبيتس، أن"). */
  boolean givenNameAfterTitle(int i) {
    return form(i).map(f -> givenNameAfterTitle(i, f)).orElse(false);
  }

  /**
   * "العميد روي الكبيتس، أن": right after a rank or a definite role noun, a past form written
   * without a conjunction and followed at once by another word of the name (no complementiser,
   * preposition or stop word) is a given name (Roy), not روى "narrated". ("وكان الشيخ قال إن"
   * keeps its verb: the complementiser follows.)
   */
  private boolean givenNameAfterTitle(int i, VerbForm f) {
    if (f.tense() != VerbForm.Tense.PAST || i == 0 || i + 1 >= w.size()) return false;
    if (!w.gapBefore(i).isBlank() || !w.gapBefore(i + 1).isBlank()) return false;
    if (Words.stripConjunction(w.norm(i)).length() < w.norm(i).length() && form(i).isPresent()
        && lexicon.lookupNormalized(Words.stripConjunction(w.norm(i))).isPresent()) {
      return false; // "الوزير وقال": a conjunction opens a clause of its own
    }
    String before = w.norm(i - 1);
    boolean title = WordSet.HONORIFICS.containsStem(before) || (Words.isDefinite(before) && SpeakerNames.isRole(before));
    String next = w.norm(i + 1);
    // ("لتعويض اللاعب قال رئيس الوطني: "…"": a role after the verb is its subject, so the verb is one)
    if (!title || isComplementiser(next) || WordSet.SPEAKER_STOPS.contains(next) || form(i + 1).isPresent()
        || SpeakerNames.isRole(next) || WordSet.HONORIFICS.containsStem(next) || WordSet.INSTITUTION_NOUNS.containsStem(next)) {
      return false;
    }
    // "وكانت الرئاسة قالت أول من أمس إنه", "وكان اللواء أكد لعكاظ أن": a time word or an addressee
    // with لـ/بـ after the verb is the pluperfect report's adjunct, not a family name
    if (SubjectFinder.isTimeWord(next) || Words.matches(next, "[لب].+")) return false;
    // the name is closed the way a name before its report is: "روي الكبيتس، أن" (a comma or the
    // complementiser right after the second word; "قال الشهر الماضي إن" has neither)
    return i + 2 < w.size() && (hasComma(w.gapBefore(i + 2)) || isComplementiser(w.norm(i + 2)));
  }

  /**
   * "وبين الماضي والمستقبل ننسى أن نعيش": وبين before a definite noun and a second one joined by
   * و within three words, with no punctuation or complementiser between, is "and between X and
   * Y", not "he explained" ("وبين المتحدث أن …" has no such pair).
   */
  private boolean between(int i) {
    if (!w.norm(i).equals("وبين") || i + 2 >= w.size() || !Words.isDefinite(w.norm(i + 1))) return false;
    for (int k = i + 2; k < w.size() && k <= i + 4; k++) {
      String gap = w.gapBefore(k);
      if (endsSentence(gap) || hasComma(gap) || hasColon(gap) || isComplementiser(w.norm(k))) return false;
      if (w.norm(k).startsWith("وال")) return true;
    }
    return false;
  }

  /** True for نصّ/تنص "stipulate": what a text, law or agreement says, not a speech act. */
  static boolean stipulates(VerbForm f) {
    return f.lemma().equals("نص");
  }

  /** True when على (or عليه/عليها) follows word i within four words, with no punctuation between. */
  private boolean onAfter(int i) {
    for (int k = i + 1; k < w.size() && k <= i + 4; k++) {
      String gap = w.gapBefore(k);
      if (endsSentence(gap) || hasComma(gap) || hasColon(gap)) return false;
      if (Words.matches(w.get(k).text(), "على|عليه|عليها")) return true;
    }
    return false;
  }

  /**
   * True when the verb after a relative pronoun agrees with it in gender, so that the antecedent
   * is the verb's subject ("الحكومة … لكبح التكاليف … الذي قالت إنه": the costs, which she
   * said …, are the object, not the speaker).
   */
  boolean relativeAgrees(int v) {
    String r = w.norm(v - 1);
    boolean fem = form(v).map(VerbForm::feminine).orElse(false);
    if (r.equals("الذي")) return !fem;
    if (r.equals("التي")) return fem;
    return true;
  }

  /** "أشارت إلى أن", "قال إن": the verb's complementiser within two words. */
  /**
   * "ووصفتها الولايات المتحدة في 2005 بأنها "…"": the بأن of the description after the subject
   * (within six words, no comma, mark or other verb between).
   */
  private boolean describedAfterSubject(int i) {
    for (int k = i + 1; k <= i + 6 && k < w.size(); k++) {
      String gap = w.gapBefore(k);
      if (endsSentence(gap) || hasComma(gap) || hasColon(gap) || insideMarks(w.get(k).start())) return false;
      if (w.norm(k).startsWith("بان") && isReportComplementiser(k)) return true;
      if (form(k).isPresent()) return false;
    }
    return false;
  }

  /**
   * "حمادي الأديب الذي أكد في مداخلة له في بوليتيكا أن …": the complementiser after a short
   * adjunct of occasion (في، خلال، لدى، أثناء; at most six words, no comma, verb or mark between).
   */
  private boolean complementiserAfterAdjunct(int i) {
    if (i + 1 >= w.size() || !OCCASION_PREPOSITIONS.contains(w.norm(i + 1))) return false;
    for (int k = i + 2; k <= i + 7 && k < w.size(); k++) {
      String gap = w.gapBefore(k);
      if (endsSentence(gap) || hasComma(gap) || hasColon(gap) || form(k).isPresent()) return false;
      for (int c = 0; c < gap.length(); c++) if (QuotationMarks.isMark(gap.charAt(c))) return false;
      if (isReportComplementiser(k)) return true;
    }
    return false;
  }

  private boolean complementiserRightAfter(int i) {
    for (int k = i + 1; k <= i + 2 && k < w.size(); k++) {
      if (isReportComplementiser(k)) return true;
      if (!BEFORE_COMPLEMENTISER.contains(w.norm(k))) return false;
    }
    return false;
  }

  /** "فيما زاد عدد …": a verb of the colon kind (زاد، رد …) with no colon or mark after it is no speech verb. */
  boolean colonOnlyWithoutColon(int i) {
    return lexicon.colonOnly(w.norm(i)) && !colonOrMarkAfter(i) && !closesTalkWithReport(i);
  }

  /** Words from a verb of closing to its talk noun ("مدير إدارة الترجمة، وليد بن سليمان الصقعبي، تصريحه"). */
  private static final int TALK_WINDOW = 12;

  /**
   * "واختتم مدير إدارة الترجمة، وليد بن سليمان الصقعبي، تصريحه بأن ذلك يأتي …", "وختمت حديثها
   * بأن …": a verb of closing (closing-verbs.txt), its subject or none, then the speaker's own talk
   * (talk-nouns.txt: تصريحه، كلمته …) and بأن right after it: the last report of the speech, with
   * no colon (session 25, set 25 sabq SxDgde).
   */
  private boolean closesTalkWithReport(int i) {
    if (!form(i).map(f -> WordSet.CLOSING_VERBS.contains(ArabicNormalizer.match(f.lemma()))).orElse(false)) return false;
    // (the subject may hold a name in commas: "مدير إدارة الترجمة، وليد بن سليمان الصقعبي، تصريحه")
    for (int k = i + 1; k + 1 < w.size() && k <= i + TALK_WINDOW; k++) {
      if (endsSentence(w.gapBefore(k)) || hasColon(w.gapBefore(k))) return false;
      if (WordSet.TALK_NOUNS.contains(w.norm(k))) {
        return w.gapBefore(k + 1).isBlank() && isBiAnna(w.norm(k + 1));
      }
      if (form(k).isPresent()) return false;
    }
    return false;
  }

  /**
   * "وزاد: …", "وزاد بلان: “…”": a colon or an opening mark within the next few words, or right
   * after the verb's subject and the medium ("وكتبت مقدمة البرامج … أوبرا وينفري في تغريدة «…»",
   * "كتبت مغنية الراب … ميسي ايليوت عبر «تويتر»، «…»").
   */
  private boolean colonOrMarkAfter(int i) {
    if (colonOrMarkWithin(i + 1, i + 4)) return true;
    if (!lexicon.colonOnly(w.norm(i))) return false;
    Frame.Range sp = subjects.subjectAfter(i, w.size());
    // "واختتم المدرب الهلالي حديثه بقوله: …": the subject, the talk and "by saying" before the colon
    if (sp != null && sp.to() < w.size() && !endsSentence(w.gapBefore(sp.to()))) {
      int k = sp.to();
      if (Words.matches(w.get(k).text(), "حديثه|حديثها|كلامه|كلامها") && k + 1 < w.size()) k++;
      if (Words.matches(w.norm(k), "بقوله|بقولها") && !endsSentence(w.gapBefore(k)) && colonOrMarkWithin(k + 1, k + 1)) return true;
    }
    // (a short subject too: "وكتب بدر الشمري في حسابه "…"")
    if (sp == null || sp.to() >= w.size() || sp.to() - i <= 1 || !Words.matches(w.norm(sp.to()), "في|عبر|علي")) return false;
    if (endsSentence(w.gapBefore(sp.to()))) return false;
    return colonOrMarkWithin(sp.to() + 1, sp.to() + 2);
  }

  private boolean colonOrMarkWithin(int from, int to) {
    for (int k = from; k <= to && k < w.size(); k++) {
      String gap = w.gapBefore(k);
      // "وكتبت … الأولى بعنوان: "وميض"": a title follows, not speech
      if (hasColon(gap) && Words.matches(w.norm(k - 1), "و?ب?عنوان|عنوانه|عنوانها")) return false;
      if (hasColon(gap) || hasOpeningMarkBefore(k)) return true;
      if (endsSentence(gap) || (k > from && hasComma(gap))) return false;
    }
    return false;
  }
}
