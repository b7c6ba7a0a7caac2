package org.marsad.nlp.quote;

import org.marsad.text.ArabicNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.nlp.ArticleEnricher;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Quote;

/**
 * The quotation step of the pipeline: finds who said what in {@link Article#text()}.
 *
 * <p>Direct quotations are the words between quotation marks that have a reporting frame: a
 * reporting verb before them in the same sentence ("وقال لافروف: “…”", "موضحاً أن “…”",
 * "عن الخارجية الروسية قولها في بيان “…”"), or right after them ("“…”، قال …", "“…”، بحسب …").
 * Quoted names and terms are not quotations: fewer than {@value #MIN_DIRECT_WORDS} words, a
 * noun such as تنظيم/مصطلح/كتاب before the mark, or marks inside a reported clause.
 *
 * <p>Indirect quotations are the clause after a reporting verb and أن/إن (or a colon), up to the
 * end of the sentence or up to a following reporting participle ("، مشيراً إلى أن …").
 *
 * <p>Speakers come from the frame, see {@link SpeakerResolver}. Works without entities (surface
 * forms only) and uses them, when the article has them, for canonical ids.
 */
public final class QuoteExtractor implements ArticleEnricher {
  /** Fewest words a quotation in marks needs; shorter ones are names and terms. */
  public static final int MIN_DIRECT_WORDS = 3;
  /** A span in marks this long is treated as somebody's words even without a frame. */
  static final int MASK_WORDS = 8;
  /** Words and two-word openers that open a new clause after a comma, ending a reported clause. */
  private static final java.util.Set<String> NEW_CLAUSE = java.util.Set.of("رغم", "برغم", "بينما", "فيما", "لكن", "ولكن", "الا", "غير",
      "في حين",
      // with و after the comma ("…، وفيما أكد أن التمديد جاء …": session 23)
      "وفيما", "وبينما", "وفي حين");
  /**
   * How close (in words) a verb with its own source must follow a contrast opener ("، الا ان
   * مصدرا امنيا اعلن"): the opener's subject and complementiser take a few words, and beyond
   * that the verb belongs to a clause of its own.
   */
  private static final int CONTRAST_SOURCE_WINDOW = 8;
  /**
   * How close the complementiser must follow a participle with no comma before it and "ما" after
   * it for the participle to open a new report ("واصفا ما حصل بأنه": the complementiser is its
   * fourth word; else three).
   */
  private static final int PARTICIPLE_REPORT_WINDOW = 4;
  /**
   * How close a new report or the speaker going on must follow a contrast opener for the
   * report to end at the opener rather than at the verb: long enough for a subject with its
   * role ("، في حين كان مصدر عسكري في المنطقة اشار الى"), short enough not to reach back into
   * the report itself.
   */
  private static final int CONTRAST_REPORT_WINDOW = 12;
  /** "وأن", "وبأن": a complementiser coordinated with the verb's first object. */
  private static final java.util.Set<String> COORDINATED_COMPLEMENTISERS = java.util.Set.of(
      "وان", "وانه", "وانها", "وانهم", "وبان", "وبانه", "وبانها");
  /** Longest reported clause, in words. */
  static final int MAX_CLAUSE_WORDS = 150;
  /** Words a past speech verb after a comma may have before its complementiser and still open a new report. */
  private static final int LONG_SUBJECT_WINDOW = 16;
  /** Words from a و-verb without a comma, its subject named before, to its reported clause. */
  private static final int NAMED_SUBJECT_WINDOW = 10;

  private final ReportingVerbLexicon lexicon;

  public QuoteExtractor() {
    this(ReportingVerbLexicon.standard());
  }

  public QuoteExtractor(ReportingVerbLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Article enrich(Article article) {
    if (article.text() == null) return article.withQuotes(List.of());
    return article.withQuotes(extract(article.text(), article.entities()));
  }

  /** The quotations of a text, in text order; entities may be null or empty. */
  public List<Quote> extract(String text, List<Entity> entities) {
    text = QuotationMarks.bracesOpeningGuillemets(text);
    Words w = Words.of(text);
    List<MarkedSpan> spans = QuotationMarks.find(text);
    FrameFinder finder = new FrameFinder(w, lexicon, spans);

    List<Found> found = new ArrayList<>();
    List<MarkedSpan> direct = new ArrayList<>();
    List<MarkedSpan> masked = new ArrayList<>();
    for (MarkedSpan s : spans) {
      if (insideAny(direct, s.open())) continue;
      int words = w.firstAtOrAfter(s.close()) - w.firstAtOrAfter(s.open());
      if (words >= MASK_WORDS) masked.add(s);
      boolean wholeReport = words < MIN_DIRECT_WORDS && wholeShortReport(w, finder, s);
      boolean question = askedQuestion(w, spans, s, words);
      if ((words < MIN_DIRECT_WORDS && !wholeReport) || followsTermNoun(w, s) || mispaired(text, s) || (inNameList(w, spans, s) && !question)
          || issuerName(w, finder, s, words)) {
        continue;
      }
      int lastBefore = w.lastEndingBy(s.open());
      // "… حول مواضيع أساسية وهي «سابقة مفيدة جدا» كما قالت في مؤتمر صحافي": "as she said" right
      // after the marks is their frame, whatever verb stands further before (the speaker is inherited)
      Frame asSaid = finder.after(s);
      if (asSaid != null && (asSaid.speaker() != null || asSaid.form().kind() != VerbForm.Kind.VERB)) asSaid = null;
      // "4 أنواع وهي «…»" (but "وهي «سابقة مفيدة جدا» كما قالت")
      if (lastBefore >= 0 && COPULAS.contains(w.norm(lastBefore)) && !endsName(w, lastBefore) && asSaid == null) continue;
      Frame f = asSaid != null ? asSaid : finder.before(s);
      // "بحسب “دي. بي. دي”", "بحسب ما نقلته "بي بي سي"", "وبحسب موفد "الجوهرة اف أم"", "وحسب موقع
      // هيئة الإذاعة البريطانية "بي بي سي"": a short quoted name closing an attribution's source
      // phrase is the source, not its words
      if (f != null && f.form() != null && f.form().kind() == VerbForm.Kind.ACCORDING && words <= 4
          && (lastBefore - f.anchor() <= 3 || (lastBefore - f.anchor() <= MAX_SOURCE_WORDS && plainPhrase(w, finder, f.anchor() + 1, lastBefore)))) {
        continue;
      }
      // "وقالت "هيومان رايتس ووتش": إن 4300 شخص …": a short quoted name right after the verb, then a
      // colon or the complementiser, is the verb's subject
      if (f != null && f.form() != null && f.form().kind() == VerbForm.Kind.VERB && words <= 4 && lastBefore == f.anchor()
          && subjectInMarks(w, s)) {
        continue;
      }
      // "وأوضح لموفد "الجوهرة أف أم"": the outlet spoken to, named in marks
      if (words <= 4 && lastBefore >= 0 && SubjectFinder.isOutletAddressee(w.norm(lastBefore))) continue;
      // "أكد المتحدث الرسمي بالمديرية العامة للمياه بمنطقة الرياض المكلف؛ "محمد عبدالعزيز
      // الحميدي"؛ تصحيح …": a short quotation right after the verb's subject, a role without a
      // name, is that role's name in apposition (the verb's object follows the marks)
      if (f != null && words <= 4 && roleNamedInMarks(w, finder, f, s)) continue;
      // "أكد عضو مجلس إدارة “نقابة المهن التمثيلية”، الفنان سامح الصريطي، وفاة …": a short quotation
      // right after the subject's role words, the last of them a noun in construct without the
      // article, is the body that noun governs, then the holder's name in apposition
      if (f != null && words <= 4 && bodyOfRoleInMarks(w, finder, f, s)) continue;
      // "بيانا أكد فيه مقتل "أبو سفيان الصوفي" أمير كتيبة …": a kunya in marks is a name
      if (words <= 4 && WordSet.KUNYA_HEADS.contains(w.norm(w.firstAtOrAfter(s.open())))) continue;
      if (f != null && insideReportedClause(w, finder, f, s)) continue;
      // (the words after the marks are their frame "كما قالت", not the clause going on)
      if (f != null && (nameInsideFrame(w, finder, s) || (!wholeReport && f != asSaid && partialAfterComplementiser(w, finder, s, words)))) continue;
      Frame post = finder.after(s);
      if (f == null || (post != null && post.speaker() != null && w.lastEndingBy(s.open()) - f.anchor() > 8
          && !coordinatedVerbAfter(w, s, post))) {
        f = post; // "… «…»، حسبما أضاف ياسين": the adjacent attribution wins over a distant verb
      }
      if (f == null) f = knownSpeakerBeforeColon(w, finder, s, words);
      if (f == null) f = actParticipleBefore(w, finder, s, words);
      if (f == null) f = QuotedObjectFrame.before(w, finder, s, words);
      if (f == null) f = sentenceVerbBeforeColon(w, finder, s, words);
      if (f == null) f = continuedParagraph(text, direct, found, s);
      if (f == null) f = paragraphAfterQuotation(w, text, direct, found, s);
      if (f == null && question) f = UNNAMED_ASKER;
      if (f == null) continue;
      direct.add(s);
      masked.add(s);
      int from = s.innerStart(), to = s.innerEnd();
      while (from < to && Character.isWhitespace(text.charAt(from))) from++; // « إن … » → إن …
      // "..مع مرور الوقت …": the dots of words cut at the start are not the speaker's
      int dots = QuotationMarks.afterEllipsis(text, from, to);
      if (dots > from && dots < to && Character.isLetter(text.charAt(dots))) from = dots;
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
      to = beforeMixedCloseAtParagraphEnd(text, s, from, to);
      to = withoutInnerAttribution(text, from, to);
      found.add(new Found(from, to, true, f));
    }
    java.util.Set<Integer> directAnchors = new java.util.HashSet<>();
    for (Found q : found) directAnchors.add(q.frame().anchor());
    found.addAll(indirect(w, finder, direct, masked, directAnchors));
    // "وقال الأسودي في تصريحات لـ«عكاظ»: نعد برنامجا … المستمرة»، مشيرا": reported words after a
    // colon that end at a closing guillemet or curly mark the text never opened are a direct
    // quotation whose opening mark was lost
    for (int i = 0; i < found.size(); i++) {
      Found q = found.get(i);
      if (!q.direct() && lostOpeningMark(w, text, q)) found.set(i, new Found(q.start(), q.end(), true, q.frame()));
    }
    found.sort(Comparator.comparingInt(Found::start));

    // Speakers are resolved in text order; reporting verbs that introduce no quotation still
    // name someone a later "وأضاف" may refer to ("حذرت المقررة هلال إيلفر من … وقالت: “…”").
    List<Event> events = new ArrayList<>();
    java.util.Set<Integer> anchors = new java.util.HashSet<>();
    for (Found q : found) {
      events.add(new Event(q.start(), q, q.frame()));
      anchors.add(q.frame().anchor());
    }
    for (int i = 0; i < w.size(); i++) {
      if (anchors.contains(i) || insideAny(masked, w.get(i).start())) continue;
      if (finder.form(i).isEmpty()) {
        // "عبر لاعب الأخضر سلطان المصري عن سعادته …، مؤكداً أنهم": the player, for the participle
        Frame expressed = insideFound(found, w.get(i).start()) ? null : finder.expressionFrame(i);
        if (expressed == null && !insideFound(found, w.get(i).start())) expressed = finder.sentenceSubjectFrame(i);
        if (expressed == null && !insideFound(found, w.get(i).start())) expressed = finder.knownSurnameFrame(i);
        if (expressed == null && !insideFound(found, w.get(i).start())) {
          // the أما topic speaks only through speech verbs of its own sentence that have no subject
          // of their own: remembered as a known speaker, a later "وقال المتحدث" became the topic
          // (review of quotes24 F1)
          Frame topic = finder.topicFrame(i);
          if (topic != null) giveTopicToSubjectlessFrames(w, events, topic);
          continue;
        }
        if (expressed != null) events.add(new Event(w.get(i).start(), null, expressed));
        continue;
      }
      // a verb inside a reported clause is part of what was said ("أنه لا يستبعد تعرض الوافد …،
      // مؤكداً" goes on with the speaker), it introduces nobody
      if (insideFound(found, w.get(i).start())) continue;
      VerbForm v = finder.form(i).orElseThrow();
      // "ما تم ترويجه حول تطرق هذا الاجتماع لمسألة التحوير": a past form right after a
      // preposition is the verbal noun, whose genitive is no speaker for the continuations
      // (a speech act too: canAnchor already refuses a speech verb there)
      if (finder.nounAfterPreposition(i)) continue;
      boolean speechAct = v.kind() == VerbForm.Kind.ACT || (v.kind() == VerbForm.Kind.VERB && finder.canAnchor(i));
      // "…، بحسب بيان لوزارة الداخلية. وأضافت أنه …": an attribution to a body's statement names
      // the body for the continuations after it
      if (v.kind() == VerbForm.Kind.ACCORDING && i + 2 < w.size() && DocumentIssuers.DOCUMENTS.contains(w.norm(i + 1))
          && w.gapBefore(i + 2).isBlank() && issuingBody(w.norm(i + 2))) {
        Frame.Range body = new Frame.Range(i + 1, statementEnd(w, i + 2));
        events.add(new Event(w.get(i).start(), null, new Frame(i, v, body, null, i, body.to())));
        continue;
      }
      if (!speechAct && v.kind() == VerbForm.Kind.VERB) {
        Frame opened = finder.sentenceSubjectFrame(i); // "وشرح مدير فرع الزراعة … محمد بن منصور القرني جهود …، مشيراً"
        if (opened != null) events.add(new Event(w.get(i).start(), null, opened));
      }
      if (!speechAct || v.tense() == VerbForm.Tense.PARTICIPLE) continue;
      // "…، متمنيا ألا يرتكب هذا الخطأ لأن التمديد … ولن يفيد الاحتجاج عليه": a verb inside the
      // clause of a participle of thanking, wishing or judging is part of it and names nobody
      if (insideActParticipleClause(w, finder, i)) continue;
      Frame.Range sp = finder.subjectOf(i);
      // "حضره رئيس البعثة نجيب الملا الذي رحب باللاعبين …، مؤكداً أن …، وقال: «…»": a speech act
      // after a relative pronoun that agrees with it has the antecedent as its subject, as a
      // speech verb there has (FrameFinder.frameAt), for the continuations after it
      // (not when the verb or a preposition after it carries a pronoun for the antecedent, which
      // is then its object: "الشائعات التي تتداولها وسائل الإعلام", "مشكلة التنفيذ التي تتحدث عنها")
      if (sp == null && i > 0 && FrameFinder.RELATIVES.contains(w.norm(i - 1)) && finder.relativeAgrees(i)
          && !resumptivePronounAfter(w, i)) {
        Frame.Range antecedent = finder.subjects().antecedent(i - 1);
        // (only a person by role or title: "الشائعات التي تتحدث عن …", "جموع المصلين الذي …" name
        // nobody who speaks on — read on unseen text, lane quotes21)
        if (antecedent != null && SpeakerNames.isRole(Words.stripConjunction(w.norm(antecedent.from())))) sp = antecedent;
      }
      // "وروت الأمطار الحقول": روى also means "irrigated"; alone (without a quotation of its own)
      // it names a speaker for a later "وأضافت" only when its subject is a person by role or kin
      // ("وروى الأب المكلوم لـ"سبق" معاناة أبنائه …، وقال:")
      if (NARRATED.equals(v.lemma()) && (sp == null || !personNoun(Words.stripConjunction(w.norm(sp.from()))))) continue;
      if (sp != null && namesNobody(w, i, v)) continue;
      if (sp != null) events.add(new Event(w.get(i).start(), null, new Frame(i, v, sp, null, i, sp.to())));
    }
    for (Frame f : SentenceSubjects.find(w, finder, finder.subjects(), entities)) {
      if (!anchors.contains(f.anchor()) && !insideAny(masked, w.get(f.anchor()).start())) {
        events.add(new Event(w.get(f.anchor()).start(), null, f));
      }
    }
    events.sort(Comparator.comparingInt(Event::position));
    SpeakerResolver resolver = new SpeakerResolver(w, entities, new DocumentIssuers(w, finder));
    List<Quote> out = new ArrayList<>();
    for (Event e : events) {
      Found q = e.quote();
      if (e.frame() == UNNAMED_ASKER) { // nobody named, nobody to remember for a later "وأضاف"
        out.add(new Quote(text.substring(q.start(), q.end()), true, q.start(), q.end(), null, null, null, null));
        continue;
      }
      int anchor = e.frame().anchor();
      // a verb inside another report: inside a found quotation, or "أن X أكدوا" (its subject right
      // after a complementiser, the clause of an earlier verb)
      Frame.Range subject = e.frame().speaker();
      boolean nested = anchor >= 0 && anchor < w.size() && (insideFound(found, w.get(anchor).start())
          || (subject != null && subject.from() > 0 && subject.from() < anchor && FrameFinder.isComplementiser(w.norm(subject.from() - 1))));
      SpeakerResolver.Speaker sp = resolver.resolve(e.frame(), e.position(), nested, q != null && q.direct());
      if (q == null) continue; // a mention only feeds the speaker history
      Frame f = q.frame();
      String verb = f.anchor() >= 0 ? w.get(f.anchor()).text() : null;
      String via = f.via() == null || f.via().isEmpty() ? null : w.span(f.via().from(), f.via().to());
      out.add(new Quote(text.substring(q.start(), q.end()), q.direct(), q.start(), q.end(), QuotationMarks.withoutUnpairedMarks(sp.name()), sp.id(), verb, via));
    }
    return List.copyOf(out);
  }

  /**
   * True when verb i ends in an object pronoun (-ها، -هم، -هما) or the word after it is a
   * preposition with one ("عنها", "فيه", "به"): the relative clause's antecedent is its object.
   */
  private static boolean resumptivePronounAfter(Words w, int i) {
    String verb = w.get(i).text();
    if (Words.matches(verb, ".{3,}(ها|هم|هما)")) return true;
    return i + 1 < w.size() && w.gapBefore(i + 1).isBlank() && pronounOnPreposition(w.norm(i + 1));
  }

  /** A role, an honorific or a kin noun ("الأب", "والدته"): a person, who narrates rather than irrigates. */
  private static boolean personNoun(String n) {
    return SpeakerNames.isRole(n) || SubjectFinder.KIN.contains(Words.stripArticle(n)) || SubjectFinder.KIN.contains(n);
  }

  /** The lemma of the narrating verb (روى), which is also the verb of irrigating. */
  private static final String NARRATED = "روى";

  /**
   * "لوزارة الداخلية", "للشرطة": ل and an institution noun or a definite noun issue a statement;
   * "لها", "لاحق", "لمسؤولين محليين" name no body to remember.
   */
  private static boolean issuingBody(String n) {
    if (!n.startsWith("ل") || n.length() < 4) return false;
    String rest = n.substring(1);
    return rest.startsWith("ل") || WordSet.INSTITUTION_NOUNS.contains(rest);
  }

  /** End of "لوزارة الداخلية" after a statement noun: up to the punctuation, at most five words. */
  private static int statementEnd(Words w, int from) {
    int end = from + 1;
    while (end < w.size() && end < from + 5 && w.gapBefore(end).isBlank() && Words.isDefinite(w.norm(end))) end++;
    return end;
  }

  /**
   * "هذا الأمر: "لقد لعبنا … بصناعتها»." ⏎: a straight mark left open runs to the paragraph end
   * even when a guillemet or curly mark closes it just before that end (QuotationMarks), so that
   * the attribution search after it reads on as for any quotation left open; that closing mark
   * and the punctuation after it are not the speaker's words. The end of the words.
   */
  private static int beforeMixedCloseAtParagraphEnd(String text, MarkedSpan s, int from, int to) {
    // (a straight pair "…ضد «داعش»" or an open one "…ضد «داعش»." keeps its name's mark)
    if (text.charAt(s.open()) != QuotationMarks.STRAIGHT_DOUBLE || (s.close() < text.length() && QuotationMarks.isMark(text.charAt(s.close())))) {
      return to;
    }
    int k = to;
    while (k > from && ".!?؟،,".indexOf(text.charAt(k - 1)) >= 0) k--;
    if (k > from && (text.charAt(k - 1) == QuotationMarks.RIGHT_GUILLEMET || text.charAt(k - 1) == QuotationMarks.RIGHT_DOUBLE)
        && unopened(text, from, k - 1)) {
      k--;
      while (k > from && Character.isWhitespace(text.charAt(k - 1))) k--;
      return k;
    }
    return to;
  }

  /**
   * True when the reported words of q follow a colon and run to a closing guillemet or curly mark
   * with no opening mark of its family since the colon, and are sentence-like ({@link #MIN_DIRECT_WORDS}
   * words or more).
   */
  private static boolean lostOpeningMark(Words w, String text, Found q) {
    int before = q.start() - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) before--;
    if (before < 0 || text.charAt(before) != ':') return false;
    int close = q.end();
    while (close < text.length() && text.charAt(close) == ' ') close++;
    if (close >= text.length() || (text.charAt(close) != QuotationMarks.RIGHT_GUILLEMET && text.charAt(close) != QuotationMarks.RIGHT_DOUBLE)) {
      return false;
    }
    if (!unopened(text, before, close)) return false;
    return w.firstAtOrAfter(q.end()) - w.firstAtOrAfter(q.start()) >= MIN_DIRECT_WORDS;
  }

  /** True when the right-hand mark at {@code close} has no left-hand mark of its family opened after {@code from}. */
  private static boolean unopened(String text, int from, int close) {
    char left = text.charAt(close) == QuotationMarks.RIGHT_GUILLEMET ? QuotationMarks.LEFT_GUILLEMET : QuotationMarks.LEFT_DOUBLE;
    return text.substring(from, close).indexOf(left) < 0;
  }

  /**
   * "قال المرزوق “هي في الأساس … المرابحة.\n “هذا يجعل البنك …”": a quotation opening a
   * paragraph right after a direct quotation left open to the end of the previous paragraph
   * goes on with the same words, so it has the same frame. Null otherwise.
   */
  private static Frame continuedParagraph(String text, List<MarkedSpan> direct, List<Found> found, MarkedSpan s) {
    if (direct.isEmpty() || found.isEmpty()) return null;
    MarkedSpan prev = direct.get(direct.size() - 1);
    if (prev.close() >= text.length() || QuotationMarks.isMark(text.charAt(prev.close())) || prev.close() >= s.open()) return null;
    String between = text.substring(prev.close(), s.open());
    if (!between.isBlank() || between.indexOf('\n') < 0) return null;
    return found.get(found.size() - 1).frame();
  }

  /** Words a paragraph's quotation needs to go on with the quotation before it (a sentence, not a quoted name or title). */
  private static final int MIN_CONTINUED_WORDS = 6;

  /**
   * "وتابعت: «فأمام هذا المشهد … في هذه المناطق».\n\n«مع الحفاظ على سائر خطوطنا … في هذه
   * المعركة». وتقع القلمون …": a paragraph that opens with a quotation of a sentence's length (its
   * closing mark then ends a sentence) right after a paragraph that ended with a direct quotation
   * goes on with the same speaker, as news copy quotes a statement paragraph by paragraph. Null
   * otherwise (a quoted name or title opening a paragraph is not sentence-long, or no full stop
   * follows it).
   */
  private static Frame paragraphAfterQuotation(Words w, String text, List<MarkedSpan> direct, List<Found> found, MarkedSpan s) {
    if (direct.isEmpty() || found.isEmpty()) return null;
    MarkedSpan prev = direct.get(direct.size() - 1);
    Found last = found.get(found.size() - 1);
    if (!last.direct() || prev.close() >= s.open()) return null;
    String between = text.substring(prev.close() + 1, s.open());
    if (between.indexOf('\n') < 0 || !between.replaceAll("[.\\s]", "").isEmpty()) return null;
    if (w.firstAtOrAfter(s.close()) - w.firstAtOrAfter(s.open()) < MIN_CONTINUED_WORDS) return null;
    int after = s.close() + 1;
    while (after < text.length() && text.charAt(after) == ' ') after++;
    boolean endsSentence = after >= text.length() || ".\n".indexOf(text.charAt(after)) >= 0 || text.charAt(s.close() - 1) == '.';
    return endsSentence ? last.frame() : null;
  }

  /**
   * "ورفض بلان الإجابة عن سؤال …: "هذا سؤال يجب أن يوجه إلى مانشستر يونايتد"": a quotation
   * right after a colon, in a sentence whose verb is no speech verb but whose subject (the word
   * after the sentence's first word) is somebody who speaks elsewhere in the article before
   * it. Without that test every quotation after a colon would be taken, and in news copy many
   * are lists, proverbs or verses.
   */
  private static Frame knownSpeakerBeforeColon(Words w, FrameFinder finder, MarkedSpan s, int words) {
    if (words < 4) return null;
    int last = w.lastEndingBy(s.open());
    if (last < 1 || !w.text().substring(w.get(last).end(), s.open()).contains(":")) return null;
    int first = last;
    while (first > 0 && last - first < 2 * FrameFinder.MAX_BACK && !FrameFinder.endsSentence(w.gapBefore(first))) first--;
    if (!FrameFinder.endsSentence(w.gapBefore(first)) && first > 0) return null;
    int subject = first + 1;
    if (subject >= last || finder.form(first).isPresent() || !w.norm(first).startsWith("و")) return null;
    String name = w.norm(subject);
    if (SpeakerNames.isRole(name) || Words.isDefinite(name) || WordSet.SPEAKER_STOPS.contains(name)) return null;
    for (int v = 0; v < first; v++) {
      if (finder.form(v).isEmpty() || !finder.canAnchor(v)) continue;
      Frame.Range sp = finder.subjectOf(v);
      if (sp == null) continue;
      for (int k = sp.from(); k < sp.to(); k++) {
        if (Words.stripConjunction(w.norm(k)).equals(name)) return new Frame(first, null, new Frame.Range(subject, subject + 1), null, first, subject + 1);
      }
    }
    return null;
  }

  /** Words a quotation after a speech act's participle must have (a shorter one is a term: "منددا بـ"الإرهاب""). */
  private static final int MIN_ACT_QUOTATION_WORDS = 6;

  /**
   * "مشيدا بالموقف “الحازم والمؤيد للشرعية الدستورية في اليمن …”", "مستنكرة ما أسمته "تراخي
   * الحكومة في حماية المصالح …"": the participle of a speech act (quoting-act-lemmas.txt) within
   * {@link FrameFinder#MAX_BACK_ADVERBIAL} words before a long quotation, in its sentence with no
   * comma, other quotation or verb between, frames it; the speaker goes on from before (as for
   * any participle without a subject). Session 24, set 23's cause AA (a partial quotation after
   * the verb's object or a preposition).
   */
  private static Frame actParticipleBefore(Words w, FrameFinder finder, MarkedSpan s, int words) {
    if (words < MIN_ACT_QUOTATION_WORDS) return null;
    int last = w.lastEndingBy(s.open());
    if (last < 1 || FrameFinder.endsSentence(w.text().substring(w.get(last).end(), s.open()))) return null;
    // "مرحبا بالمشاركين في "الملتقى الدولي الثالث للشباب العربي …"": quoted words opened by the noun
    // of an event or body are its name, not words said (review of quotes24 F4)
    int first = w.firstAtOrAfter(s.innerStart());
    if (first >= 0 && first < w.size() && (WordSet.TERM_NOUNS.containsStem(w.norm(first))
        || WordSet.INSTITUTION_NOUNS.containsStem(w.norm(first)))) return null;
    for (int k = last; k >= 0 && last - k < FrameFinder.MAX_BACK_ADVERBIAL; k--) {
      java.util.Optional<VerbForm> f = finder.form(k);
      if (f.isPresent()) {
        VerbForm v = f.get();
        boolean quoting = v.kind() == VerbForm.Kind.ACT && v.tense() == VerbForm.Tense.PARTICIPLE
            && WordSet.QUOTING_ACT_LEMMAS.contains(org.marsad.text.ArabicNormalizer.match(v.lemma()));
        return quoting && k < last ? new Frame(k, v, null, null, k, last + 1) : null;
      }
      if (k == 0 || FrameFinder.hasComma(w.gapBefore(k)) || FrameFinder.endsSentence(w.gapBefore(k)) || finder.closesQuotation(k)) return null;
    }
    return null;
  }

  /** Words opening a condition, question or time clause (match-normalised, conjunction stripped). */
  private static final java.util.Set<String> OWN_CLAUSE = java.util.Set.of("اذ", "لو", "لولا", "كيف", "هل", "اذا", "لان", "عندما", "حين", "حينما", "لماذا");

  /**
   * "قالت مديرية الشؤون الصحية …، في بيان لها؛ تعقيباً على ما جاء على لسان … ومن بينهم أحد
   * موظفي …: "لن نسمح …"": a quotation after a colon in a sentence opened by a speech verb
   * farther back than {@link FrameFinder#MAX_BACK} words, with no other speech verb, quotation
   * or sentence end between (the long adjuncts of a statement's opening).
   */
  private static Frame sentenceVerbBeforeColon(Words w, FrameFinder finder, MarkedSpan s, int words) {
    if (words < 4) return null;
    int last = w.lastEndingBy(s.open());
    if (last < 1) return null;
    boolean colon = w.text().substring(w.get(last).end(), s.open()).contains(":");
    // "وأضاف قايد السبسي، في حوار …، ردا على …، حول …، أنه "لا يتسامح …"": the complementiser
    // after a comma closes a long adjunct set off by commas; the mark is the opening verb's
    boolean complementiser = Words.matches(w.norm(last), "ان|انه|انها|انهم") && FrameFinder.hasComma(w.gapBefore(last))
        && w.text().substring(w.get(last).end(), s.open()).isBlank();
    if (!colon && !complementiser) return null;
    for (int v = last - 1; v >= 0 && last - v <= 3 * FrameFinder.MAX_BACK; v--) {
      if (FrameFinder.endsSentence(w.gapBefore(v + 1)) || finder.closesQuotation(v + 1) || FrameFinder.hasColon(w.gapBefore(v + 1))) {
        return null;
      }
      // "زعم الهمام، إذ كنت لو تركت ذكره … وكيف ينشدون : «…»": a condition or question between
      // opens a clause of its own, which the colon belongs to
      if (OWN_CLAUSE.contains(Words.stripConjunction(w.norm(v)))) return null;
      Optional<VerbForm> f = finder.form(v);
      if (f.isEmpty() || !finder.canAnchor(v)) continue; // ("ما جاء على لسان …" anchors nothing)
      if (f.get().kind() != VerbForm.Kind.VERB || f.get().tense() != VerbForm.Tense.PAST) return null;
      boolean opens = v == 0 || FrameFinder.endsSentence(w.gapBefore(v)) || FrameFinder.hasColon(w.gapBefore(v));
      if (!opens) return null;
      Frame frame = finder.frameAt(v, f.get(), last + 1);
      return frame.speaker() == null ? null : frame;
    }
    return null;
  }

  /**
   * True when word v follows, in the same sentence and with no comma between, a participle of
   * a speech act ("متمنيا", "شاكرا", "مقدرا", "منتقدا").
   */
  private static boolean insideActParticipleClause(Words w, FrameFinder finder, int v) {
    for (int k = v - 1; k >= 0 && k > v - 2 * FrameFinder.MAX_BACK; k--) {
      if (FrameFinder.endsSentence(w.gapBefore(k + 1)) || FrameFinder.hasComma(w.gapBefore(k + 1))
          || FrameFinder.hasColon(w.gapBefore(k + 1)) || finder.closesQuotation(k + 1)) {
        return false;
      }
      Optional<VerbForm> f = finder.form(k);
      if (f.isPresent()) return f.get().kind() == VerbForm.Kind.ACT && f.get().tense() == VerbForm.Tense.PARTICIPLE;
    }
    return false;
  }

  /** A quotation, or a reporting verb that only names a speaker (quote null), at a position. */
  private record Event(int position, Found quote, Frame frame) {}

  /**
   * "أما المذيعة علا فارس فقد عددت مزايا الراحل … وقالت إنه "…"": the quotations of the topic's
   * sentence after its فقد whose frame names no speaker get the topic as their speaker (events
   * holds the found quotations; the topic is no known speaker after its sentence).
   */
  private static void giveTopicToSubjectlessFrames(Words w, List<Event> events, Frame topic) {
    int end = topic.anchor() + 1;
    while (end < w.size() && !FrameFinder.endsSentence(w.gapBefore(end))) end++;
    for (int k = 0; k < events.size(); k++) {
      Event e = events.get(k);
      Frame f = e.frame();
      if (e.quote() == null || f.speaker() != null || f.anchor() <= topic.anchor() || f.anchor() >= end) continue;
      Frame given = new Frame(f.anchor(), f.form(), topic.speaker(), f.via(), f.from(), f.to());
      events.set(k, new Event(e.position(), new Found(e.quote().start(), e.quote().end(), e.quote().direct(), given), given));
    }
  }

  private List<Found> indirect(Words w, FrameFinder finder, List<MarkedSpan> direct, List<MarkedSpan> masked,
      java.util.Set<Integer> directAnchors) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      if (insideAny(masked, w.get(i).start())) continue;
      Optional<VerbForm> f = finder.form(i);
      if (f.isEmpty() || !finder.canAnchor(i)) continue;
      VerbForm.Kind kind = f.get().kind();
      if (kind != VerbForm.Kind.VERB && kind != VerbForm.Kind.RELAY && kind != VerbForm.Kind.ACCORDING) continue;
      int start = clauseStart(w, finder, i);
      if (start < 0 || start >= w.size()) continue;
      if (impersonal(w, f.get(), i, start)) continue;
      // "وفقا للتوقعات …، فإن …": بحسب/وفق take their clause with فإن; "حسب المرحلة … أن" does not
      if (kind == VerbForm.Kind.ACCORDING && !w.norm(start - 1).startsWith("ف")) continue;
      if (opensDirect(w, direct, start) || insideAny(masked, w.get(start).start())) continue;
      int inner = nestedReport(w, finder, start);
      if (inner >= 0) { // "نقلت مصادر أن الوزارة أكدت … أنها …": the inner report is the quotation
        i = inner - 1;
        continue;
      }
      Frame frame = finder.frameAt(i, f.get(), start);
      int end = clauseEnd(w, finder, start, f.get().feminine(), direct, directAnchors, frame.speaker());
      if (end < w.size() && opensDirect(w, direct, end) && FrameFinder.isComplementiser(w.norm(end - 1))) {
        // "أنه بناء على ما سبق فإنه "…"": the words in marks are the report, the lead-in is none
        i = end - 1;
        continue;
      }
      out.add(new Found(w.get(start).start(), w.get(end - 1).end(), false, frame));
      i = end - 1;
    }
    return out;
  }

  /** Verbs of belief whose subject-less present is a passive ("يُتوقع أن", "يُعتقد أن"). */
  private static final java.util.Set<String> BELIEF = java.util.Set.of("توقع", "اعتقد", "رجح", "قدر", "ظن");

  /**
   * "فيما يتوقع ان يرتفع عدد المستقيلين": a masculine present of a verb of belief followed
   * at once by its complementiser has no subject, and is the passive "it is expected", which
   * reports nobody's words ("يتوقع الخبراء أن" has its subject and is a report).
   */
  private static boolean impersonal(Words w, VerbForm f, int i, int start) {
    if (f.tense() != VerbForm.Tense.PRESENT || f.feminine() || !BELIEF.contains(f.lemma())) return false;
    // "وهو يعتقد أن", "إنه لا يعتقد أن": a pronoun before the verb is its subject
    int before = i > 0 && w.norm(i - 1).equals("لا") ? i - 2 : i - 1;
    if (before >= 0 && Words.matches(w.norm(before), "[وف]?(هو|هي|انه|لانه)")) return false;
    return start == i + 2 && FrameFinder.isComplementiser(w.norm(i + 1));
  }

  /** A reporting verb with its own reported clause in the first words of a clause, or -1. */
  private static int nestedReport(Words w, FrameFinder finder, int start) {
    for (int k = start; k < w.size() && k < start + 6; k++) {
      if (k > start && (FrameFinder.endsSentence(w.gapBefore(k)) || FrameFinder.hasComma(w.gapBefore(k)))) return -1;
      // ("إن الحكومة بدأت التحقيق في الحادثة وأوضح الثني أن …": a verb with و is the next report,
      // not one nested in this clause)
      if (k > start && withConjunction(w, finder, k)) continue;
      Optional<VerbForm> f = finder.form(k);
      if (f.isPresent() && f.get().kind() == VerbForm.Kind.VERB && f.get().tense() == VerbForm.Tense.PAST
          && finder.canAnchor(k) && clauseStart(w, finder, k) >= 0) {
        return k;
      }
    }
    return -1;
  }

  /** Word index where the reported clause of the verb at i starts, or -1 when it has none. */
  private static int clauseStart(Words w, FrameFinder finder, int i) {
    if (isPrayer(w, i)) return -1;
    int limit = i + FrameFinder.MAX_FORWARD;
    for (int j = i + 1; j < w.size() && j <= limit; j++) {
      String gap = w.gapBefore(j);
      if (FrameFinder.endsSentence(gap)) return -1;
      // "… لندوة وطنية حول "الإستراتيجية الوطنية للخدمات الصحية على الخط"بالحمامات أن": a title
      // in marks counts as one word of the distance (up to eight words more)
      if (finder.insideMarks(w.get(j).start()) && limit < i + FrameFinder.MAX_FORWARD + 8) limit++;
      if (finder.inQuotedName(j)) continue; // "أوردت شبكة «سي إن إن» …": a name, not إن
      String n = w.norm(j);
      if (FrameFinder.hasColon(gap)) {
        // "معلناً عن رعاة المهرجان، وهم: شركة …": a pronoun before the colon opens a list
        if (COPULAS.contains(w.norm(j - 1))) return -1;
        // "تحت عنوان: “…”": the colon opens a title (titling-words.txt), the report is further on
        if (WordSet.TITLING_WORDS.contains(Words.stripConjunction(w.norm(j - 1)))) continue;
        return FrameFinder.isComplementiser(n) && j + 1 < w.size() ? j + 1 : j;
      }
      if (finder.isReportComplementiser(i, j)) {
        return j + 1 < w.size() && !FrameFinder.endsSentence(w.gapBefore(j + 1)) ? j + 1 : -1;
      }
      // "وأضاف ألا دليل حتى الآن على …": ألا (أن + لا, hamza above; not إلا "except") right after
      // a speech verb opens a negated report, which keeps its ألا
      if (j == i + 1 && w.get(j).text().equals("ألا") && finder.form(i).map(f -> f.kind() == VerbForm.Kind.VERB).orElse(false)
          && j + 1 < w.size() && !FrameFinder.endsSentence(w.gapBefore(j + 1))) {
        return j;
      }
      if (finder.isVanRightAfterVerb(i, j) || finder.isVanInName(j)) continue; // "وأوضح فان جال أنه"
      if (FrameFinder.isComplementiser(n)) return -1; // "بعد أن", "حيث أن"
      // "حذرت … من أزمة …، وأن 13 مليون …": a second object of the verb, coordinated after a comma
      if (FrameFinder.hasComma(gap) && COORDINATED_COMPLEMENTISERS.contains(n) && j + 1 < w.size()
          && !FrameFinder.endsSentence(w.gapBefore(j + 1))) {
        return j + 1;
      }
      // "وقالت وفقا لما ذكره راديو فرنسا الدولي إن …": "according to what X reported" without a
      // comma before it is the writer's source inside the frame; the verb's complementiser follows
      int reporter = FrameFinder.hasComma(gap) ? -1 : finder.subjects().reporterOfWhatWasReported(j);
      if (reporter > j) {
        j = reporter - 1;
        continue;
      }
      Optional<VerbForm> f = finder.form(j);
      if (f.isPresent() && f.get().kind() == VerbForm.Kind.VERB && f.get().tense() == VerbForm.Tense.PARTICIPLE
          && FrameFinder.hasComma(gap) && finder.canAnchor(j)) {
        return -1; // "…، معتبرا أن …": the participle after the comma owns the clause
      }
      // "ودعا … إلى تطبيق القانون، الذي ينص على … بأن …": after a comma, a relative clause
      // with a speech verb describes the object, and the أن belongs to that verb ("قال المرصد
      // الذي يتابع العنف … إن" has no comma: the relative clause is inside the subject)
      if (f.isPresent() && f.get().kind() == VerbForm.Kind.VERB && j > 1 && FrameFinder.RELATIVES.contains(w.norm(j - 1))
          && FrameFinder.hasComma(w.gapBefore(j - 1))) {
        return -1;
      }
      if (f.isPresent() && f.get().kind() != VerbForm.Kind.MASDAR && finder.canAnchor(j)
          && f.get().tense() != VerbForm.Tense.PARTICIPLE && f.get().kind() != VerbForm.Kind.IGNORE) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "داعيا الله أن يحفظ …": a prayer addressed to God reports nobody's words; so does "وقد دعا
   * القرشي الله أن يحفظ بلادنا" (session 24, set 24), God named after the subject, right before
   * the complementiser or with his epithet ("الله عز وجل أن"), within {@link #PRAYER_WINDOW} words
   * and no comma ("عبد الله", "حسن نصر الله" are names: {@link #godEndsAName}).
   */
  private static boolean isPrayer(Words w, int i) {
    if (!Words.matches(Words.stripConjunction(w.norm(i)), "دعا|دعت|دعوا|داعيا|داعيه|داعين|يدعو|تدعو|يدعون|ندعو|ادعو")) return false;
    if (i + 1 < w.size() && WordSet.PRAYER_ADDRESSEES.contains(w.norm(i + 1))) return true;
    for (int k = i + 2; k < w.size() && k <= i + PRAYER_WINDOW; k++) {
      String gap = w.gapBefore(k);
      if (FrameFinder.hasComma(gap) || FrameFinder.endsSentence(gap) || FrameFinder.hasColon(gap)) return false;
      if (!WordSet.PRAYER_ADDRESSEES.contains(w.norm(k)) || w.norm(k - 1).equals("عبد") || godEndsAName(w.norm(k), w.norm(k - 1))) continue;
      for (int c = k + 1; c < w.size() && c <= k + 3; c++) {
        if (!w.gapBefore(c).isBlank()) break;
        if (FrameFinder.isComplementiser(w.norm(c))) return true;
      }
    }
    return false;
  }

  /**
   * True when الله ends a name rather than being the verb's object: after its subject God follows a
   * definite word ("القرشي الله") or a word with a pronoun ("سموه الله"); after another indefinite
   * word it ends a name ("حسن نصر الله", "حزب الله": review of quotesind24 F1).
   */
  private static boolean godEndsAName(String god, String before) {
    return god.equals("الله") && !Words.isDefinite(before) && !Words.matches(before, ".{2,}(ه|ها|هم)");
  }

  /** How far after a verb of calling God may be named ("دعا إمام المسجد الحرام الله أن"). */
  private static final int PRAYER_WINDOW = 8;

  /**
   * Pronouns that introduce what something is, not what somebody said: "وهم: …" before a list,
   * "4 أنواع وهي «المقالة التأملية، …»" before quoted names.
   */
  private static final java.util.Set<String> COPULAS = java.util.Set.of(
      "هو", "هي", "هم", "هما", "هن", "وهو", "وهي", "وهم", "وهما", "وهن");

  /**
   * "وقال المتحدث باسم الوزارة جيونج جون هي "…"": a bare هي right after two short words of
   * letters without ال, with no comma between, ends a (Korean) name, not a copula ("4 أنواع
   * هي", "الأسباب هي").
   */
  private static boolean endsName(Words w, int i) {
    if (!w.get(i).text().equals("هي") || i < 2) return false;
    for (int k = i - 2; k < i; k++) {
      String n = w.norm(k);
      // syllables of a name are letters, the last one short ("جون"); "4 أنواع هي «…»" counts things
      if (Words.isDefinite(n) || WordSet.SPEAKER_STOPS.contains(n) || SpeakerNames.isRole(n) || n.length() > (k == i - 1 ? 4 : 5)
          || !n.chars().allMatch(c -> c >= 'ء' && c <= 'ي')
          || FrameFinder.hasComma(w.gapBefore(k + 1)) || FrameFinder.endsSentence(w.gapBefore(k + 1))) {
        return false;
      }
    }
    return true;
  }

  /** Index after the last word of a reported clause starting at word {@code start}. */
  private static int clauseEnd(Words w, FrameFinder finder, int start, boolean speakerFeminine, List<MarkedSpan> direct,
      java.util.Set<Integer> directAnchors, Frame.Range speaker) {
    int k = start + 1;
    int lastNewClause = -1; // "…، رغم أن X، قال …": the new report starts at رغم
    for (; k < w.size() && k < start + MAX_CLAUSE_WORDS; k++) {
      String gap = w.gapBefore(k);
      // a line break inside quotation marks is a wrapped line ("تمكنت من “استدراج … التسلل\n
      // لمهاجمة … 13598″"), not the end of the clause
      // likewise a full stop inside marks opened within the clause ("إنه يختلف … في أنه “لا يستثمر
      // في قطاعات … التبغ. لا نريد أن نقدم أي قروض …”"): the quoted part runs to its closing mark
      boolean quotedStop = !gap.contains("\n") && !finder.insideMarks(w.get(start).start())
          && finder.insideMarksOpenedIn(w.get(k).start(), w.get(start).start(), w.get(k - 1).end());
      if (FrameFinder.endsSentence(gap) && !(FrameFinder.endsSentence(gap.replace('\n', ' ')) == false
          && finder.insideMarks(w.get(k).start())) && !quotedStop) {
        break;
      }
      if (opensDirect(w, direct, k)) break;
      // ("…، في حين كان مصدر عسكري … اشارا الى …": a two-word opener)
      if (FrameFinder.hasComma(gap) && (NEW_CLAUSE.contains(w.norm(k))
          || (k + 1 < w.size() && NEW_CLAUSE.contains(w.norm(k) + " " + w.norm(k + 1))))) {
        lastNewClause = k;
      } else if (FrameFinder.hasComma(gap) && WordSet.CONTRAST_PRONOUNS.contains(w.norm(k)) && reportAfter(w, finder, k)) {
        // "…، لكنها أكدت أنها لا تسعى …" opens a new report; "…، لكنه طلب إدخال تعديلات" goes on
        lastNewClause = k;
      }
      Optional<VerbForm> f = finder.form(k);
      // "… في المباريات الماضية وصافاً مواجهة تونس اليوم بالصعبة وقال: "…"": a speech verb with و
      // framing an accepted direct quotation is the next report, not the last word of this one
      if (f.isPresent() && f.get().kind() == VerbForm.Kind.VERB && withConjunction(w, finder, k) && directAnchors.contains(k)
          && !FrameFinder.hasComma(gap)) {
        return k;
      }
      // "… في السجن “لأنه يستشعر أنها غير آمنة” وطالب بالسماح له …": a verb with و right after
      // the closing mark of the clause's quoted end goes on with the speaker's own acts
      if (f.isPresent() && f.get().tense() == VerbForm.Tense.PAST && w.norm(k).startsWith("و") && finder.closesQuotation(k)) break;
      if (f.isPresent() && f.get().kind() == VerbForm.Kind.ACT && f.get().tense() == VerbForm.Tense.PARTICIPLE
          && FrameFinder.hasComma(gap)) {
        break; // "…، مستنكراً الاحتجاج"
      }
      // "…، كما أشاد القحطاني بمنسوبي الشركة", "…، وطالب الحكومة بـ…": a speech verb or act
      // after "، كما" or "، و" whose subject was named before the clause, or has none (the
      // speaker goes on), is the writer's narration about the speaker, not the report
      // ("… في الموسم المقبل، وذكر بنيامين تفاصيل العقد": a relayed report too)
      if (f.isPresent() && f.get().tense() == VerbForm.Tense.PAST && !finder.colonOnlyWithoutColon(k)
          && (f.get().kind() == VerbForm.Kind.ACT || f.get().kind() == VerbForm.Kind.VERB || (f.get().kind() == VerbForm.Kind.RELAY && finder.isRelay(k)))) {
        boolean kama = afterCommaKama(w, k, start);
        boolean wa = FrameFinder.hasComma(gap) && w.norm(k).startsWith("و");
        // "…، الا ان مصدرا امنيا اعلن عن …", "…، في حين كان مصدر … اشارا الى …": a speech verb
        // or act with its own subject in the contrast clause is another report
        if (lastNewClause > start && k - lastNewClause <= CONTRAST_SOURCE_WINDOW
            && (sourceBetween(w, lastNewClause + 1, k) || sourceSubject(w, finder, k))) {
          return lastNewClause;
        }
        boolean named = (kama || wa) && (subjectNamedBefore(w, finder, k, start) || definiteSubjectAfterBareWordBefore(w, finder, k, start));
        // (pro-drop only after "، و": "…، كما اعترفوا بأن …" goes on with the report; "وبين" is
        // mostly "and between")
        // and only when the verb agrees with the speaker and not with the report's own subject:
        // "وقال المتحدث إن الوزارة رصدت المخالفات، ودعت إلى …" goes on with الوزارة
        boolean proDrop = wa && f.get().kind() != VerbForm.Kind.RELAY && !w.norm(k).equals("وبين") && finder.subjectOf(k) == null
            && f.get().feminine() == speakerFeminine && !agreesWithClauseSubject(w, start, f.get().feminine(), w.norm(k).endsWith("وا"));
        // "واعتبر عدد أخر أن هذه المياه لم تعد صالحة … وطالبوا الشركة بتوفير …": a plural verb
        // with و and no comma (a verb before its subject is singular: the noun after it is its
        // object), while the report's subject is no plural, goes on with the people speaking
        boolean pluralGoesOn = !FrameFinder.hasComma(gap) && w.norm(k).startsWith("و") && w.norm(k).endsWith("وا")
            && f.get().kind() != VerbForm.Kind.RELAY && !pluralClauseSubject(w, start, k);
        // "… وسهولة الإستعمال وأضاف أن هذه الإتفاقية …": with no comma, a speech verb with و, no
        // subject of its own, agreeing with the speaker (not the report's subject) and its
        // complementiser right after it is the speaker going on
        boolean proDropNoComma = !FrameFinder.hasComma(gap) && w.norm(k).startsWith("و") && f.get().kind() == VerbForm.Kind.VERB
            && !w.norm(k).equals("وبين") && k + 1 < w.size()
            // (or a colon right after it: "… ان مستوى المنتخب في تصاعد وقال: قدم الأخضر …")
            && ((w.gapBefore(k + 1).isBlank() && finder.isReportComplementiser(k + 1)) || FrameFinder.hasColon(w.gapBefore(k + 1)))
            && finder.subjectOf(k) == null && f.get().feminine() == speakerFeminine && !agreesWithClauseSubject(w, start, f.get().feminine(), w.norm(k).endsWith("وا"));
        // "… في الشؤون الداخلية للبلاد وأوضح الثني أن …": likewise a speech verb with و and no
        // comma whose subject after it can speak (a name, a role, a source or an institution),
        // its complementiser a few words on; "فهاتفني وقال بنبرات ممزوجة بالفرح :" has none
        boolean namedNoComma = !FrameFinder.hasComma(gap) && withConjunction(w, finder, k) && f.get().kind() == VerbForm.Kind.VERB
            && !w.norm(k).equals("وبين") && subjectCanSpeak(w, finder, k, start)
            && (reportWithin(w, finder, k, NAMED_SUBJECT_WINDOW) || speakerNamedAgain(w, finder, k, start));
        // "… لا يزال يشعر بالالم وأبلغ مدربه مارسيلو جاياردو … انه سيعتزل": a verb of telling with
        // و, no comma and its addressee with a pronoun right after it (the speaker's coach, his
        // family) is the speaker going on to a new report (session 23; the unseen text of lane
        // quotesind22, where rule 1 had made it part of the report before it)
        boolean tellsOwnAddressee = !FrameFinder.hasComma(gap) && withConjunction(w, finder, k) && f.get().kind() == VerbForm.Kind.VERB
            && f.get().feminine() == speakerFeminine && WordSet.TELLING_VERBS.contains(ArabicNormalizer.match(f.get().lemma()))
            && k + 1 < w.size() && w.gapBefore(k + 1).isBlank() && finder.subjects().personWithPronoun(k + 1)
            && reportWithin(w, finder, k, LONG_SUBJECT_WINDOW);
        if (named || proDrop || pluralGoesOn || proDropNoComma || namedNoComma || tellsOwnAddressee) {
          if (kama) return k - 1;
          return lastNewClause > start && k - lastNewClause <= CONTRAST_REPORT_WINDOW ? lastNewClause : k;
        }
      }
      if (withoutSaying(w, finder, k)) return k; // "…، دون أن تفصح هي الأخرى عن جنسياتهم"
      if (whileAnOfficialActs(w, finder, k)) return k; // "…، فيما تفقد مدير الجامعة المكلف …"
      int attribution = selfAttribution(w, finder, k);
      if (attribution > start) return attribution; // "… عند انتهاء مسؤولياتهم على حد قوله"
      if (trailingAttribution(w, finder, k)) return k; // "… إلى جهة زاوية سوسة وفق ما أكده مصدر أمني"
      // ("… بالشفافية وذلك في إشارة إلى …": the gloss's "وذلك" goes with it)
      if (k > start && writersGloss(w, k)) return k - 1 > start && w.norm(k - 1).equals("وذلك") ? k - 1 : k;
      if (k > start && attributedToNamedSource(w, k)) return k; // "…، بحسب وزير الخزانة البريطاني جورج أوزبورن."
      if (k > start && writersSource(w, finder, k)) return k; // "… من الهند على ما ذكرت وكالة …"
      if (k > start && writerNamesSpeakerAgain(w, k, start, speaker)) return k; // "…، ورفض “سيلفستر” الحديث عن …"
      if (k > start && prayerAfterReport(w, k)) return k; // "… فداء للدين والوطن سائلاً الله تعالى أن يتقبلهم"
      if (f.isEmpty() || !finder.canAnchor(k)) continue;
      VerbForm.Kind kind = f.get().kind();
      if (kind == VerbForm.Kind.MASDAR || kind == VerbForm.Kind.ACCORDING) continue;
      if (kind == VerbForm.Kind.RELAY && !finder.isRelay(k)) continue;
      // "… إجراء غير شرعي حيث أشارت إلى أنّه "…"": the verb of a direct quotation after حيث
      // starts that report, and the clause ends before حيث
      if (directAnchors.contains(k) && k - 1 > start && w.norm(k - 1).equals("حيث")) return k - 1;
      int next = clauseStart(w, finder, k);
      // the verb of an accepted direct quotation starts a new report however long its subject
      // ("… "العشوائية"، وقال مارك تونر نائب المتحدث باسم الخارجية الأميركية "…"")
      boolean quoteNext = directAnchors.contains(k)
          || (k + 1 < w.size() && opensDirect(w, direct, k + 1)) || (k + 2 < w.size() && opensDirect(w, direct, k + 2));
      // ("…، ويتوقع أن تكون في أفضل أحوالها …": the impersonal "it is expected" reports nobody,
      // the clause goes on)
      // (a past verb right after a comma may have a long subject before its complementiser: "…
      // للالتحاق بتنظيم داعش الإرهابي، أكد وزير الخارجية الإسباني خوسيه مانويل غارسيا مارغايو أمس
      // الأربعاء، أنه …")
      int window = FrameFinder.hasComma(gap) && f.get().tense() == VerbForm.Tense.PAST ? LONG_SUBJECT_WINDOW : 10;
      boolean newReport = quoteNext || (next >= 0 && next <= k + window && !impersonal(w, f.get(), k, next));
      // "…، كما أضاف أن …", "…، كما أكدوا أيضا أن …": a new report after "، كما"
      if (newReport && afterCommaKama(w, k, start)) return k - 1;
      if (FrameFinder.hasComma(gap)) {
        // "…، مشيراً إلى أن …", "…، وأضاف: …": a new report; "…، ويقر الاتفاق" is not
        if (f.get().tense() == VerbForm.Tense.PARTICIPLE || newReport) break;
        continue;
      }
      // "…، وبدوره أكد لاعب خط وسط نادي الهلال حمد الحمد أن …", "…، ومن جانبه قال …": "on his
      // part" set off by a comma opens another speaker's report
      int onHisPart = onHisPartBefore(w, k);
      if (onHisPart > start && newReport && f.get().tense() == VerbForm.Tense.PAST) return onHisPart;
      // "… أكثر من أي وقت مضی؛ من جهته أعلن الرئيس الفرنسي استعداد بلاده …، موضحا أن …": "for
      // his part" hands the word to another party; its verb with a subject of its own ends the
      // report even when no complementiser follows (session 24, set 24 alriyadh 1067584)
      if (onHisPart > start && f.get().tense() == VerbForm.Tense.PAST && finder.subjectOf(k) != null) return onHisPart;
      // "… تؤتي ثمارها مشيرا إلى أن …": a participle opening a new report ends the clause
      // ("… مقتل الطفل فلسطيني واصفا ما حصل بأنه …": an object "what happened" takes two words
      // before بأن; not "يتخذ من طرابلس مقرا له» عليه أن", the noun "headquarters", set 2)
      int participleWindow = k + 1 < w.size() && w.norm(k + 1).equals("ما") ? PARTICIPLE_REPORT_WINDOW : 3;
      if (f.get().tense() == VerbForm.Tense.PARTICIPLE
          && ((next >= 0 && next <= k + participleWindow) || quoteNext || (k + 3 < w.size() && opensDirect(w, direct, k + 3)))) {
        break;
      }
      if (newReport && lastNewClause > start && k - lastNewClause <= CONTRAST_REPORT_WINDOW) return lastNewClause;
      // "أن الهيئة اتصلت بالسلط الجهوية … حمادي الأديب الذي أكد في مداخلة له … أن …": a report
      // in a relative clause is its antecedent's own (the innermost report), not the speaker's
      if (next >= 0 && next <= k + 12 && k - 1 > start && FrameFinder.RELATIVES.contains(w.norm(k - 1))
          && f.get().kind() == VerbForm.Kind.VERB && f.get().tense() == VerbForm.Tense.PAST) {
        return k - 1;
      }
    }
    // ("…، لكن أي صفقة يفترض أن تبرم «هذا الصيف»، مشيرة إلى أن …": a participle goes on with the
    // same speaker, so the contrast before it is still part of the report)
    // — only when the participle agrees with the speaker and no new definite subject follows the
    // opener: "، لكن المعارضة رفضت الخطة، مؤكدة أن …" is the opposition's own report
    boolean participle = k < w.size() && finder.form(k).map(f -> f.tense() == VerbForm.Tense.PARTICIPLE && f.feminine() == speakerFeminine)
        .orElse(false) && !definiteAfterOpener(w, lastNewClause);
    if (k < w.size() && lastNewClause > start && k - lastNewClause <= CONTRAST_REPORT_WINDOW && !FrameFinder.endsSentence(w.gapBefore(k))
        && !participle) {
      return lastNewClause;
    }
    return k;
  }

  /**
   * Index of "بدوره" / "من جانبه" right before verb k when a comma sets it off ("…، وبدوره أكد"),
   * or -1.
   */
  private static int onHisPartBefore(Words w, int k) {
    if (k >= 1 && Words.matches(w.norm(k - 1), "و?بدور(ه|ها|هم|هما)") && w.gapBefore(k).isBlank()
        && FrameFinder.hasComma(w.gapBefore(k - 1))) {
      return k - 1;
    }
    if (k >= 2 && FrameFinder.ON_HIS_PART_MIN.contains(w.norm(k - 2)) && FrameFinder.ON_HIS_PART.matcher(w.norm(k - 1)).matches()
        && FrameFinder.hasComma(w.gapBefore(k - 2)) && !FrameFinder.endsSentence(w.gapBefore(k))) {
      return k - 2;
    }
    return -1;
  }

  /**
   * "لكنه أكد أن", "لكنها قالت:": a speech verb within the two words after a contrast with a
   * pronoun, then its complementiser or a colon.
   */
  private static boolean reportAfter(Words w, FrameFinder finder, int k) {
    for (int v = k + 1; v <= k + 2 && v + 1 < w.size(); v++) {
      if (FrameFinder.endsSentence(w.gapBefore(v)) || FrameFinder.hasComma(w.gapBefore(v))) return false;
      if (finder.form(v).map(f -> f.kind() == VerbForm.Kind.VERB).orElse(false)) {
        return FrameFinder.hasColon(w.gapBefore(v + 1)) || FrameFinder.isComplementiser(w.norm(v + 1))
            || (v + 2 < w.size() && FrameFinder.isComplementiser(w.norm(v + 2)));
      }
    }
    return false;
  }

  /** "لكن المعارضة …", "رغم أن الوزارة …": a definite noun (after أن) right after the contrast opener at k. */
  private static boolean definiteAfterOpener(Words w, int k) {
    if (k < 0) return false;
    int j = k + 1;
    if (j < w.size() && FrameFinder.isComplementiser(w.norm(j))) j++;
    return j < w.size() && Words.isDefinite(w.norm(j));
  }

  /** True when the reported clause before word k has a plural subject a plural verb may go on with. */
  private static boolean pluralClauseSubject(Words w, int start, int k) {
    for (int j = start; j < k && j < start + 3; j++) {
      String n = Words.stripConjunction(w.norm(j));
      if (Words.matches(n, "(ال)?.+(ون|ين|ات)|انهم|هم|نحن|اننا")) return true;
    }
    return false;
  }

  /**
   * True when a verb of this gender agrees with the definite noun the reported clause opens with
   * (feminine: a noun in ة or ات). A pronoun (أنه، أنها) mostly stands for the speaker, and the
   * speaker's agreement is tested apart; other openings agree with nothing.
   */
  private static boolean agreesWithClauseSubject(Words w, int start, boolean feminine, boolean pluralVerb) {
    String first = w.norm(start);
    if (!Words.isDefinite(first)) return false;
    // "أن التونسيين الثمانية من المتشددين … ونفى أن …": a sound masculine plural agrees with no
    // singular verb (not "الدين", "الصين": the plural has a longer stem)
    if (!pluralVerb && first.length() >= 7 && Words.matches(first, "ال.+(ين|ون)")) return false;
    return (first.endsWith("ه") || first.endsWith("ات")) == feminine;
  }

  /**
   * True when the word at k is the conjunction و + a reporting verb ("وأوضح", "ووصف"); a verb whose
   * root starts with و ("حسب وصفها") has none (review of quotes21, F7).
   */
  private static boolean withConjunction(Words w, FrameFinder finder, int k) {
    String n = w.norm(k);
    return n.length() > 3 && n.startsWith("و") && finder.lexicon().lookupNormalized(n.substring(1)).isPresent();
  }

  /**
   * True when the subject of the و-verb at k stands after it and can speak: a name met before the
   * clause (also "البعثة" after "بعثة الأمم المتحدة"), a role, a source, an institution, a medium or
   * a document ("وأوضح نفس المصدر", "وأضاف البيان"), or a name-like word.
   * A phrase with a preposition ("وقال بنبرات ممزوجة بالفرح", "وقال للمنتج") or a word before
   * the verb ("… أن تراه وقال آخر:") is the subject finder's guess, nobody speaking (review
   * quotesind22, F2).
   */
  private static boolean subjectCanSpeak(Words w, FrameFinder finder, int k, int start) {
    Frame.Range sp = finder.subjectOf(k);
    if (sp == null || sp.isEmpty() || sp.from() <= k) return false;
    if (subjectNamedBefore(w, finder, k, start) || definiteSubjectAfterBareWordBefore(w, finder, k, start)) return true;
    String first = w.norm(sp.from());
    if (Words.matches(first, "(لل|بال|كال).+")) return false; // "وقال للمنتج:"
    if (sourceBetween(w, sp.from(), Math.min(sp.to(), sp.from() + 2)) || WordSet.INSTITUTION_NOUNS.containsStem(first)
        || WordSet.MEDIA_NOUNS.containsStem(first) || DocumentIssuers.DOCUMENTS.contains(Words.stripArticle(first))) {
      return true; // "وأضاف البيان أن"
    }
    // "أكدت بعثة الأمم المتحدة … وقالت البعثة في بيان إن": a definite noun named before without ال
    if (first.startsWith("ال") && Words.stripArticle(first).length() > 2) {
      for (int i = 0; i < start; i++) if (w.norm(i).equals(Words.stripArticle(first))) return true;
    }
    boolean preposition = first.length() > 3 && "بلك".indexOf(first.charAt(0)) >= 0;
    return !preposition && finder.subjects().hasNameLikeWord(sp.from(), sp.to());
  }

  /** True when the verb at k has its own reported clause starting within {@code window} words. */
  private static boolean reportWithin(Words w, FrameFinder finder, int k, int window) {
    int next = clauseStart(w, finder, k);
    return next >= 0 && next <= k + window;
  }

  /** True when verb k follows "، كما" inside the clause starting at word {@code start}. */
  private static boolean afterCommaKama(Words w, int k, int start) {
    return k - 1 > start && w.norm(k - 1).equals("كما") && FrameFinder.hasComma(w.gapBefore(k - 1));
  }

  /** True when the first word of the subject of verb k occurs before word {@code start} (a name met before). */
  private static boolean subjectNamedBefore(Words w, FrameFinder finder, int k, int start) {
    Frame.Range sp = finder.subjectOf(k);
    if (sp == null || sp.isEmpty()) return false;
    String first = w.norm(sp.from());
    if (Words.isDefinite(first) || SpeakerNames.isRole(first) || WordSet.SPEAKER_STOPS.contains(first)) return false;
    for (int i = 0; i < start; i++) if (w.norm(i).equals(first)) return true;
    return false;
  }

  /**
   * True when the subject after verb k is a source or a role ("، في حين ترى اتجاهات أخرى أن" is
   * not: "، فيما رد الأطفال على …" goes on with the report).
   */
  private static boolean sourceSubject(Words w, FrameFinder finder, int k) {
    Frame.Range sp = finder.subjectOf(k);
    return sp != null && sourceBetween(w, sp.from(), Math.min(sp.to(), sp.from() + 1));
  }

  /** True when a source noun or a role stands among words [from, to) ("، الا ان مصدرا امنيا اعلن"). */
  private static boolean sourceBetween(Words w, int from, int to) {
    for (int j = from; j < to; j++) {
      String n = w.norm(j);
      String bare = n.length() > 3 && n.endsWith("ا") ? n.substring(0, n.length() - 1) : n; // "مصدرا" (accusative)
      if (SubjectFinder.isOpenHead(n) || SubjectFinder.isOpenHead(bare) || SpeakerNames.isRole(n)) return true;
    }
    return false;
  }

  /**
   * True when the subject of verb k is one word with ال that occurred before word {@code start}
   * right after a word without ال: a family name after a given name ("المهندس منصور القحطاني" …
   * "، كما أشاد القحطاني"), but also any construct phrase ("قوات الجيش" … "، وأكد الجيش"), which
   * is someone named before as well.
   */
  /**
   * "وأشار الغامدي إلى أن مناطق التأثير … خاصة الأجزاء المرتفعة منها ولفت الغامدي إلى ما تشير
   * به النماذج …": the subject of verb k is the name of the report's own speaker, written among
   * the {@link #OWN_SPEAKER_WORDS} words before the report, so the writer tells about the speaker
   * again, with or without a complementiser (session 24, set 24 al-madina 620999). A one- or
   * two-word name, its last word no role, stop word or institution noun.
   */
  private static boolean speakerNamedAgain(Words w, FrameFinder finder, int k, int start) {
    Frame.Range sp = finder.subjectOf(k);
    if (sp == null || sp.isEmpty() || sp.to() - sp.from() > 2) return false;
    String last = w.norm(sp.to() - 1);
    if (SpeakerNames.isRole(last) || WordSet.SPEAKER_STOPS.contains(last) || WordSet.INSTITUTION_NOUNS.containsStem(last)
        || SubjectFinder.isOpenHead(Words.stripArticle(last)) || last.length() < 3) {
      return false;
    }
    // (between the report's own verb and its complementiser: "وكانت المرأة تقول (…). وتابع: …
    // وقالت المرأة (…)" names the woman before another speaker's verb, unseen alwatan 231690)
    int verb = -1;
    for (int v = start - 1; v >= 0 && v >= start - OWN_SPEAKER_WORDS; v--) {
      if (finder.form(v).map(f -> f.kind() == VerbForm.Kind.VERB).orElse(false)) {
        verb = v;
        break;
      }
    }
    for (int i = verb + 1; verb >= 0 && i < start; i++) if (w.norm(i).equals(last)) return true;
    return false;
  }

  /**
   * "وأكد “ستالون” للصحيفة الأمريكية أنه يكتب سيناريو الفيلم …، ورفض “سيلفستر” الحديث عن …":
   * a clause opened by "، و" + a verb-shaped word, or by "، كما" + one, whose subject right after
   * it is the report's own speaker named again is the writer telling about the speaker, whatever
   * the verb (this one is in no lexicon): inside indirect speech the speaker is a pronoun
   * (session 26, lane quotesind26). The name is a word of the report's speaker phrase
   * (none: no test), or a word written next to one earlier in the article (the full name, "نجم
   * هوليود سيلفستر ستالون"). Development gold (all files): 4 such clauses right after an
   * indirect report, none inside one; a definite subject there is not telling (106 inside, 15
   * after), so only the speaker's own name counts.
   */
  /**
   * "قد يستغرب البعض ان …": a modal قد before a present verb says what someone may do; its
   * subject is not remembered as the speaker of a later subjectless "مما يؤكد أن" (session 26,
   * lane fixquotes26; review of quotes26 F3: unseen alriyadh 1069785 gave "البعض" a report 1,000
   * characters on). A generic subject alone ("وأبدى البعض استياءهم …، مؤكدين أن") still speaks on:
   * skipping it handed its participles to an earlier source on unseen text (bench/RESULTS.md).
   */
  private static boolean namesNobody(Words w, int v, VerbForm form) {
    return v > 0 && form.tense() == VerbForm.Tense.PRESENT && w.norm(v - 1).equals("قد");
  }

  private static boolean writerNamesSpeakerAgain(Words w, int k, int start, Frame.Range speaker) {
    if (speaker == null || speaker.isEmpty()) return false;
    if (!FrameFinder.hasComma(w.gapBefore(k))) return false;
    boolean kama = w.norm(k).equals("كما");
    int v = kama ? k + 1 : k;
    if (v + 1 >= w.size() || (!kama && !(w.norm(k).startsWith("و") && w.norm(k).length() > 3))) return false;
    if (!verbShaped(w.norm(v))) return false;
    String between = w.gapBefore(v + 1);
    if (FrameFinder.hasComma(between) || FrameFinder.endsSentence(between) || FrameFinder.hasColon(between)) return false;
    String name = w.norm(v + 1);
    if (!nameWord(name)) return false;
    // the surname: the phrase's last word ("المدرب جوزيه مورينيو" … "، ورفض مورينيو"), not a place
    // or a word inside a body's name ("… بإمارة منطقة مكة المكرمة أن …، وطريق مكة القديم")
    String surname = w.norm(Math.min(speaker.to(), w.size()) - 1);
    if (!nameWord(surname)) return false;
    if (surname.equals(name)) return true;
    // the given name, written right before the surname earlier, only for a speaker named by one
    // or two words ("وأكد “ستالون”" after "سيلفستر ستالون"); the word after the surname is a verb
    // or an adverb, and an adverb of time is no name anywhere ("وقال مورينيو …، وسيخوض غدا":
    // review of quotesind26 F3)
    if (speaker.to() - speaker.from() > 2 || WordSet.NOT_NAME_WORDS.contains(name)) return false;
    for (int j = 0; j + 1 < start; j++) {
      if (w.norm(j).equals(name) && w.norm(j + 1).equals(surname) && w.gapBefore(j + 1).isBlank()) return true;
    }
    return false;
  }

  /**
   * "وأكد "الأمير فيصل" أن أبناءهم نالوا شهادة العز …، وبذلوا أروحهم فداء للدين والوطن سائلاً الله
   * تعالى أن يتقبلهم برحمته": a participle of asking or praying with God right after it is the
   * speaker's prayer, comma or not, and ends the report (session 26, set 26 sabq gjDgde;
   * development gold: 5 right after an indirect report, none inside one).
   */
  private static boolean prayerAfterReport(Words w, int k) {
    return k + 1 < w.size() && WordSet.PRAYER_PARTICIPLES.containsStem(w.norm(k)) && w.gapBefore(k + 1).isBlank()
        && WordSet.PRAYER_ADDRESSEES.contains(w.norm(k + 1));
  }

  /**
   * A word that may be a verb opening a clause: no ال, no function word or preposition, no
   * noun of kin that would make the name its possessor ("، وابن ستالون"), no noun in ة.
   * (Unlike {@link SentenceSubjects#looksLikeVerb}, the speaker stops are allowed: "رفض" is a
   * stop as the noun "refusal" but here the verb.)
   */
  private static boolean verbShaped(String n) {
    String bare = Words.stripConjunction(n);
    return bare.length() >= 3 && !Words.isDefinite(n) && !bare.endsWith("ه") && !FrameFinder.isComplementiser(bare)
        && !WordSet.NOT_VERB_WORDS.contains(bare);
  }

  /** A word that can be part of a person's name: no ال, no role, stop word, institution or source noun. */
  private static boolean nameWord(String n) {
    return n.length() >= 3 && !Words.isDefinite(n) && !Words.isDefinite(Words.stripConjunction(n)) && !SpeakerNames.isRole(n)
        && !WordSet.SPEAKER_STOPS.contains(n) && !WordSet.INSTITUTION_NOUNS.containsStem(n) && !SubjectFinder.isOpenHead(n)
        && !FrameFinder.isComplementiser(n);
  }

  /**
   * "وأضافت المتحدثة الأممية أن الرهائن … تم نقلهم إلى مكان آمن، دون أن تفصح هي الأخرى عن
   * جنسياتهم": after a comma, "without" + أن + a speech verb is the writer's remark on what the
   * speaker left unsaid, not her words (session 24, set 24 alweeam 351543); "دون أن تطلق النار"
   * is no speech verb and stays in the report.
   */
  private static boolean withoutSaying(Words w, FrameFinder finder, int k) {
    if (!FrameFinder.hasComma(w.gapBefore(k))) return false;
    int d = w.norm(k).equals("من") ? k + 1 : k;
    if (d + 2 >= w.size() || !Words.matches(w.norm(d), "دون|بدون") || !w.norm(d + 1).equals("ان")) return false;
    // ("يذكر" is read as the impersonal "it is noted": IGNORE, still a speech verb here)
    return finder.form(d + 2).map(f -> (f.kind() == VerbForm.Kind.VERB && f.tense() == VerbForm.Tense.PRESENT)
        || f.kind() == VerbForm.Kind.IGNORE).orElse(false);
  }

  /**
   * "أكد عميد القبول والتسجيل … أن نسبة القبول بالجامعة تجاوزت 90%، فيما تفقد مدير الجامعة المكلف
   * الدكتور عبدالله محمد الزهراني استعدادات …": after a comma, "while" + a past verb + a role or
   * title as its subject is the writer's news of another official, not the report (session 24,
   * set 24 alwatan 230803; in the development gold 4 such clauses follow an indirect report and
   * none is inside one: "، فيما رد الأطفال", "، فيما يخص" stay in).
   */
  private static boolean whileAnOfficialActs(Words w, FrameFinder finder, int k) {
    if (!FrameFinder.hasComma(w.gapBefore(k)) || !Words.matches(w.norm(k), "و?فيما") || k + 2 >= w.size()) return false;
    String verb = w.norm(k + 1), subject = Words.stripArticle(w.norm(k + 2));
    // a past verb: the lexicon's tense when it knows the verb; otherwise no prefix of the present
    // (ي) or the future (سي، ست، سن: "فيما سيصل الوزير الثالث" goes on with the plan reported;
    // review of quotesind24 F4). A present with ت or ن ("فيما تواصل") is not told from a past
    // ("فيما تفقد") without the lexicon.
    java.util.Optional<VerbForm> form = finder.form(k + 1);
    boolean past = form.isPresent() ? form.get().tense() == VerbForm.Tense.PAST
        : !verb.startsWith("ي") && !Words.matches(verb, "س[يتن].{2,}");
    return past && !Words.isDefinite(verb) && !SpeakerNames.isRole(verb)
        && w.gapBefore(k + 1).isBlank() && w.gapBefore(k + 2).isBlank() && SpeakerNames.isRole(subject);
  }

  /**
   * "… الا انها مصممة على مواصلة القتال، في اشارة الى العمليات العسكرية التي اطلقتها بلاده …":
   * "in a reference to" / "in a sign of" ({@link WordSet#GLOSS_NOUNS}) with its preposition
   * within two words is the writer telling the reader what the speaker meant, with or without a
   * comma (session 24, lane quotest24; development sets 14, 16, 21: three reports end right before
   * it, none goes on through it).
   */
  private static boolean writersGloss(Words w, int k) {
    if (!Words.matches(w.norm(k), "و?في") || k + 2 >= w.size() || !WordSet.GLOSS_NOUNS.contains(w.norm(k + 1))) return false;
    if (FrameFinder.endsSentence(w.gapBefore(k + 1))) return false;
    for (int j = k + 2; j <= k + 3 && j < w.size(); j++) {
      if (Words.matches(w.norm(j), "الي|علي|لل.+|ل.{3,}")) return true;
    }
    return false;
  }

  /**
   * "… ستستخدم لسد الدين المحلي"، بحسب وزير الخزانة البريطاني جورج أوزبورن.": after a comma,
   * "according to" + a role, a source, a medium or a document, closing the sentence within a few
   * words, is the writer naming the source, not the report (session 24, lane quotest24, set 18
   * aleqt 978987); "…، بحسب نوع القضية" names nobody and stays in.
   */
  private static boolean attributedToNamedSource(Words w, int k) {
    if (!FrameFinder.hasComma(w.gapBefore(k)) || !Words.matches(w.norm(k), "و?(بحسب|حسب|وفق|وفقا)") || k + 1 >= w.size()) return false;
    String n = w.norm(k + 1);
    if (!SpeakerNames.isRole(Words.stripArticle(n)) && !SpeakerNames.isRole(n) && !namesASource(n)) return false;
    for (int e = k + 2; e < w.size() && e <= k + 10; e++) {
      if (FrameFinder.hasComma(w.gapBefore(e))) return false;
      if (FrameFinder.endsSentence(w.gapBefore(e))) return true;
    }
    return k + 10 >= w.size() - 1;
  }

  /** How many words before a report its speaker's name may stand ("وأشار … النقيب نايف محمد الجهني أن"). */
  private static final int OWN_SPEAKER_WORDS = 12;

  private static boolean definiteSubjectAfterBareWordBefore(Words w, FrameFinder finder, int k, int start) {
    Frame.Range sp = finder.subjectOf(k);
    if (sp == null || sp.to() - sp.from() != 1) return false;
    String name = w.norm(sp.from());
    if (!Words.isDefinite(name) || SpeakerNames.isRole(name) || WordSet.SPEAKER_STOPS.contains(name)) return false;
    for (int i = 1; i < start; i++) {
      String given = w.norm(i - 1);
      if (w.norm(i).equals(name) && !Words.isDefinite(given) && !SpeakerNames.isRole(given) && w.gapBefore(i).isBlank()) return true;
    }
    return false;
  }

  /**
   * "على حد قوله", "وفق قولها", "حسب تعبيره" at word k (the possessed noun): the speaker's
   * attribution repeated after the clause, not part of it. Returns the index of its first word,
   * or -1.
   */
  private static int selfAttribution(Words w, FrameFinder finder, int k) {
    if (k < 2 || !FrameFinder.SELF_REFERENCE.contains(w.norm(k))) return -1;
    String prev = Words.stripConjunction(w.norm(k - 1));
    // only at the end of the sentence: "كانت ضحية …، حسب وصفها، وأن …" goes on after it
    if (k + 1 < w.size() && !FrameFinder.endsSentence(w.gapBefore(k + 1))) return -1;
    if (prev.equals("حد") && Words.matches(w.norm(k - 2), "و?علي")) return k - 2;
    boolean according = finder.form(k - 1).map(f -> f.kind() == VerbForm.Kind.ACCORDING).orElse(false);
    return according || Words.matches(prev, "وفق|حسب|بحسب") ? k - 1 : -1;
  }

  /**
   * "وفق ما أكده مصدر أمني للجوهرة أف أم.": بحسب/وفق + ما at word k, with the sentence ending
   * within a few words, is the source of the report named after it, not part of it.
   */
  private static boolean trailingAttribution(Words w, FrameFinder finder, int k) {
    if (k + 2 >= w.size() || !w.norm(k + 1).equals("ما")) return false;
    if (finder.form(k).map(f -> f.kind() != VerbForm.Kind.ACCORDING).orElse(true)) return false;
    for (int e = k + 2; e < w.size() && e <= k + 10; e++) {
      if (FrameFinder.endsSentence(w.gapBefore(e))) return true;
    }
    return k + 10 >= w.size() - 1 && k + 2 < w.size();
  }

  /**
   * The writer naming the source of what precedes, at the end of the sentence: "… من الهند على ما
   * ذكرت وكالة “استراليان اسوشييتد برس”." (على ما + a reporting verb's past + a medium or a
   * source noun) or "…، وذلك بحسب تقرير لهيئة الإذاعة البريطانية." (وذلك after a comma + an
   * according word). Not the report's own words: "سيرد على ما ذكره الوزير" has no medium.
   */
  private static boolean writersSource(Words w, FrameFinder finder, int k) {
    int from;
    // ("سترد على ما ذكرت صحيفة هآرتس": after a verb of answering, على ما is its object)
    if (w.norm(k).equals("علي") && k + 3 < w.size() && w.norm(k + 1).equals("ما") && !answering(w, k - 1)
        && finder.form(k + 2).map(f -> f.tense() == VerbForm.Tense.PAST
            && (f.kind() == VerbForm.Kind.VERB || f.kind() == VerbForm.Kind.RELAY)).orElse(false)
        && (WordSet.MEDIA_NOUNS.containsStem(w.norm(k + 3)) || SubjectFinder.isOpenHead(w.norm(k + 3)))) {
      from = k + 3;
    } else if (w.norm(k).equals("وذلك") && FrameFinder.hasComma(w.gapBefore(k)) && k + 2 < w.size()
        && finder.form(k + 1).map(f -> f.kind() == VerbForm.Kind.ACCORDING).orElse(false) && namesASource(w.norm(k + 2))) {
      from = k + 2;
    } else {
      return false;
    }
    for (int e = from; e < w.size() && e <= k + 12; e++) {
      if (FrameFinder.endsSentence(w.gapBefore(e))) return true;
    }
    return k + 12 >= w.size() - 1;
  }

  /** True when word k is a verb or verbal noun of answering ("سترد", "رد", "ردا", "تعقيبا"). */
  private static boolean answering(Words w, int k) {
    return k >= 0 && Words.matches(Words.stripConjunction(w.norm(k)), "(س?[يتن])?رد|ردت|ردوا|ردا|ردها|رده|تعقيبا|يعقب|ستعقب|سيعقب");
  }

  /**
   * "تقريرٍ", "لصحيفة", "مصادر": a document, a medium or a source noun (with its lam) after an
   * according word, who said it; "وفقا لعادات …", "وفق الشروط …" name no source.
   */
  private static boolean namesASource(String n) {
    String bare = n.startsWith("ل") && n.length() > 3 && !n.startsWith("لل") ? n.substring(1) : n;
    return DocumentIssuers.DOCUMENTS.contains(Words.stripArticle(bare)) || WordSet.MEDIA_NOUNS.containsStem(bare)
        || SubjectFinder.isOpenHead(bare);
  }

  /** True when an accepted direct quotation opens in the gap before word k. */
  private static boolean opensDirect(Words w, List<MarkedSpan> direct, int k) {
    int from = k == 0 ? 0 : w.get(k - 1).end();
    int to = w.get(k).start();
    for (MarkedSpan s : direct) if (s.open() >= from && s.open() < to) return true;
    return false;
  }

  /** "على “الجوهرة أف أم” أنها …": a complementiser or colon right after the marks. */
  private static boolean nameInsideFrame(Words w, FrameFinder finder, MarkedSpan s) {
    int next = w.firstAtOrAfter(s.close() + 1);
    if (next >= w.size()) return false;
    String gap = w.text().substring(s.close() + 1, w.get(next).start());
    // "مدير فرع الجمعية “سياف آل خشيل”، أن …": a short name in marks, a comma, then the complementiser
    boolean nameThenComma = FrameFinder.hasComma(gap) && gap.replaceAll("[،,]", "").isBlank()
        && w.firstAtOrAfter(s.close()) - w.firstAtOrAfter(s.open()) <= 4;
    return (gap.isBlank() || nameThenComma) && FrameFinder.isComplementiser(w.norm(next));
  }

  /**
   * "ووصفتها بأنها «مروعة وعشوائية» واستنكرت …", "معتبرة أنه «عدوان»": one or two words in marks
   * right after the complementiser of a speech verb (within three words of it) that end the
   * report (the sentence or a comma follows, or a new verb with و) are the whole report, a
   * direct quotation, not a scare quote.
   */
  private static boolean wholeShortReport(Words w, FrameFinder finder, MarkedSpan s) {
    int last = w.lastEndingBy(s.open());
    if (last < 1 || !FrameFinder.isComplementiser(w.norm(last)) || !w.text().substring(w.get(last).end(), s.open()).isBlank()) return false;
    boolean verb = false;
    for (int k = last - 1; k >= 0 && k >= last - 3 && !verb; k--) {
      verb = finder.form(k).map(f -> f.kind() == VerbForm.Kind.VERB).orElse(false) && finder.canAnchor(k);
      if (FrameFinder.endsSentence(w.gapBefore(k + 1)) || FrameFinder.hasComma(w.gapBefore(k + 1))) break;
    }
    // "ووصف هانز بيتر اول وهو عضو في حزب … قرار ماس بأنه "سلوك غريب".": a verb farther back in
    // the sentence whose own reported clause opens right here
    for (int k = last - 1; !verb && k >= 0 && k >= last - 25; k--) {
      if (FrameFinder.endsSentence(w.gapBefore(k + 1))) break;
      verb = finder.form(k).map(f -> f.kind() == VerbForm.Kind.VERB && f.tense() == VerbForm.Tense.PAST).orElse(false)
          && finder.canAnchor(k) && clauseStart(w, finder, k) == last + 1;
    }
    if (!verb) return false;
    int next = w.firstAtOrAfter(s.close() + 1);
    if (next >= w.size()) return true;
    String gap = w.text().substring(s.close() + 1, w.get(next).start());
    if (FrameFinder.endsSentence(gap) || FrameFinder.hasComma(gap)) return true;
    return w.norm(next).startsWith("و") && finder.form(next).isPresent();
  }

  /** "، وفق تعبيره." or "على حد قوله." (comma or not) closing the text inside the marks: the writer's words. */
  private static final java.util.regex.Pattern INNER_ATTRIBUTION = java.util.regex.Pattern.compile(
      "\\s*[،,]?\\s*(وفق|وفقا|حسب|بحسب|على حد)\\s+(تعبيره|تعبيرها|قوله|قولها|وصفه|وصفها)\\s*[.]?$");

  /** The end of a direct quotation without an attribution the writer put inside the marks. */
  static int withoutInnerAttribution(String text, int from, int to) {
    java.util.regex.Matcher m = INNER_ATTRIBUTION.matcher(text.substring(from, to));
    return m.find() ? from + m.start() : to;
  }

  /** The frame of a question quoted with no one named as asking it (see {@link #askedQuestion}). */
  private static final Frame UNNAMED_ASKER = new Frame(-1, null, null, null, 0, 0);

  /** Nouns of asking before a quoted question ("وعلى سؤال «…؟»"), conjunction and ب/ل stripped, any hamza spelling. */
  private static final String QUESTION_NOUNS = "(ال)?(س[ؤوء]ال|تسا[ؤوء]ل(ات)?|[أا]سئل[ةه])";

  /**
   * "وتساؤلات عدة عبر مواقع التواصل، مثل: "هل هذه المقالب حقيقية؟"، و"هل ضيوف …؟"", "وعلى
   * سؤال «هل ستستخدم …؟»، أجاب كيري": a question of three words or more in marks after a
   * colon, a noun of asking, or another such question joined by و, is somebody's words even
   * when nobody is named as asking (not a title: "ندوة بعنوان: «هل …؟»" is a name).
   */
  private static boolean askedQuestion(Words w, List<MarkedSpan> spans, MarkedSpan s, int words) {
    String inner = w.text().substring(s.innerStart(), Math.min(s.innerEnd(), w.text().length())).strip();
    if (words < MIN_DIRECT_WORDS || inner.isEmpty() || "؟?".indexOf(inner.charAt(inner.length() - 1)) < 0) return false;
    int prev = w.lastEndingBy(s.open());
    if (prev < 0) return false;
    String gap = w.text().substring(w.get(prev).end(), s.open());
    String n = Words.stripConjunction(w.norm(prev));
    if (n.length() > 3 && (n.startsWith("ب") || n.startsWith("ل"))) n = n.substring(1);
    if (gap.contains(":")) {
      String bare = Words.stripArticle(n);
      return !WordSet.TERM_NOUNS.contains(n) && !WordSet.TERM_NOUNS.contains(bare) && !WordSet.TERM_NOUNS.contains(w.norm(prev));
    }
    if (Words.matches(n, QUESTION_NOUNS) && gap.isBlank()) return true;
    if (!Words.matches(w.norm(prev), "و|او")) return false;
    for (MarkedSpan o : spans) { // the question before it in the list
      if (o.close() < w.get(prev).start() && w.get(prev).start() - o.close() <= 3) {
        String before = w.text().substring(o.innerStart(), o.innerEnd()).strip();
        return !before.isEmpty() && "؟?".indexOf(before.charAt(before.length() - 1)) >= 0;
      }
    }
    return false;
  }

  /** "وأضاف أنه “مثله مثل باقي الناس” ينتظر …": a short fragment the clause goes on after. */
  private static boolean partialAfterComplementiser(Words w, FrameFinder finder, MarkedSpan s, int words) {
    if (words >= 6) return longOpeningBeforePreposition(w, s);
    // "وقال لصحيفة هاندلسبلات "أراه مبالغا فيه وبالتالي خاطئا." وينتمي …": words that end their
    // sentence inside the marks are whole, whatever follows the closing mark
    String inner = w.text().substring(s.innerStart(), Math.min(s.innerEnd(), w.text().length())).strip();
    if (!inner.isEmpty() && ".!?؟".indexOf(inner.charAt(inner.length() - 1)) >= 0) return false;
    int next = w.firstAtOrAfter(s.close() + 1);
    if (next >= w.size()) return false;
    return w.text().substring(s.close() + 1, w.get(next).start()).isBlank() && !speechParticiple(finder, next)
        && !wholeClauseBeforeAdjunct(w, finder, s, next);
  }

  /** Words an attribution's source phrase may have before a quoted name ("وحسب موقع هيئة الإذاعة البريطانية "بي بي سي""). */
  private static final int MAX_SOURCE_WORDS = 6;

  /** True when words {@code from}..{@code to} hold no punctuation, complementiser or reporting word: one noun phrase. */
  private static boolean plainPhrase(Words w, FrameFinder finder, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (k > from && !w.gapBefore(k).isBlank()) return false;
      if (FrameFinder.isComplementiser(w.norm(k)) || finder.form(k).isPresent()) return false;
    }
    return true;
  }

  /** True when a colon or the complementiser إن/أن follows the closing mark ("وقالت "هيومان رايتس ووتش": إن"). */
  private static boolean roleNamedInMarks(Words w, FrameFinder finder, Frame f, MarkedSpan s) {
    Frame.Range sp = f.speaker();
    int first = w.firstAtOrAfter(s.open()), next = w.firstAtOrAfter(s.close() + 1);
    if (sp == null || sp.to() != first || sp.from() <= f.anchor() || next >= w.size()) return false;
    if (!SpeakerNames.isRole(Words.stripConjunction(w.norm(sp.from()))) || finder.subjects().hasNameLikeWord(sp.from(), sp.to())) return false;
    // the quoted words read as a name: two or more, the first a bare name word, no verb or stop
    // word, the article only on the last (a family name): "لن نسمح بذلك" is what was said
    int last = w.lastEndingBy(s.close());
    if (last <= first || !finder.subjects().hasNameLikeWord(first, first + 1)) return false;
    for (int k = first; k <= last; k++) {
      if (finder.form(k).isPresent() || finder.subjects().isStop(k) || WordSet.SPEAKER_STOPS.contains(w.norm(k))
          || (k < last && Words.isDefinite(w.norm(k)))) {
        return false;
      }
    }
    // set off by commas or semicolons on both sides, and the sentence goes on after them
    // ("وقال المتحدث "لن نسمح بذلك أبدا" مشيرا" is what was said)
    String before = w.text().substring(w.get(first - 1).end(), s.open());
    String gap = w.text().substring(s.close() + 1, w.get(next).start());
    return FrameFinder.hasComma(before) && FrameFinder.hasComma(gap) && !FrameFinder.endsSentence(gap) && !FrameFinder.hasColon(gap)
        && !FrameFinder.hasColon(before);
  }

  /**
   * True when the frame's speaker is role words only (no name-like word), ends right before the
   * marks with no punctuation between, its last word is a noun without the article (a construct
   * head waiting for its genitive: "عضو مجلس إدارة"), and a comma follows the closing mark.
   */
  private static boolean bodyOfRoleInMarks(Words w, FrameFinder finder, Frame f, MarkedSpan s) {
    Frame.Range sp = f.speaker();
    int first = w.firstAtOrAfter(s.open()), next = w.firstAtOrAfter(s.close() + 1);
    if (sp == null || sp.to() != first || sp.from() <= f.anchor() || first < 1 || next >= w.size()) return false;
    if (!SpeakerNames.isRole(Words.stripConjunction(w.norm(sp.from()))) || finder.subjects().hasNameLikeWord(sp.from(), sp.to())) return false;
    String head = w.norm(first - 1);
    if (Words.isDefinite(head) || finder.subjects().isStop(first - 1) || !w.text().substring(w.get(first - 1).end(), s.open()).isBlank()) return false;
    for (int k = first; k < next; k++) if (finder.form(k).isPresent() || FrameFinder.isComplementiser(w.norm(k))) return false;
    String gap = w.text().substring(s.close() + 1, w.get(next).start());
    return FrameFinder.hasComma(gap) && !FrameFinder.endsSentence(gap) && !FrameFinder.hasColon(gap);
  }

  private static boolean subjectInMarks(Words w, MarkedSpan s) {
    int next = w.firstAtOrAfter(s.close() + 1);
    if (next >= w.size()) return false;
    String gap = w.text().substring(s.close() + 1, w.get(next).start());
    return FrameFinder.hasColon(gap) || (gap.isBlank() && FrameFinder.isComplementiser(w.norm(next)));
  }

  /** Prepositions that carry a clause on after its quoted opening words ("انها "واثقة …" عن طائرة البوينغ"). */
  private static final java.util.Set<String> CLAUSE_PREPOSITIONS = java.util.Set.of("عن", "على", "علي", "في", "من", "الى", "مع", "ل", "ب");

  /**
   * "أعلنت السلطات الاسترالية انها "واثقة من انها تبحث في المكان الصحيح" عن طائرة البوينغ (الرحلة ام اتش 370)
   * التابعة …": marks right after the complementiser, not ending a sentence inside, and the clause going on
   * after them with a preposition and more than a short adjunct: the marks open the reported clause, which
   * is one indirect quotation (the guide's set-11 rule, for fragments of six and seven words too).
   */
  private static boolean longOpeningBeforePreposition(Words w, MarkedSpan s) {
    // (a fragment: fewer words than a masked quotation and no comma; "أن "الأنبار تضررت بشدة، وأكثر من
    // 1500 مدرسة دمرت …" في هذه المحافظة" holds whole clauses and stays a direct quotation)
    int words = w.firstAtOrAfter(s.close()) - w.firstAtOrAfter(s.open());
    if (words >= MASK_WORDS || FrameFinder.hasComma(w.text().substring(s.innerStart(), Math.min(s.innerEnd(), w.text().length())))) return false;
    int last = w.lastEndingBy(s.open());
    if (last < 0 || !FrameFinder.isComplementiser(w.norm(last)) || !w.text().substring(w.get(last).end(), s.open()).isBlank()) return false;
    String inner = w.text().substring(s.innerStart(), Math.min(s.innerEnd(), w.text().length())).strip();
    if (inner.isEmpty() || ".!?؟،,:".indexOf(inner.charAt(inner.length() - 1)) >= 0) return false;
    int next = w.firstAtOrAfter(s.close() + 1);
    if (next >= w.size() || !w.text().substring(s.close() + 1, w.get(next).start()).isBlank()) return false;
    return CLAUSE_PREPOSITIONS.contains(w.norm(next)) && !shortAdjunct(w, next) && !writersClauseFollows(w, next);
  }

  /**
   * "ووصف أوباما الخيار بأنه «بين الدبلوماسية وشكل من أشكال الحرب» مع إيران كما يتفق حلفاء
   * أوروبيون …": a clause of the writer's own (كما، بينما، فيما، حيث) before the sentence ends, so
   * where the reported clause ends is unknown: the marks stay the quotation.
   */
  private static boolean writersClauseFollows(Words w, int from) {
    for (int k = from; k < w.size(); k++) {
      if (k > from && FrameFinder.endsSentence(w.gapBefore(k))) return false;
      if (Words.matches(w.norm(k), "و?(كما|بينما|فيما|حيث)")) return true;
    }
    return false;
  }

  /** Prepositions and time adverbs that open an adjunct, never a clause's predicate. */
  private static final java.util.Set<String> ADJUNCT_OPENERS = java.util.Set.of(
      "خلال", "في", "منذ", "امس", "اليوم", "عقب", "اثناء", "جراء", "بسبب", "داخل");

  /**
   * "وقال احد المصادر العسكرية ان «12 شخصا قتلوا» خلال الهجوم": marks right after the
   * complementiser holding a whole clause, and the sentence going
   * on with an adjunct (a preposition or time word): the marks are the report, a direct
   * quotation. ("أنه “مثله مثل باقي الناس” ينتظر" goes on with its predicate: a fragment.)
   */
  private static boolean wholeClauseBeforeAdjunct(Words w, FrameFinder finder, MarkedSpan s, int next) {
    int last = w.lastEndingBy(s.open());
    if (last < 0 || !FrameFinder.isComplementiser(w.norm(last)) || !w.text().substring(w.get(last).end(), s.open()).isBlank()) return false;
    return ADJUNCT_OPENERS.contains(w.norm(next)) && shortAdjunct(w, next);
  }

  /** Words a tag after the marks may have and leave them the whole report ("خلال الهجوم في فندق بيبلوس"). */
  private static final int MAX_TRAILING_ADJUNCT = 6;

  /**
   * True when the words from {@code next} to the end of the sentence (or the next comma) are at
   * most {@link #MAX_TRAILING_ADJUNCT}: "ان «12 شخصا قتلوا» خلال الهجوم في فندق بيبلوس." is a tag after the
   * report, "أن "عملية احتجاز الرهائن متواصلة" في مدينة سيفاري الواقعة على بعد أكثر من 620
   * كيلومترا شمال شرق باماكو،" is the writer's clause going on (one indirect quotation).
   */
  private static boolean shortAdjunct(Words w, int next) {
    for (int k = next + 1; k < w.size(); k++) {
      String gap = w.gapBefore(k);
      if (FrameFinder.endsSentence(gap) || FrameFinder.hasComma(gap) || FrameFinder.hasColon(gap)) return k - next <= MAX_TRAILING_ADJUNCT;
      if (k - next >= MAX_TRAILING_ADJUNCT) return false;
    }
    return true;
  }

  /** "دون أن يذكر اسم …", "قبل أن": أن after a preposition opens an adverbial, not a report. */
  private static boolean adverbialComplementiser(Words w, int k) {
    return k > 0 && Words.matches(Words.stripConjunction(w.norm(k - 1)), "دون|بدون|قبل|بعد|من") && w.norm(k).equals("ان");
  }

  /** "وقال مدير المرصد "شوهد …" مضيفا "…"": a participle of speech starts a new report. */
  private static boolean speechParticiple(FrameFinder finder, int k) {
    return finder.form(k).map(f -> f.tense() == VerbForm.Tense.PARTICIPLE && f.kind() == VerbForm.Kind.VERB).orElse(false);
  }

  /**
   * "تحت عنوان: “…”", "بعنوان: «…»", "وعُنونت بـ"…"": the word before the marks (or the بـ before
   * them) is a noun or verb of titling (titling-words.txt), so the marks hold a title, which a
   * colon does not make speech. Session 26, lane quoteprec26.
   */
  private static boolean titled(Words w, int prev) {
    String n = Words.stripConjunction(w.norm(prev));
    if (WordSet.TITLING_WORDS.contains(n)) return true;
    return n.equals("ب") && prev > 0 && w.gapBefore(prev).isBlank()
        && WordSet.TITLING_WORDS.contains(Words.stripConjunction(w.norm(prev - 1)));
  }

  /** "تنظيم “داعش”", "مصطلح "الربيع العربي"", "كتاب «…»": a name or term, not a quotation. */
  private static boolean followsTermNoun(Words w, MarkedSpan s) {
    int prev = w.lastEndingBy(s.open());
    if (prev < 0) return false;
    String n = w.norm(prev);
    if (n.equals("ل")) return true; // "لـ"الاقتصادية"": the outlet spoken to
    // "تحت عنوان: “الإعلام العربي …”", "وعُنونت بـ"هل أحافظ …"": a title, even after a colon
    if (titled(w, prev)) return true;
    // "وقال مسؤولون في المهرجان: «…»": after a colon the marks hold words, not the noun's name
    if (w.text().substring(w.get(prev).end(), s.open()).contains(":")) return false;
    // "كشف الدكتور «جيكسون إن جي» -أخصائي …- أنه": the name after an honorific, nobody's words
    if (WordSet.HONORIFICS.containsStem(n) && w.text().substring(w.get(prev).end(), s.open()).isBlank()) return true;
    String bare = Words.stripArticle(Words.stripConjunction(n));
    // "طالبا عدم الكشف عن اسمه "حسب معلوماتنا …"": his name withheld, the marks are his words
    if (n.startsWith("اسم") && n.length() > 3 && prev > 0 && Words.matches(w.norm(prev - 1), "عن|ذكر")) return false;
    String owned = withoutPossessive(n); // "بروايته «…»" → رواية
    if (owned != null && (WordSet.TERM_NOUNS.contains(owned)
        || (owned.length() > 3 && "بلك".indexOf(owned.charAt(0)) >= 0 && WordSet.TERM_NOUNS.contains(owned.substring(1))))) {
      return true;
    }
    // "وصرح شاهد من سكان الحي للقناة "اعتقدت ان الطائرة تحلق …"": the outlet spoken to, made
    // definite; an outlet's name in marks is short ("سي إن إن"), four words or more are words said
    if (SubjectFinder.isDefiniteOutletAddressee(n) && w.firstAtOrAfter(s.close()) - w.firstAtOrAfter(s.open()) >= 4) return false;
    // "وقال لوكهارت في مقابلة مع الصحيفة “أعتقد أنه من الصعب …”": the same with the medium made
    // definite after any preposition; a sentence's length (a programme's title may have four words)
    if (SubjectFinder.isDefiniteMedium(n) && w.firstAtOrAfter(s.close()) - w.firstAtOrAfter(s.open()) >= MASK_WORDS) return false;
    if (n.length() > 3 && (n.charAt(0) == 'ب' || n.charAt(0) == 'ل' || n.charAt(0) == 'ك') && !n.startsWith("بال")) {
      // "للموقع الرسمي لفريق "لدي مفاجئة سيئة ، لقد تعرض لكسر …"": a sentence, not a name
      int words = w.firstAtOrAfter(s.close()) - w.firstAtOrAfter(s.open());
      if (WordSet.TERM_NOUNS.contains(n.substring(1)) && words < MASK_WORDS) return true;
    }
    return WordSet.TERM_NOUNS.contains(bare) || WordSet.TERM_NOUNS.contains(n);
  }

  /**
   * "وصفت المفوضية … وضع اللاجئين … بأنه "معيب للغاية" ودعت الحكومة اليونانية إلى تحرك عاجل": a
   * verb joined by و right after the closing mark, with no comma, opens the sentence's next
   * clause (its subject is the one before, the words after it its object); it is no attribution
   * of the marks, which go with the verb before them ("«…»، قال X" and "كما قال" attribute).
   */
  private static boolean coordinatedVerbAfter(Words w, MarkedSpan s, Frame post) {
    int first = w.firstAtOrAfter(s.close() + 1);
    if (post.anchor() != first || !w.norm(first).startsWith("و")) return false;
    String gap = w.text().substring(s.close() + 1, w.get(first).start());
    return gap.isBlank();
  }

  /**
   * "التقرير الصادر عن "صندوق النقد الدولي"": a short quoted phrase after عن/من that no
   * reporting word governs names who issued something, it is nobody's words.
   */
  private static boolean issuerName(Words w, FrameFinder finder, MarkedSpan s, int words) {
    int prev = w.lastEndingBy(s.open());
    if (words > 4 || prev < 1 || !Words.matches(w.norm(prev), "عن|من")) return false;
    return finder.form(prev - 1).isEmpty() && !w.text().substring(w.get(prev).end(), s.open()).contains(":");
  }

  /**
   * Marks paired wrongly (a closing mark left from a quotation whose opening mark is missing,
   * paired with the next opening mark): the "quotation" starts or ends with the punctuation
   * that follows or precedes a real quotation ("…الحيوية" ⟦. وقد قدّم …⟧ "…").
   */
  private static boolean mispaired(String text, MarkedSpan s) {
    String inner = text.substring(s.innerStart(), s.innerEnd()).strip();
    // ("..مع مرور الوقت …": the dots of words cut at the start open a quotation, not a sentence end)
    int dots = QuotationMarks.afterEllipsis(inner, 0, inner.length());
    if (dots > 0 && dots < inner.length() && Character.isLetter(inner.charAt(dots))) return false;
    return !inner.isEmpty() && ".،,؛;:".indexOf(inner.charAt(0)) >= 0;
  }

  /** "«كوينتا دو لاغو»، و«فالي دو لوبو»": the second of a list of quoted names. */
  private static boolean inNameList(Words w, List<MarkedSpan> spans, MarkedSpan s) {
    int prev = w.lastEndingBy(s.open());
    if (prev < 0 || !Words.matches(w.norm(prev), "و|او")) return false;
    int before = w.get(prev).start();
    for (MarkedSpan o : spans) {
      if (o.close() < before && before - o.close() <= 3 && w.firstAtOrAfter(o.close()) - w.firstAtOrAfter(o.open()) <= 4) return true;
    }
    return false;
  }

  /**
   * True when أن/إن or لأن stands at most three words before and including word {@code last}
   * with no punctuation between: a clause still waiting for its predicate.
   */
  private static boolean clauseOpenedBefore(Words w, int last) {
    for (int k = last; k >= 0 && k >= last - 2; k--) {
      String n = Words.stripConjunction(w.norm(k));
      if (FrameFinder.isComplementiser(n) || Words.matches(n, "ل(ان|انه|انها|انهم)")) return true;
      String gap = w.gapBefore(k);
      if (FrameFinder.endsSentence(gap) || FrameFinder.hasComma(gap)) return false;
    }
    return false;
  }

  /** "روايته" → "روايه", "كتابها" → "كتاب"; null when the word has no possessive suffix. */
  private static String withoutPossessive(String n) {
    for (String suffix : new String[] {"هما", "هم", "ها", "ه"}) {
      if (n.length() > suffix.length() + 2 && n.endsWith(suffix)) {
        String stem = n.substring(0, n.length() - suffix.length());
        return stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
      }
    }
    return null;
  }

  /** True when word v is a speech verb behind the conjunction و the lexicon strips (not a root-initial و: "وصف"). */
  private static boolean conjoinedSpeechVerb(Words w, FrameFinder finder, int v) {
    String n = w.norm(v);
    return n.startsWith("و") && Words.stripConjunction(n) != n && finder.lexicon().lookupNormalized(n.substring(1)).isPresent();
  }

  /**
   * True when the verb f after the reported clause (the nearest complementiser back in its
   * sentence) goes on with the reporting speaker: it agrees in gender and number with the verb
   * that reported the clause ("أكد … أنه تعرف … وقال:", "وأبدى ري سعادته …، مؤكد أنهم حصلوا …
   * وقال:"; not "أوضحت الوزارة … أن المدير العام اجتمع … وقال:", "أكد المدرب أن اللاعبين اجتمعوا
   * … وقالوا:"). The pronoun on أن is the clause's subject, not necessarily the speaker.
   */
  private static boolean speakerOfClauseGoesOn(Words w, FrameFinder finder, Frame f) {
    int v = f.anchor();
    boolean plural = w.norm(v).endsWith("وا");
    for (int k = v - 1; k >= 0 && k > v - MAX_CLAUSE_WORDS; k--) {
      if (FrameFinder.endsSentence(w.gapBefore(k + 1))) return false;
      if (!finder.isReportComplementiser(k)) continue;
      for (int j = k - 1; j >= 0 && j > k - FrameFinder.MAX_FORWARD; j--) {
        if (FrameFinder.endsSentence(w.gapBefore(j + 1))) return false;
        java.util.Optional<VerbForm> outer = finder.form(j);
        if (outer.isPresent() && outer.get().kind() == VerbForm.Kind.VERB && finder.canAnchor(j)) {
          boolean outerPlural = Words.matches(w.norm(j), ".+(وا|ون|ين)");
          return plural == outerPlural && outer.get().feminine() == f.form().feminine();
        }
      }
      return false;
    }
    return false;
  }

  /** "عنه", "عنها", "فيهم": a preposition of pronoun-prepositions.txt with a pronoun. */
  private static boolean pronounOnPreposition(String n) {
    for (String pronoun : new String[] {"ه", "ها", "هم", "هما"}) {
      if (n.endsWith(pronoun) && WordSet.PRONOUN_PREPOSITIONS.contains(n.substring(0, n.length() - pronoun.length()))) return true;
    }
    return false;
  }

  /**
   * True when the marks sit inside a reported clause ("أكد أن الحكومة “ملتزمة …”"): a أن/إن
   * between the frame and the mark that is not right before the mark.
   */
  private static boolean insideReportedClause(Words w, FrameFinder finder, Frame f, MarkedSpan s) {
    int last = w.lastEndingBy(s.open());
    // "أنه بناء على ما سبق فإنه "…"": marks right after a complementiser hold the reported
    // words themselves, whatever came between the verb and them
    // (sentence-like spans only: "إنه على كيم جونغ أون أن "يحسّن سلوكه ويتأدب"" stays one clause)
    int words = w.firstAtOrAfter(s.close()) - w.firstAtOrAfter(s.open());
    // ("إنه يختلف … في أنه “…”": after في the complementiser means "in that", no new report)
    boolean marksOpenClause = last >= 0 && FrameFinder.isComplementiser(w.norm(last)) && words >= MASK_WORDS
        && !(last > 0 && w.norm(last - 1).equals("في"));
    // "وقال مورينيو الذي أكد … أنه ينوي قيادة مشروع طويل الأمد: "…"": marks opened right after a
    // colon are words of their own, not a part of the clause before the colon
    // (not "… لأن قضايا التحرش: «تدخل ضمن …»": there the marks are the predicate of a clause
    // opened just before the colon)
    boolean afterColon = last >= 0 && words >= MIN_DIRECT_WORDS && w.text().substring(w.get(last).end(), s.open()).contains(":")
        && !clauseOpenedBefore(w, last);
    for (int k = f.anchor() + 1; k <= last && !marksOpenClause && !afterColon; k++) {
      if (FrameFinder.isComplementiser(w.norm(k)) && k != last && !finder.inQuotedName(k)
          && !finder.isVanRightAfterVerb(f.anchor(), k) && !finder.isVanInName(k) && !adverbialComplementiser(w, k)) {
        return true; // not "(سي.إن.إن)", not "وقال فان جال: «…»"
      }
    }
    // "وأكد أن القرار ساري … قائلا: "…"": a participle right before the marks (or its colon)
    // reports them itself, whatever clause it stands in
    if (f.anchor() >= 0 && last == f.anchor() && f.form() != null && f.form().tense() == VerbForm.Tense.PARTICIPLE
        && f.form().kind() == VerbForm.Kind.VERB) {
      return false;
    }
    // "… دون ذكر اسماء بعينها مشيرا إلى أن "…"", "… نداء تونس واصفا ذلك ب "…"": a speech
    // participle at most three words before the marks starts a new report even without a comma
    // (as it ends the clause before it, see clauseEnd)
    if (f.form() != null && f.form().kind() == VerbForm.Kind.VERB
        && f.form().tense() == VerbForm.Tense.PARTICIPLE && last - f.anchor() <= 3) {
      return false;
    }
    // "… اعتبرت … ان هذا الفصل إجراء غير شرعي حيث أشارت إلى أنّه "…"": a past speech verb after
    // حيث, its complementiser right before sentence-like marks, reports them itself
    if (marksOpenClause && f.anchor() > 0 && w.norm(f.anchor() - 1).equals("حيث") && last - f.anchor() <= 2
        && f.form() != null && f.form().kind() == VerbForm.Kind.VERB && f.form().tense() == VerbForm.Tense.PAST) {
      return false;
    }
    // "أكد … أنه تعرف على أداء لاعبي الفريق وقال: "لدي قناعة …"": a past speech verb joined by و
    // right before the colon and sentence-like marks is the speaker's next verb, which ends the
    // clause before it and reports the marks itself (a subject after it would be named: "وقال
    // المدرب:")
    // (only when the verb agrees with the verb that reported the clause: "أكد المدرب أن اللاعبين
    // اجتمعوا … وقالوا:" and "أوضحت الوزارة … أن المدير العام اجتمع … وقال:" are someone else
    // speaking — review quotes21 F1)
    if (afterColon && f.anchor() == last && f.form() != null && f.form().kind() == VerbForm.Kind.VERB
        && f.form().tense() == VerbForm.Tense.PAST && conjoinedSpeechVerb(w, finder, f.anchor())
        && speakerOfClauseGoesOn(w, finder, f)) {
      return false;
    }
    // "… مضيفة أن الرئيس يتمتع بسلطة واسعة … وقالت في بيان "ستواصل الوزارة الدفاع …"": the same
    // with a short adjunct naming the occasion or the audience instead of the colon, before
    // sentence-like marks
    if (words >= MASK_WORDS && f.anchor() < last && speechAdjunct(w, finder, f.anchor() + 1, last) && f.form() != null
        && f.form().kind() == VerbForm.Kind.VERB && f.form().tense() == VerbForm.Tense.PAST
        && conjoinedSpeechVerb(w, finder, f.anchor()) && speakerOfClauseGoesOn(w, finder, f)) {
      return false;
    }
    // the anchor itself inside an earlier report: "قال إنه ما زال يعتبر الأمر «…»"
    for (int k = f.anchor() - 1; k >= 0 && k > f.anchor() - FrameFinder.MAX_BACK; k--) {
      if (FrameFinder.endsSentence(w.gapBefore(k + 1))) return false;
      if (FrameFinder.hasComma(w.gapBefore(k + 1))) return false;
      if (finder.canAnchor(k)) return false; // a new report starts here ("… مضيفا قوله “…”")
      if (finder.isReportComplementiser(k)) {
        // "… لرويترز إن مرسي قال “…”": a report nested at the start of the clause is its own
        // (the innermost report is the quotation)
        // ("أن جنتيلوني قال للصحفيين في طهران «…»": or the verb's audience and place before them)
        if (f.form() != null && f.form().tense() == VerbForm.Tense.PAST
            && (last - f.anchor() <= 2 || (words >= MIN_DIRECT_WORDS && speechAdjunct(w, finder, f.anchor() + 1, last)))
            && finder.subjects().subjectAfterComplementiser(f.anchor()) != null) {
          return false;
        }
        for (int v = k - 1; v >= 0 && v >= k - FrameFinder.MAX_FORWARD; v--) {
          if (FrameFinder.endsSentence(w.gapBefore(v + 1))) return false;
          if (finder.form(v).map(x -> x.kind() == VerbForm.Kind.VERB).orElse(false)) return true;
        }
        return false;
      }
    }
    return false;
  }

  /**
   * True when words from..to (one to four, no punctuation between them or before the marks)
   * are a speech verb's adjunct: the audience or the occasion, opened by ل or by في/خلال/أمام
   * ("للصحفيين في طهران", "في بيان", "لرويترز"), with no verb or complementiser in them.
   */
  private static boolean speechAdjunct(Words w, FrameFinder finder, int from, int to) {
    if (to < from || to - from > 3) return false;
    String first = w.norm(from);
    if (!(WordSet.SPEECH_ADJUNCT_OPENERS.contains(first) || (first.startsWith("ل") && first.length() >= 4 && !first.startsWith("لا")))) return false;
    for (int k = from; k <= to; k++) {
      String gap = w.gapBefore(k);
      if (k > from && (FrameFinder.hasComma(gap) || FrameFinder.endsSentence(gap) || gap.contains(":"))) return false;
      if (FrameFinder.isComplementiser(w.norm(k)) || finder.form(k).isPresent()) return false;
    }
    return true;
  }

  private static boolean insideFound(List<Found> found, int offset) {
    for (Found q : found) if (offset >= q.start() && offset < q.end()) return true;
    return false;
  }

  private static boolean insideAny(List<MarkedSpan> spans, int offset) {
    for (MarkedSpan s : spans) if (s.contains(offset)) return true;
    return false;
  }
}
