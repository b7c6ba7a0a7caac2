package org.marsad.nlp.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.nlp.article.Entity;

/**
 * Decides who said each quotation, in text order:
 * <ul>
 *   <li>a named speaker in the frame is used (role aside, see {@link SpeakerNames}); when the
 *       article has entities, the person or organisation entity covering the phrase gives the
 *       surface form and the canonical id;</li>
 *   <li>a frame without a subject ("وأضاف", "موضحاً") inherits the previous speaker, preferring
 *       one introduced with the same grammatical gender ("وأضافت" → the organisation);</li>
 *   <li>a nominal speaker ("البيان", "المصدر", "الوزارة") resolves to an earlier speaker whose
 *       frame or name contains the noun ("قولها في بيان" → that speaker; "مصدر في الخارجية"),
 *       else to the nearest earlier "وزارة الخارجية …" style phrase with that head.</li>
 * </ul>
 */
final class SpeakerResolver {
  /** Heads that refer back to the person already speaking ("ضيف البرنامج", "ضيفة الحلقة"). */
  private static final Set<String> ANAPHORIC_HEADS = Set.of("ضيف", "ضيفه",
      "معاليه", "سموه", "سماحته", "فضيلته", "فخامته", "معاليها", "سموها"); // "وأكد معاليه": the person just named
  private static final Set<String> DEMONSTRATIVES = Set.of("هذه", "هذا", "هولاء", "تلك", "ذلك");
  /** "الاثنان", "كلاهما": the two people speaking together. */
  private static final Set<String> BOTH = Set.of("الاثنان", "الاثنين", "كلاهما", "كليهما", "الطرفان", "الجانبان");
  private static final Set<String> SAME = Set.of("نفسه", "ذاته", "نفسها", "ذاتها", "المشترك", "الرسمي", "الختامي", "الصادر", "المذكور");

  /** A resolved speaker: surface form and canonical id, either may be null. */
  record Speaker(String name, String id) {
    static final Speaker UNKNOWN = new Speaker(null, null);
  }

  /** Singular source nouns and their plural (source-plurals.txt: "مصدر	مصادر"). */
  private static final java.util.Map<String, String> SOURCE_PLURALS = sourcePlurals();

  private static java.util.Map<String, String> sourcePlurals() {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (String line : org.marsad.nlp.util.ResourceLines.read(SpeakerResolver.class, "source-plurals.txt")) {
      String[] p = line.trim().split("\\s+");
      if (p.length == 2) m.put(org.marsad.text.ArabicNormalizer.match(p[0]), org.marsad.text.ArabicNormalizer.match(p[1]));
    }
    return java.util.Map.copyOf(m);
  }

  private record Known(String speaker, String id, boolean feminine, Set<String> frameWords, Set<String> nameWords) {}

  private final Words w;
  private final List<Entity> entities;
  private final List<Known> history = new ArrayList<>();
  /** Anchor word of the frame being resolved and of the one remembered last (-1: none). */
  private int currentAnchor = -1, lastAnchor = -1;
  /** Whether the frame being resolved is inside another quotation; indices of such entries in {@link #history}. */
  private boolean currentNested;
  /** Whether the frame being resolved introduces a direct quotation. */
  private boolean currentDirect;
  private final Set<Integer> nestedInHistory = new HashSet<>();
  /**
   * Speakers the text wrote as a name after their role ("نائب حركة النهضة …، العجمي الوريمي"):
   * names even when their first word is definite, which a speaker alone does not tell.
   */
  private final Set<String> namesAfterRole = new HashSet<>();

  /** Issuers of the statements and reports the text mentions (null: none looked up). */
  private final DocumentIssuers issuers;

  SpeakerResolver(Words words, List<Entity> entities) {
    this(words, entities, null);
  }

  SpeakerResolver(Words words, List<Entity> entities, DocumentIssuers issuers) {
    this.w = words;
    this.entities = entities == null ? List.of() : entities;
    this.issuers = issuers;
  }

  /**
   * The speaker of the next frame in text order ({@code position}: offset of the quotation or
   * of the verb), remembered for later continuations.
   */
  Speaker resolve(Frame f, int position) {
    return resolve(f, position, false);
  }

  /**
   * As {@link #resolve(Frame, int)}; {@code nested}: the frame's verb stands inside another
   * quotation's reported words ("وأضافت … أن الأطباء أكدوا لهم أن …"), so its speaker is one the
   * quoted person mentions, not the person a later verb without a subject goes on with.
   */
  Speaker resolve(Frame f, int position, boolean nested) {
    return resolve(f, position, nested, false);
  }

  /**
   * As {@link #resolve(Frame, int, boolean)}; {@code direct}: the frame introduces a direct
   * quotation ("…، وقالت: «…»"), which a verb coordinated inside another's clause rarely does.
   */
  Speaker resolve(Frame f, int position, boolean nested, boolean direct) {
    currentNested = nested;
    currentDirect = direct;
    currentAnchor = f.anchor();
    boolean fem = f.form() != null && f.form().feminine();
    // "بقولها": a verbal noun tells its speaker's gender by its pronoun
    if (f.form() != null && f.form().kind() == VerbForm.Kind.MASDAR && f.anchor() >= 0 && f.anchor() < w.size()
        && w.get(f.anchor()).text().endsWith("ها")) {
      fem = true;
    }
    if (f.speaker() == null || f.speaker().isEmpty()) {
      // no earlier speaker: unknown. (Taking the nearest person entity before the quotation was
      // tried and removed: in "وقال لـ"الاقتصادية": “…”" after a paragraph about a player it
      // names the player; people introduced by a sentence's verb come from SentenceSubjects.)
      Known k = inherit(fem);
      if (k == null) return Speaker.UNKNOWN;
      if (spokenTo(f.anchor(), k)) {
        // (someone the text has not named speaks; "وأضاف" after it goes on with him, unknown.
        // He keeps no frame words: "للصحيفة" would make a later "وقالت الصحيفة" his)
        remember(new Known(null, null, fem, Set.of(), Set.of()));
        return Speaker.UNKNOWN;
      }
      remember(new Known(k.speaker(), k.id(), k.feminine(), frameWords(f), k.nameWords()));
      return new Speaker(k.speaker(), k.id());
    }
    Frame.Range phrase = f.speaker();
    if (phrase.to() - phrase.from() == 1 && BOTH.contains(Words.stripConjunction(w.norm(phrase.from()))) && !history.isEmpty()) {
      // "وكتب الاثنان" after "وقالت الوزيرة … ووزير …": the pair speaking last
      Known k = history.get(history.size() - 1);
      remember(new Known(k.speaker(), k.id(), k.feminine(), frameWords(f), k.nameWords()));
      return new Speaker(k.speaker(), k.id());
    }
    if (phrase.to() - phrase.from() == 2 && w.norm(phrase.from() + 1).startsWith("و")) {
      // "وقال ماي وكازنوف" after "وقالت وزيرة الداخلية البريطانية تريزا ماي ووزير الداخلية
      // الفرنسي برنار كازنوف": two names of one earlier joint subject are that subject
      String a = w.norm(phrase.from()), b = Words.stripConjunction(w.norm(phrase.from() + 1));
      for (int i = history.size() - 1; i >= 0 && i >= history.size() - 6; i--) {
        Known k = history.get(i);
        if (!a.equals(b) && k.nameWords().contains(a) && k.nameWords().contains(b) && k.speaker() != null) {
          remember(new Known(k.speaker(), k.id(), fem, frameWords(f), k.nameWords()));
          return new Speaker(k.speaker(), k.id());
        }
      }
    }
    if (ANAPHORIC_HEADS.contains(Words.stripArticle(Words.stripConjunction(w.norm(phrase.from())))) && !history.isEmpty()) {
      // "وأوضح ضيف بوليتيكا أن …": the programme's guest is the person already speaking
      Known k = inherit(fem);
      remember(new Known(k.speaker(), k.id(), k.feminine(), frameWords(f), k.nameWords()));
      return new Speaker(k.speaker(), k.id());
    }
    Known epithet = epithetSpeaker(phrase, fem);
    if (epithet != null) {
      Set<String> names = new HashSet<>(epithet.nameWords());
      names.addAll(words(phrase));
      remember(new Known(epithet.speaker(), epithet.id(), fem, frameWords(f), names));
      return new Speaker(epithet.speaker(), epithet.id());
    }
    String head = nominalHead(phrase);
    if (head == null && withoutDocumentNoun(phrase).from() != phrase.from()) {
      head = nominalHead(withoutDocumentNoun(phrase)); // "بيان للبلدية" → البلدية
    }
    if (head != null) {
      Known k = resolveNominal(head, phrase);
      if (k == null && saysSame(phrase) && !history.isEmpty()) {
        // "وأضاف المصدر ذاته" with no source met before: the same speaker as before
        k = inherit(fem);
      }
      if (k != null) {
        Set<String> names = new HashSet<>(k.nameWords());
        names.addAll(words(phrase));
        remember(new Known(k.speaker(), k.id(), fem, frameWords(f), names));
        return new Speaker(k.speaker(), k.id());
      }
    }
    phrase = withoutDocumentNoun(phrase);
    phrase = publisherOfDocument(phrase);
    phrase = knownNamePrefix(phrase);
    Entity e = coveringEntity(phrase);
    if (e != null && !"PERS".equals(e.type()) && SubjectFinder.isOpenHead(w.norm(phrase.from()))
        && e.start() > w.get(phrase.from()).start()) {
      e = null; // "مصدر في [الخارجية الروسية]": somebody in the organisation, not the organisation (as below)
    }
    Frame.Range name = SpeakerNames.name(w, phrase);
    // (an organisation tagged inside the role, "مهاجم [المنتخب الجابوني]", does not name the person)
    boolean orgInsideRole = e != null && !"PERS".equals(e.type()) && e.start() > w.get(phrase.from()).start();
    if ((e == null || orgInsideRole) && name.equals(phrase) && SpeakerNames.isRole(w.norm(phrase.from()))
        && (phrase.to() - phrase.from() >= 2 || Words.isDefinite(Words.stripConjunction(w.norm(phrase.from()))))) {
      // "واعتبرت رئيسة جمعية القضاة أن …" after "رئيسة جمعية القضاة روضة القرافي": the role
      // alone refers to the person named with it earlier
      // (the same role right before a name is surer than a name mentioned near the role's words,
      // less sure than an earlier speaker introduced with the role)
      Known k = speakerWithSameRole(phrase);
      Frame.Range holder = k == null ? namedWithSameRole(phrase) : null;
      if (k == null && holder == null) k = byRole(phrase, fem);
      if (k == null && holder == null) holder = namedAfterHeadRole(phrase);
      if (k != null) {
        remember(new Known(k.speaker(), k.id(), fem, frameWords(f), k.nameWords()));
        return new Speaker(k.speaker(), k.id());
      }
      if (holder != null) {
        String said = w.span(holder.from(), holder.to());
        Set<String> names = new HashSet<>(words(holder));
        names.addAll(words(phrase));
        namesAfterRole.add(said);
        String id = entityIdByName(said);
        remember(new Known(said, id, fem, frameWords(f), names));
        return new Speaker(said, id);
      }
    }
    if (e == null && phrase.to() - phrase.from() == 1) {
      // "وقال الباحثون" after "فحص باحثون من جامعتي بليموث وإكستير …": a bare definite noun
      // refers back to the group the text introduced with the same noun, indefinite, and who they are
      Frame.Range intro = indefiniteIntroduction(phrase.from());
      if (intro != null) {
        Set<String> names = new HashSet<>(words(intro));
        names.addAll(words(phrase));
        String said = w.span(intro.from(), intro.to());
        remember(new Known(said, null, fem, frameWords(f), names));
        return new Speaker(said, null);
      }
    }
    if (e == null) {
      Known k = fieldBodySpeaker(phrase);
      if (k != null) {
        remember(new Known(k.speaker(), k.id(), fem, frameWords(f), k.nameWords()));
        return new Speaker(k.speaker(), k.id());
      }
    }
    if (e == null && name.equals(phrase)) {
      // "وذكر بيان لشرطة المنطقة" after "وقالت شرطة منطقة باريس": the organisation again
      Known k = definiteShortForm(phrase);
      if (k != null) {
        remember(new Known(k.speaker(), k.id(), fem, frameWords(f), k.nameWords()));
        return new Speaker(k.speaker(), k.id());
      }
    }
    String speaker = w.span(name.from(), name.to());
    if (name.from() > f.speaker().from() && startsWithLam(w.norm(name.from())) && name.from() == phrase.from()) {
      speaker = dropLam(speaker);
    }
    String id = null;
    if (e != null) {
      id = e.id();
      // the recogniser's span replaces the rule-based name only when it lies inside the phrase
      // and does not reach back over the role: "وأفاد الغامدي" or "جازان بيشي" are tagging slips
      int phraseStart = w.get(phrase.from()).start(), phraseEnd = w.get(phrase.to() - 1).end();
      // ("ديميتري بيسكوف المتحدث باسم الكرملين" tagged "ديميتري": a name the text closes with a
      // role after it is whole; the recogniser's shorter start of it is not the name)
      boolean closedByRole = name.to() < phrase.to() && SpeakerNames.isRole(w.norm(name.to())) && name.to() - name.from() >= 2
          && e.start() == w.get(name.from()).start() && e.end() < w.get(name.to() - 1).end() && restLooksLikeName(e.end(), name.to());
      if ("PERS".equals(e.type()) && e.start() >= w.get(name.from()).start() && e.start() >= phraseStart && e.end() <= phraseEnd
          && startsAWord(e.start()) && !closedByRole) {
        speaker = e.text();
      }
      if ("PERS".equals(e.type()) && closedByRole) id = entityIdByName(speaker); // the tagged part may be someone else's
    } else if (!SubjectFinder.isOpenHead(w.norm(phrase.from()))) {
      // the recogniser missed this mention but may have tagged the same name elsewhere in the
      // article ("الخارجية الروسية" in a relay frame, "بيسكوف" after a verb it did not expect);
      // "مصدر في الخارجية" is somebody in the ministry, not the ministry, and gets no id
      id = entityIdByName(speaker);
    }
    // "وقال كير" after "شن رئيس جنوب السودان سلفاكير ميارديت …": the second half of a compound
    // given name written as one word stands for the full name the text gave before
    if (name.to() - name.from() == 1 && !speaker.contains(" ")) {
      Frame.Range full = compoundName(w.norm(name.from()), phrase.from());
      if (full != null) speaker = w.span(full.from(), full.to());
    }
    if (fragment(speaker)) {
      // nobody to name, and nobody a later "وأضاف" may go on with
      remember(new Known(null, null, fem, Set.of(), Set.of()));
      return Speaker.UNKNOWN;
    }
    if (name.from() > phrase.from() && SpeakerNames.isRole(Words.stripConjunction(w.norm(phrase.from()))) && nameLike(name)
        && !endOfEarlierName(speaker)) {
      namesAfterRole.add(speaker);
    }
    remember(new Known(speaker, id, fem, frameWords(f), words(phrase)));
    return new Speaker(speaker, id);
  }

  /**
   * True when a speaker is no noun phrase but a piece of the sentence: a lone letter ("د" of
   * "د.احمد محمد اللويمي"), a phrase led by a conjunction (speaker-conjunctions.txt: "لكن
   * مشاهدتها", "إذ") or one word that is a verb with و glued on ("وتعاطف" of "من حرض ودافع وتعاطف
   * مع …"; the imperfect/تفاعل shape وت…, which no name in the development gold has). Session 25,
   * lane fixquotes25: the review of quotesind25 (F4) saw these on unseen text.
   */
  static boolean fragment(String speaker) {
    if (speaker == null) return false;
    String letters = speaker.replaceAll("[^\\p{IsArabic}\\p{IsLatin}]", "").replaceAll("[\\u064B-\\u0652\\u0640]", "");
    if (letters.length() <= 1) return true;
    String[] words = Words.normWords(speaker);
    if (words.length == 0) return true;
    if (WordSet.SPEAKER_CONJUNCTIONS.contains(words[0])) return true;
    return words.length == 1 && Words.matches(words[0], "وت\\S{3,}");
  }

  /** Earlier speakers a bare country epithet ("وأضاف السويسري") may go back to. */
  private static final int EPITHET_LOOKBACK = 3;
  /** Words before a country adjective where an earlier mention's role may stand ("وزير الخارجية الألماني"). */
  private static final int EPITHET_ROLE_WINDOW = 3;
  /** Words of an epithet headed by نجم/عملاق/أسطورة ("نجم المنتخب الإيطالي السابق"). */
  private static final int EPITHET_HEADED_WORDS = 4;

  /**
   * The one epithet rule (sessions 23, lanes quotes23 and quotesind23, merged): a subject with no
   * name of its own that only describes a person the text named before, as sports and foreign news
   * write. Three shapes, one order of resolution:
   * <ul>
   * <li>definite words with a country adjective (demonyms: the entity package's list and
   * epithet-demonyms.txt) and a role or person noun before it ("وأضاف الحكم الإنجليزي السابق",
   * "وتحدث الوزير الألماني"): the person named after the same adjective where the same role heads
   * its phrase just before it, else the person speaking last when the text named him after the
   * adjective ("النائب الفرنسي" is not "وزير الداخلية الفرنسي برنار كازنوف");</li>
   * <li>an epithet head of epithet-heads.txt with at most one word without ال and then definite
   * words ("وأكد نجم المنتخب الإيطالي", "نجم برشلونة"; "نجم الهلال السابق محمد الشلهوب" has a name):
   * the same role check when it holds a country adjective, else the person already speaking when
   * that person was named (not a role or an open noun);</li>
   * <li>the bare adjective ("وأضاف السويسري"): the latest named person speaking with the verb's
   * gender, unless the text also writes the word as a family name ("منصور التركي": "وأشار التركي"
   * is him, as the name alone says).</li>
   * </ul>
   * Null when nobody fits.
   */
  private Known epithetSpeaker(Frame.Range phrase, boolean fem) {
    String first = Words.stripConjunction(w.norm(phrase.from()));
    Known k = WordSet.EPITHET_HEADS.contains(first) ? headedEpithet(phrase, first, fem) : countryEpithet(phrase, fem);
    // (session 23 review: the rule handed on objects and older misreadings, "مواصلة إيران",
    // "تحقيق أطماعها", "اجتماع", "الكروي بالنادي الأهلي": only a person's name is a person)
    return k != null && personName(k.speaker()) ? k : null;
  }

  /**
   * True when the words read as a person's name: past leading definite words ("المصري الدولي محمد
   * صلاح"), one to four words (lineage words aside) with no role, institution noun, stop word,
   * open head, place, digit, preposition on a definite noun ("بالنادي") or pronoun suffix
   * ("أطماعها"), and a definite word only last or after عبد/أبو ("عبد الواحد النبوي").
   */
  private static boolean personName(String said) {
    if (said == null) return false;
    String[] n = Words.normWords(said);
    int from = 0;
    while (from < n.length && Words.isDefinite(Words.stripConjunction(n[from]))) from++;
    int len = n.length - from, lineageWords = 0;
    if (len < 1 || len > MAX_NAME_WITH_LINEAGE) return false;
    for (int i = from; i < n.length; i++) {
      String x = n[i];
      if (lineage(x)) lineageWords++;
      if (x.chars().anyMatch(Character::isDigit) || SpeakerNames.isRole(x) || WordSet.INSTITUTION_NOUNS.containsStem(x)
          || WordSet.SPEAKER_STOPS.contains(x) || SubjectFinder.isOpenHead(x) || WordSet.NOMINAL_HEADS.contains(Words.stripArticle(x))
          || WordSet.NOT_NAME_WORDS.contains(x) || WordSet.PLACES.contains(x) || WordSet.PLACES.contains(Words.stripConjunction(x))) {
        return false;
      }
      if ((x.startsWith("بال") || x.startsWith("لل")) && !WordSet.BAL_FAMILY_NAMES.contains(x)) return false;
      if (x.length() > 4 && Words.matches(x, ".*(ها|هم|هما|كم)")) return false;
      if (Words.isDefinite(x) && i < n.length - 1 && !(i > from && Words.matches(n[i - 1], "عبد|ابو|ابي"))) return false;
    }
    return len - lineageWords <= MAX_NAME_AFTER_ROLE;
  }

  /**
   * True when the text ties the earlier speaker to this country adjective: his own phrase held it
   * ("وقال الفرنسي بلاتيني"), or it stands right before a name of his ("السويسري جوزيف بلاتر",
   * "الفرنسي المخضرم أرسين فينغر") or right after one ("بلاتر السويسري"). A bare adjective is no
   * pronoun: "فرد الفرنسي المخضرم" after "البرتغالي جوزيه مورينيو" is not Mourinho (session 23 review).
   */
  private boolean tiedToAdjective(Known k, String adjective) {
    if (k.nameWords().contains(adjective)) return true;
    Set<String> his = new HashSet<>(List.of(Words.normWords(k.speaker())));
    for (int m = 0; m < w.size(); m++) {
      if (!Words.stripConjunction(w.norm(m)).equals(adjective)) continue;
      Frame.Range name = nameAfterAdjective(m);
      if (name != null && sharesAWord(k.speaker(), w.span(name.from(), name.to()))) return true;
      if (m > 0 && w.gapBefore(m).isBlank() && his.contains(Words.stripConjunction(w.norm(m - 1)))) return true;
    }
    return false;
  }

  /** The epithet headed by نجم/عملاق/أسطورة (see {@link #epithetSpeaker}). */
  private Known headedEpithet(Frame.Range phrase, String head, boolean fem) {
    int from = phrase.from(), to = phrase.to();
    if (to - from < 2 || to - from > EPITHET_HEADED_WORDS || coveringEntity(phrase) != null) return null;
    for (int i = from + 2; i < to; i++) if (!Words.isDefinite(w.norm(i))) return null;
    // (an earlier speaker introduced with every word of the epithet: "وقال نجم المنتخب الإيطالي أندريا بيرلو")
    Known introduced = speakerWithSameRole(phrase);
    if (introduced != null) return introduced;
    for (int i = from + 1; i < to; i++) {
      String n = w.norm(i);
      if (WordSet.NATIONALITIES.contains(n)) {
        Known k = namedWithRoleAndAdjective(phrase, n, head, fem);
        if (k != null) return k;
      }
    }
    Known k = inherit(fem);
    if (k == null || k.speaker() == null) return null;
    String said = Words.normWords(k.speaker())[0];
    return SubjectFinder.isOpenHead(said) || SpeakerNames.isRole(said) ? null : k;
  }

  /** Definite words with a country adjective, or the bare adjective (see {@link #epithetSpeaker}). */
  private Known countryEpithet(Frame.Range phrase, boolean fem) {
    int len = phrase.to() - phrase.from();
    if (len < 1 || len > 3) return null;
    int country = -1;
    String role = null;
    for (int i = phrase.from(); i < phrase.to(); i++) {
      String n = Words.stripConjunction(w.norm(i));
      if (!Words.isDefinite(n)) return null;
      if (country < 0 && WordSet.NATIONALITIES.contains(n)) country = i;
      else if (country < 0 && i == phrase.from() && (SpeakerNames.isRole(n) || WordSet.EPITHET_PERSON_NOUNS.containsStem(n))) role = Words.stripArticle(n);
      else if (country < 0 || !WordSet.EPITHET_ADJECTIVES.contains(n)) return null;
    }
    if (country < 0) return null;
    String adjective = Words.stripConjunction(w.norm(country));
    if (role != null) return namedWithRoleAndAdjective(phrase, adjective, role, fem);
    for (int m = phrase.from() - 1; m > 0; m--) {
      if (!w.norm(m).equals(adjective) || !w.gapBefore(m).isBlank()) continue;
      String before = Words.stripConjunction(w.norm(m - 1));
      if (!Words.isDefinite(before) && !SpeakerNames.isRole(before) && !WordSet.SPEAKER_STOPS.contains(before)
          && !WordSet.NATIONALITIES.contains(before)) {
        return null; // "منصور التركي": a family name
      }
    }
    for (int i = history.size() - 1; i >= 0 && i >= history.size() - EPITHET_LOOKBACK; i--) {
      Known k = history.get(i);
      if (k.speaker() == null || k.feminine() != fem) continue;
      String first = Words.normWords(k.speaker())[0];
      if (!Words.isDefinite(first) && !SpeakerNames.isRole(first) && !WordSet.INSTITUTION_NOUNS.containsStem(first)
          && tiedToAdjective(k, adjective)) {
        return k;
      }
    }
    return null;
  }

  /**
   * The role check of the epithet rule: the person named after the country adjective where the same
   * role heads its phrase just before it (the nearest such mention before the phrase), else the
   * person speaking last when the text named him after the adjective; null when neither.
   */
  private Known namedWithRoleAndAdjective(Frame.Range phrase, String adjective, String role, boolean fem) {
    Known last = history.isEmpty() ? null : history.get(history.size() - 1);
    Known named = null;
    for (int m = phrase.from() - 1; m >= 0 && named == null; m--) {
      if (!Words.stripConjunction(w.norm(m)).equals(adjective)) continue;
      Frame.Range name = nameAfterAdjective(m);
      if (name == null) continue;
      String said = w.span(name.from(), name.to());
      Known k = new Known(said, entityIdByName(said), fem, Set.of(), new HashSet<>(words(name)));
      if (roleBefore(m, role)) return k;
      // (he keeps the form he spoke with, "قادري" of "وقال قادري" rather than "جلال قادري", unless
      // that form is longer than the name: "شتاينماير تفهمه قلق الرياض …" was an older misreading)
      if (last != null && last.speaker() != null && sharesAWord(last.speaker(), said)) {
        named = Words.normWords(last.speaker()).length <= name.to() - name.from() ? last : k;
      }
    }
    return named;
  }

  /** The name right after the country adjective at m, or after one definite adjective more ("الفرنسي المعارض كزافييه برتران"). */
  private Frame.Range nameAfterAdjective(int m) {
    Frame.Range name = nameRightAfter(m + 1);
    if (name == null && m + 2 < w.size() && w.gapBefore(m + 1).isBlank() && Words.isDefinite(w.norm(m + 1))
        && !SpeakerNames.isRole(w.norm(m + 1))) {
      name = nameRightAfter(m + 2);
    }
    return name;
  }

  /** True when the role stands among the few words before the adjective at m, in the same sentence. */
  private boolean roleBefore(int m, String role) {
    for (int k = m - 1; k >= 0 && k >= m - EPITHET_ROLE_WINDOW; k--) {
      // (the word is compared before a conjunction is stripped too: "وزير" begins with و)
      String n = w.norm(k);
      // ("زوجة الرئيس الأمريكي ميشيل أوباما": the role in another noun's construct names her, not him)
      if (Words.stripArticle(n).equals(role) || Words.stripArticle(Words.stripConjunction(n)).equals(role)) return !headedByAnotherNoun(k);
      if (FrameFinder.endsSentence(w.gapBefore(k))) return false;
    }
    return false;
  }

  private static boolean sharesAWord(String a, String b) {
    Set<String> x = new HashSet<>(List.of(Words.normWords(a)));
    for (String y : Words.normWords(b)) if (x.contains(y)) return true;
    return false;
  }

  /** The latest earlier speaker whose phrase held every word of this role phrase ("رئيسة جمعية القضاة روضة القرافي"). */
  private Known speakerWithSameRole(Frame.Range phrase) {
    Set<String> role = new HashSet<>();
    for (int i = phrase.from(); i < phrase.to(); i++) role.add(Words.stripConjunction(w.norm(i)));
    for (int i = history.size() - 1; i >= 0; i--) {
      Known k = history.get(i);
      if (k.nameWords().containsAll(role) && !role.containsAll(List.of(Words.normWords(k.speaker())))) return k;
    }
    return null;
  }

  /** Words a name after a role may have ("محمد بن سلمان بن عبدالعزيز" is cut to its first four). */
  private static final int MAX_NAME_AFTER_ROLE = 4;

  /** Words a name after a role may have with its lineage words ("بن", "آل", "عبد"). */
  private static final int MAX_NAME_WITH_LINEAGE = 7;

  /**
   * "وكان رئيس مجلس النواب العراقي أعلن …" after "… مع رئيس مجلس النواب العراقي سليم الجبوري،": a
   * definite role that no earlier speaker explains refers to the person the text named right
   * after the same role words (a conjunction aside; an apposition comma or an honorific
   * between them), even when that person has not spoken: the nearest such mention.
   * Only a role of two words or more with a definite word ("المهندس وسط احتفاء الجمهور" and
   * "حاكم ولاية كاليفورنيا شاعرا" name nobody). Null when the text has none.
   */
  private Frame.Range namedWithSameRole(Frame.Range phrase) {
    int len = phrase.to() - phrase.from();
    String first = Words.stripConjunction(w.norm(phrase.from()));
    if (len < 2 || len > 6 || SubjectFinder.isOpenHead(first) || !anyDefinite(phrase)) return null;
    for (int m = phrase.from() - len; m >= 0; m--) {
      if (!sameRoleAt(phrase, m) || headedByAnotherNoun(m)) continue;
      Frame.Range name = nameRightAfter(m + len);
      if (name != null) return name;
    }
    return null;
  }

  /**
   * "وطالبت زعيمة اليمين المتطرف … قائلة" after "غادرت زعيمة حزب الجبهة الوطنية اليميني الفرنسي
   * مارين لوبان": a definite role phrase (of two words or more) whose head is no title many hold (SHARED_TITLES, honorifics)
   * refers to the person the text named after the same head and its complement (up to six words
   * of institution nouns and definite words, no punctuation), a name it writes again whole, even
   * when that person has not spoken: the nearest such mention. Null when the text has none.
   */
  private Frame.Range namedAfterHeadRole(Frame.Range phrase) {
    String first = Words.stripConjunction(w.norm(phrase.from()));
    String head = Words.stripArticle(first);
    // (definite by its article or, in construct, by its genitive: "زعيمة اليمين المتطرف")
    if (phrase.to() - phrase.from() < 2 || !anyDefinite(phrase) || !WordSet.ROLE_NOUNS.contains(head)
        || SHARED_TITLES.contains(head) || WordSet.HONORIFICS.containsStem(head)) {
      return null;
    }
    for (int m = phrase.from() - 1; m >= 0; m--) {
      if (!Words.stripArticle(Words.stripConjunction(w.norm(m))).equals(head) || headedByAnotherNoun(m)) continue;
      for (int j = m + 1; j < phrase.from() && j <= m + 7; j++) {
        if (!w.gapBefore(j).isBlank()) break;
        String n = w.norm(j);
        if (Words.isDefinite(n) || WordSet.INSTITUTION_NOUNS.containsStem(n) || SpeakerNames.isRole(n)) continue;
        // (a name-like word right after the head ends the search there: the head is a given name,
        // "الشاعرة أمينة بوغيث", or heads a named complement, "مدرب مانشستر يونايتد الهولندي …";
        // after an indefinite word the name would still be inside the complement)
        if (j == m + 1) break;
        if (!Words.isDefinite(w.norm(j - 1))) continue;
        Frame.Range name = nameWrittenTwice(j);
        if (name != null) return name;
        break;
      }
    }
    return null;
  }

  /**
   * The name of two or three words starting at word j that the text writes again whole
   * elsewhere ("مارين لوبان" … "ادعاءات مارين لوبان"), the shortest such; null otherwise.
   */
  private Frame.Range nameWrittenTwice(int j) {
    for (int end = j + 2; end <= j + 3 && end <= w.size(); end++) {
      if (!w.gapBefore(end - 1).isBlank()) return null;
      Frame.Range name = new Frame.Range(j, end);
      if (!nameLike(name, true) || !plainNameWords(name)) continue;
      // (only the family name may carry the article, and then as a nisba: "عام المملكة" is none)
      boolean definiteInside = false;
      for (int k = j; k < end - 1; k++) definiteInside |= Words.isDefinite(w.norm(k));
      String last = w.norm(end - 1);
      if (definiteInside || (Words.isDefinite(last) && !Words.isNisba(last))) continue;
      for (int i = 0; i + (end - j) <= w.size(); i++) {
        if (i >= j && i < end) continue;
        boolean same = true;
        for (int k = 0; k < end - j && same; k++) {
          same = Words.stripConjunction(w.norm(i + k)).equals(w.norm(j + k)) && (k == 0 || w.gapBefore(i + k).isBlank());
        }
        if (same) return name;
      }
    }
    return null;
  }

  /**
   * True when an earlier speaker is a source the text did not name, headed by an office noun
   * (role-hypernyms.txt: "مسؤول يمني رفيع") or a source noun ("مصدر أمني", "مصادر"): a later
   * "المسؤول اليمني" may be that source, so it is not given to a named person.
   */
  private boolean anonymousSourceBefore() {
    for (Known k : history) {
      if (k.speaker() == null) continue;
      String[] words = Words.normWords(k.speaker());
      if (words.length == 0) continue;
      String first = Words.stripArticle(Words.stripConjunction(words[0]));
      // (a group is not the one official a singular "المسؤول الايطالي" names: "قال مسؤولون
      // ايطاليون" then "قال جيوفاني مالاجو … لكن المسؤول الايطالي أكد", aleqt 978351)
      if (WordSet.PLURAL_SOURCE_HEADS.contains(first)) continue;
      if (WordSet.ROLE_HYPERNYMS.contains(first) || SubjectFinder.isOpenHead(first)) return true;
    }
    return false;
  }

  /**
   * True when the speaker is one definite word the text also wrote after a given name
   * ("الأسودي" of "عبدالرقيب سيف الأسودي"): a family name, not a body or a role.
   */
  private boolean familyNameOfNamed(Known k) {
    if (k.speaker() == null) return false;
    String[] words = Words.normWords(k.speaker());
    if (words.length != 1 || !Words.isDefinite(words[0]) || SpeakerNames.isRole(words[0])
        || WordSet.INSTITUTION_NOUNS.containsStem(words[0]) || SubjectFinder.isOpenHead(words[0])) {
      return false;
    }
    for (int i = 1; i < w.size(); i++) {
      if (!w.norm(i).equals(words[0]) || !w.gapBefore(i).isBlank()) continue;
      String before = Words.stripConjunction(w.norm(i - 1));
      if (before.length() >= 3 && !Words.isDefinite(before) && !SpeakerNames.isRole(before) && !WordSet.SPEAKER_STOPS.contains(before)
          && !WordSet.INSTITUTION_NOUNS.containsStem(before) && !SubjectFinder.isOpenHead(before)) {
        return true;
      }
    }
    return false;
  }

  /** True when a word of the phrase carries the article ("حاكم ولاية" is a governor, nobody in particular). */
  private boolean anyDefinite(Frame.Range phrase) {
    for (int i = phrase.from(); i < phrase.to(); i++) {
      if (Words.isDefinite(Words.stripConjunction(w.norm(i)))) return true;
    }
    return false;
  }

  /**
   * True when the earlier mention at m is the genitive of a noun before it: "مستشار الرئيس
   * الأفغاني داود مراديان", "زوجة الرئيس الأمريكي ميشيل أوباما" name the adviser and the wife.
   */
  private boolean headedByAnotherNoun(int m) {
    if (m == 0 || !w.gapBefore(m).isBlank()) return false;
    String before = Words.stripConjunction(w.norm(m - 1));
    // a construct's head never carries the article: in "التقى الرئيس وزير الدفاع البريطاني مايكل
    // فالون" the president is the verb's subject and the minister, named, its object
    if (Words.isDefinite(before)) return false;
    if (SpeakerNames.isRole(before) || WordSet.ROLE_CONSTRUCT_HEADS.containsStem(w.norm(m - 1))) return true;
    // "اجتمع الوفد بمستشار الرئيس الأفغاني داود مراديان": a head of the list with its preposition
    // glued on (not any role: "برئاسة مساعد مدير الأمن العام … اللواء جمعان الغامدي" names him)
    if (before.length() <= 3 || !(before.startsWith("ب") || before.startsWith("ل") || before.startsWith("ك"))) return false;
    String head = before.substring(1);
    return !Words.isDefinite(head) && WordSet.ROLE_CONSTRUCT_HEADS.contains(head);
  }

  /** True when the role phrase's words stand at word m (a conjunction aside), none split by punctuation. */
  private boolean sameRoleAt(Frame.Range phrase, int m) {
    for (int k = 0; k < phrase.to() - phrase.from(); k++) {
      String here = Words.stripConjunction(w.norm(phrase.from() + k)), there = w.norm(m + k);
      // (the first word as definite as the phrase's too: "الرئيس" is not "رئيس جيد للغاية")
      if (!here.equals(there) && !here.equals(Words.stripConjunction(there))) return false;
      if (k > 0 && !w.gapBefore(m + k).isBlank()) return false;
    }
    return true;
  }

  /**
   * The name that starts at word j (after an apposition comma or honorifics): words that are no
   * role, title, institution noun or stop word, a definite one only as the family name closing
   * it ("سليم الجبوري"), two to four of them ({@link #nameLike}); null otherwise.
   */
  private Frame.Range nameRightAfter(int j) {
    if (j >= w.size() || !(w.gapBefore(j).isBlank() || w.gapBefore(j).trim().equals("،"))) return null;
    // "المحرج مدير الأمن العام، والفريق عبد الله القرني": after a comma a و begins the list's
    // next person, the role was the apposition of the name before it
    if (!w.gapBefore(j).isBlank() && w.norm(j).startsWith("و")) return null;
    // "وكيل وزارة الحج اليمنية لقطاع العمرة": a ل-complement of the role, no name
    // ("لطفي الزيتوني" is a name: "طفي" is no noun the text or the lexicons know)
    if (w.norm(j).length() > 3 && w.norm(j).startsWith("ل") && j + 1 < w.size() && w.gapBefore(j + 1).isBlank()
        && Words.isDefinite(Words.stripConjunction(w.norm(j + 1))) && commonNounAfterLam(w.norm(j))) {
      return null;
    }
    int untitled = j;
    while (j + 1 < w.size() && WordSet.HONORIFICS.containsStem(w.norm(j)) && w.gapBefore(j + 1).isBlank()) j++;
    boolean titled = j > untitled;
    int to = j, lineageWords = 0;
    // (lineage words do not count: "فهد بن عبدالعزيز بن معمر" is three names long)
    while (to < w.size() && to - j - lineageWords < MAX_NAME_AFTER_ROLE && to - j < MAX_NAME_WITH_LINEAGE
        && (to == j || w.gapBefore(to).isBlank())) {
      String n = w.norm(to);
      if (Words.isDefinite(n)) {
        if (to == j || SpeakerNames.isRole(n) || WordSet.SPEAKER_STOPS.contains(n) || WordSet.INSTITUTION_NOUNS.containsStem(n)) break;
        to++;
        // "عبد الواحد النبوي": the definite half of a compound given name, the family name follows
        if (Words.matches(w.norm(to - 2), "عبد|ابو|ابي")) continue;
        break;
      }
      if (lineage(n)) lineageWords++;
      if (SpeakerNames.isRole(n) || WordSet.SPEAKER_STOPS.contains(n) || WordSet.INSTITUTION_NOUNS.containsStem(n)
          || SubjectFinder.isOpenHead(n) || SpeakerNames.isRole(Words.stripConjunction(n))) {
        break;
      }
      to++;
    }
    // the shortest name whose last word the text names again, as long as the text writes its
    // next word after it again too: "باراك أوباما" of "باراك أوباما بريطانيا" (the verb's object
    // may follow the name with nothing between), "عبد ربه منصور هادي" whole; a lineage or a
    // compound ("عبد الله", "بن سلمان", "ولد الشيخ") is not cut inside
    for (int end = j + 2; end <= to; end++) {
      if (lineage(w.norm(end - 1)) || end < to && lineage(w.norm(end - 2))) continue;
      Frame.Range name = new Frame.Range(j, end);
      if (!nameLike(name, true) || !plainNameWords(name) || !namedAgain(name)) continue;
      while (end < to && (lineage(w.norm(end - 1)) || pairElsewhere(end - 1)) && plainNameWords(new Frame.Range(j, end + 1))) end++;
      return new Frame.Range(j, end);
    }
    // "وحضور رئيس البلدية المهندس رشيد آل عمار، ورئيس …" … "وأوضح رئيس البلدية، بأن": after a
    // title (honorifics.txt) the words up to the punctuation are a name though the text writes it
    // once (session 24, set 24 al-jazirah ln27); without a title they might be the verb's object
    if (titled && to - j >= 2 && to < w.size() && !w.gapBefore(to).isBlank()) {
      Frame.Range name = new Frame.Range(j, to);
      if (nameLike(name, true) && plainNameWords(name)) return name;
    }
    return null;
  }

  /**
   * True when a ل-word is ل + a noun: لل, a body, role or noun-shaped word, one the text writes
   * without the ل, or a word of four letters or more after it ("لقطاع", "لشؤون"). ل + three letters
   * no lexicon knows is a given name's shape: لطفي، لبنى، ليلى، لجين (لمياء، لطيفة are still lost);
   * short-body-nouns.txt lists the short nouns that are no name ("لدار الإفتاء").
   */
  private boolean commonNounAfterLam(String n) {
    String rest = n.substring(1);
    return !noObjectWord(n) || writtenAlone(rest) || writtenAlone("ال" + rest) || rest.length() > 3
        || WordSet.SHORT_BODY_NOUNS.contains(rest);
  }

  private static boolean lineage(String n) {
    return Words.matches(n, "بن|ابن|بنت|ابو|ابي|عبد|ال|ولد");
  }

  /** True when words i and i + 1 stand side by side somewhere else in the text ("منصور هادي"). */
  private boolean pairElsewhere(int i) {
    for (int k = 0; k + 1 < w.size(); k++) {
      if (k != i && w.norm(k).equals(w.norm(i)) && w.norm(k + 1).equals(w.norm(i + 1))) return true;
    }
    return false;
  }

  /**
   * False when a word of the name is the role's complement or the verb's object, no name: a
   * preposition glued to a body, a role, a pronoun-carrying noun or "اسم" ("لفريق الزمالك",
   * "بحكومة طبرق", "لنظيره", "باسم المتنزه"), لل, a ل glued to a word the text also writes
   * without it ("مقالة لمنير" and "منير الخطيب", "لشؤون المسجد"), a
   * conjunction و ("وشعب كردستان"), a word of one or two letters that is no lineage ("هادي ما"),
   * a common noun of object-nouns.txt ("مقالة لمنير الخطيب"), a noun-shaped word after the
   * first ("الدبلوماسيين", "…ات") or a definite word in ية
   * closing it ("الاتفاقية").
   */
  private boolean plainNameWords(Frame.Range name) {
    for (int i = name.from(); i < name.to(); i++) {
      String n = w.norm(i);
      // (و only: ف begins فهد، فيصل، فلاديمير; the names وليد، وائل are lost)
      if (n.length() > 3 && n.startsWith("و") || n.length() < 3 && !lineage(n)) return false;
      // (not the first word: "جيروين" has the shape of a plural)
      if (WordSet.OBJECT_NOUNS.contains(n) || i > name.from() && SpeakerNames.nounShaped(n) || i + 1 == name.to() && Words.isDefinite(n) && n.endsWith("يه")) return false;
      // ("لافروف" keeps its ل: the text never writes "افروف")
      if (n.length() > 3 && n.startsWith("ل") && writtenAlone(n.substring(1))) return false;
      if (!noObjectWord(n)) return false;
      // "واثبت المدرب الفرنسي سريعا تأثير شيك": the role's own adverb, "جون كيري عندما"
      if (WordSet.NOT_NAME_WORDS.contains(Words.stripConjunction(n)) || w.get(i).text().matches(".*(اً|ًا)")) return false;
    }
    return true;
  }

  private boolean writtenAlone(String n) {
    for (int i = 0; i < w.size(); i++) {
      if (w.norm(i).equals(n)) return true;
    }
    return false;
  }

  /** False for a preposition glued to a body, a role, a pronoun-carrying noun or "اسم", and for لل. */
  private static boolean noObjectWord(String n) {
    if (n.startsWith("لل") || Words.matches(n, "باسم|بلسان")) return false;
    if (n.length() > 3 && (n.startsWith("ل") || n.startsWith("ب") || n.startsWith("ك"))) {
      String rest = n.substring(1);
      return !(WordSet.INSTITUTION_NOUNS.containsStem(rest) || SpeakerNames.isRole(rest) || SubjectFinder.isOpenHead(rest)
          || SpeakerNames.nounShaped(rest) || rest.endsWith("ه"));
    }
    return true;
  }

  /**
   * True when the name's last word occurs again in the text on its own ("الجبوري" after "سليم
   * الجبوري"): a person named after a role is named again, words after a role that are no name
   * ("رئيس مجلس النواب بمواعيد محددة للبدء") are not.
   */
  private boolean mentionedElsewhere(Frame.Range name) {
    String last = Words.stripConjunction(w.norm(name.to() - 1));
    for (int i = 0; i < w.size(); i++) {
      if ((i < name.from() || i >= name.to()) && Words.stripConjunction(w.norm(i)).equals(last)) return true;
    }
    return false;
  }

  /**
   * Evidence that the words are a person's name: with entities, a person entity over its first
   * word; without, its last word written again right after a reporting verb, a role or an
   * honorific ("أبلغ الجبوري", "وقال فينجر", "الفريق المحرج"). A word that merely recurs is none:
   * "واثبت المدرب الفرنسي سريعا تأثير شيك" (تأثير recurs as a common noun), "جون كيري عندما".
   */
  private boolean namedAgain(Frame.Range name) {
    if (!entities.isEmpty()) return personEntityAt(name.from());
    if (!mentionedElsewhere(name)) return false;
    String last = Words.stripConjunction(w.norm(name.to() - 1));
    for (int i = 1; i < w.size(); i++) {
      if (i >= name.from() && i < name.to() || !Words.stripConjunction(w.norm(i)).equals(last)) continue;
      // "وقال بن معمر", "مع الدكتور عبد الواحد النبوي": the name's own earlier words written again
      // before its last word are passed over
      int b = i - 1;
      while (b > 0 && w.gapBefore(b + 1).isBlank() && (lineage(w.norm(b)) || nameWordOf(name, w.norm(b)))) b--;
      if (!w.gapBefore(b + 1).isBlank()) continue;
      String before = w.norm(b);
      if (ReportingVerbLexicon.standard().lookupNormalized(before).isPresent() || SpeakerNames.isRole(Words.stripConjunction(before))
          || WordSet.HONORIFICS.containsStem(before)) {
        return true;
      }
    }
    return false;
  }

  private boolean nameWordOf(Frame.Range name, String n) {
    for (int i = name.from(); i < name.to() - 1; i++) {
      if (w.norm(i).equals(n)) return true;
    }
    return false;
  }

  private boolean personEntityAt(int i) {
    int s = w.get(i).start(), e = w.get(i).end();
    for (Entity en : entities) {
      if ("PERS".equals(en.type()) && en.start() < e && en.end() > s) return true;
    }
    return false;
  }

  /** Words an introduction "باحثون من …" may have after its noun (it stops earlier at a stop word or punctuation). */
  private static final int MAX_INTRODUCTION = 6;

  /**
   * For a definite noun at {@code p} ("الباحثون"), the nearest earlier mention of the same noun
   * without ال followed by من/في and at least one word ("باحثون من جامعة شيفيلد البريطانية"), up to
   * a stop word, a complementiser or punctuation; null when the text has none.
   */
  private Frame.Range indefiniteIntroduction(int p) {
    String n = Words.stripConjunction(w.norm(p));
    if (!n.startsWith("ال")) return null;
    String head = Words.stripArticle(n);
    if (head.length() < 4 || SpeakerNames.isRole(n) || WordSet.NOMINAL_HEADS.contains(head)) return null;
    for (int m = p - 2; m >= 0; m--) {
      if (!Words.stripConjunction(w.norm(m)).equals(head) || !Words.matches(w.norm(m + 1), "من|في")) continue;
      if (!w.gapBefore(m + 1).isBlank()) continue;
      int end = m + 2;
      while (end < p && end < m + 2 + MAX_INTRODUCTION) {
        String gap = w.gapBefore(end);
        String e = w.norm(end);
        if (!gap.isBlank() || WordSet.SPEAKER_STOPS.contains(e) || FrameFinder.isComplementiser(e)) break;
        end++;
      }
      return end > m + 2 ? new Frame.Range(m, end) : null;
    }
    return null;
  }

  /**
   * The first "given-name family-name" pair before word {@code limit} whose given name ends with
   * {@code word} and is at least three letters longer ("سلفاكير ميارديت" for "كير"), or null.
   */
  private Frame.Range compoundName(String word, int limit) {
    if (word.length() < 3 || Words.isDefinite(word) || SpeakerNames.isRole(word) || WordSet.SPEAKER_STOPS.contains(word)) return null;
    for (int m = 0; m + 1 < limit; m++) {
      String n = w.norm(m);
      if (n.length() < word.length() + 3 || !n.endsWith(word) || Words.isDefinite(n) || !w.gapBefore(m + 1).isBlank()) continue;
      String next = w.norm(m + 1);
      if (Words.isDefinite(next) || SpeakerNames.isRole(next) || WordSet.SPEAKER_STOPS.contains(next) || next.length() < 3) continue;
      if (m == 0 || !SpeakerNames.isRole(w.norm(m - 1)) && !WordSet.HONORIFICS.containsStem(Words.stripArticle(w.norm(m - 1)))
          && !Words.isDefinite(w.norm(m - 1))) {
        continue; // introduced by a role or title ("رئيس جنوب السودان سلفاكير ميارديت")
      }
      return new Frame.Range(m, m + 2);
    }
    return null;
  }

  /**
   * "وأكد بيسكوف ثقة الكرملين بأن …": when the phrase opens with the name of a speaker already
   * met in the article and goes on with words that are neither a role nor more of a name, those
   * words are the verb's object, and the phrase is cut after the name. Without this, a verb
   * such as أكد/أبدى that takes a noun object glues the object to the subject.
   */
  private Frame.Range knownNamePrefix(Frame.Range p) {
    int len = p.to() - p.from();
    if (len < 2) return p;
    for (int i = history.size() - 1; i >= 0; i--) {
      List<String> name = List.of(Words.normWords(history.get(i).speaker()));
      // "مصدر عسكري" then "مصدر عسكري مالي في مدينة غاو": a source noun is no name, the second
      // phrase is another source (its tail still is: "عدد من الأهالي" … "وأضاف الأهالي «…» أن")
      boolean source = !name.isEmpty() && SubjectFinder.isOpenHead(name.get(0));
      for (int n = Math.min(name.size(), len - 1); n >= 1; n--) {
        if (source && n == name.size()) continue;
        // the whole known name, or its last n words ("ديميتري بيسكوف" → "بيسكوف")
        List<String> tail = name.subList(name.size() - n, name.size());
        boolean match = true;
        for (int k = 0; k < n && match; k++) match = Words.stripConjunction(w.norm(p.from() + k)).equals(tail.get(k)) || w.norm(p.from() + k).equals(tail.get(k));
        if (!match) continue;
        String next = w.norm(p.from() + n);
        if (SpeakerNames.isRole(next) || FrameFinder.hasComma(w.gapBefore(p.from() + n))) return p; // "بيسكوف المتحدث باسم …"
        if (Words.matches(next, "بن|ابن|ابو|ابي|ال|عبد")) return p; // the name goes on
        if (Words.isDefinite(next) && !next.startsWith("لل")) return p; // "لافروف الروسي …" is rare; keep the phrase
        return new Frame.Range(p.from(), p.from() + n);
      }
    }
    return p;
  }

  /**
   * The id of an entity of the article whose name is the speaker or contains it as a run of
   * whole words, or which the speaker contains ("وزارة الخارجية الروسية" ⊃ "الخارجية الروسية");
   * persons first. Null when none.
   */
  private String entityIdByName(String speaker) {
    if (speaker == null || entities.isEmpty()) return null;
    String sp = " " + String.join(" ", Words.normWords(speaker)) + " ";
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Entity en : entities) {
      if (en.id() == null || (!"PERS".equals(en.type()) && !"ORG".equals(en.type()))) continue;
      for (String name : new String[] {en.text(), en.canonical()}) {
        if (name == null) continue;
        String n = " " + String.join(" ", Words.normWords(name)) + " ";
        int rank;
        if (n.equals(sp)) rank = 0;
        else if (n.contains(sp)) rank = 1; // "بيسكوف" in "ديميتري بيسكوف"
        else if (sp.contains(n) && n.strip().indexOf(' ') > 0) rank = 2; // two words at least
        else continue;
        if (!"PERS".equals(en.type())) rank += 3;
        if (rank < bestRank) { bestRank = rank; best = en.id(); }
      }
    }
    return best;
  }

  /**
   * The latest earlier speaker whose phrase held all the words of this role phrase; else the
   * latest named speaker mentioned near those words ("قال راجح بادي، المتحدث باسم الحكومة
   * اليمنية …" then "وأشار المتحدث باسم الحكومة اليمنية"; "وزير الخارجية الأمريكي، جون كيري"
   * then "وقال الوزير الأمريكي"); else, for a lone definite role noun ("أكد المحافظ"), the latest
   * named person of the same gender: a definite role without a name refers back to somebody
   * the article has named.
   */
  private Known byRole(Frame.Range phrase, boolean fem) {
    Known same = speakerWithSameRole(phrase);
    if (same != null) return same;
    // "وقال المسؤول بالبيت الأبيض" after "قال مسؤول كبير في البيت الأبيض": the same words
    // without article and preposition, the earlier phrase introducing a source
    if (SubjectFinder.isOpenHead(w.norm(phrase.from())) && phrase.to() - phrase.from() >= 2) {
      Set<String> stems = new HashSet<>();
      for (int i = phrase.from(); i < phrase.to(); i++) stems.add(stem(Words.stripConjunction(w.norm(i))));
      for (int i = history.size() - 1; i >= 0 && i >= history.size() - 8; i--) {
        Known k = history.get(i);
        Set<String> known = new HashSet<>();
        for (String n : k.nameWords()) known.add(stem(n));
        if (known.containsAll(stems) && k.speaker() != null && SubjectFinder.isOpenHead(Words.normWords(k.speaker())[0])) return k;
      }
    }
    boolean hypernym = hypernymStandsForRole(phrase);
    List<String> content = new ArrayList<>();
    for (int i = phrase.from(); i < phrase.to(); i++) {
      if (fieldAdjective(phrase, hypernym, i)) continue;
      String n = Words.stripArticle(Words.stripConjunction(w.norm(i)));
      // (an honorific is no part of the role: "وأكد سمو رئيس الوزراء البحريني")
      if (n.length() >= 3 && !WordSet.SPEAKER_STOPS.contains(n) && !WordSet.HONORIFICS.containsStem(n)) content.add(n);
    }
    if (content.isEmpty()) return null;
    for (int i = history.size() - 1; i >= 0; i--) {
      Known k = history.get(i);
      if (!isNamed(k) || (hypernym && namesABody(k))) continue;
      String[] name = Words.normWords(k.speaker());
      String last = name[name.length - 1];
      for (int m = 0; m < phrase.from(); m++) {
        if (!w.norm(m).equals(last) && !Words.stripConjunction(w.norm(m)).equals(last)) continue;
        if (roleNear(content, m, phrase.from(), hypernym)) return k;
      }
    }
    Known described = describedHolder(content, phrase, fem);
    if (described != null) return described;
    // "وقال مهاجم المنتخب الجابوني" after "مدد المهاجم بيير ايمريك أوباميانج …": the head role
    // noun of a longer phrase refers back to the person the text introduced with that noun
    // right before the name (not for titles many people hold: رئيس، وزير، مدير …)
    String head = Words.stripArticle(Words.stripConjunction(w.norm(phrase.from())));
    if (phrase.to() - phrase.from() > 1 && SpeakerNames.isRole(head) && !SHARED_TITLES.contains(head)) {
      for (int i = history.size() - 1; i >= 0 && i >= history.size() - 6; i--) {
        Known k = history.get(i);
        if (isNamed(k) && k.feminine() == fem && introducedAs(head, k, phrase.from())) return k;
      }
    }
    if (phrase.to() - phrase.from() == 1) {
      for (int i = history.size() - 1; i >= 0 && i >= history.size() - 4; i--) {
        Known k = history.get(i);
        if (isNamed(k) && k.feminine() == fem) return k;
      }
    }
    return null;
  }

  /**
   * "وذكّر الرئيس الفرنسي الشاب في خطابه" after "أكّد الرئيس الفرنسي، إيمانويل ماكرون": the one
   * named speaker of the same gender whose own role words (those the text gave him when it named
   * him) hold the definite role's first two words or more, when every word after them either is
   * in his role words too or only describes him: a bare definite adjective that is no
   * role-contrasts.txt word and no adjective of origin ("وزير الخارجية الإيراني" is not "وزير
   * الخارجية الأمريكي جون كيري"), or a preposition with a noun carrying a pronoun ("في خطابه").
   * A complement naming a body or place ("باسم مكتب الأمم المتحدة"، "لليمن") is another holder.
   * Two matching holders: the description does not tell which, and the role is kept.
   */
  private Known describedHolder(List<String> content, Frame.Range phrase, boolean fem) {
    if (content.size() < 3 || !SpeakerNames.isRole(content.get(0))) return null;
    if (!Words.isDefinite(Words.stripConjunction(w.norm(phrase.from())))) return null; // "متحدث باسم …": somebody
    Known found = null;
    for (int i = history.size() - 1; i >= 0; i--) {
      Known k = history.get(i);
      if (!namedByItself(k) || k.feminine() != fem) continue;
      if (found != null && found.speaker().equals(k.speaker())) continue;
      int matched = 0;
      while (matched < content.size() && k.nameWords().contains(content.get(matched))) matched++;
      if (matched < 2 || matched == content.size() || !describingWordAfter(phrase, content.get(matched - 1))) continue;
      if (!onlyDescribes(phrase, content.get(matched - 1), k.nameWords())) continue;
      if (found != null) return null; // two named holders: the description does not tell which
      found = k;
    }
    return found;
  }

  /**
   * True when each phrase word after the last matched role word is in the holder's role words,
   * a bare definite adjective setting no other holder apart, or a preposition followed by a
   * noun with a possessive pronoun ("في خطابه"); false at a genitive or other complement.
   */
  private boolean onlyDescribes(Frame.Range phrase, String lastMatched, Set<String> roleWords) {
    int i = phrase.from();
    while (i < phrase.to() && !Words.stripArticle(Words.stripConjunction(w.norm(i))).equals(lastMatched)) i++;
    for (int j = i + 1; j < phrase.to(); j++) {
      String n = w.norm(j), bare = Words.stripArticle(n);
      if (roleWords.contains(n) || roleWords.contains(bare)) continue;
      if (WordSet.ROLE_CONTRASTS.contains(bare) || originAdjective(n)) return false;
      if (Words.matches(n, "في|خلال") && j + 1 < phrase.to() && !Words.isDefinite(w.norm(j + 1))
          && w.get(j + 1).text().matches(".+(ه|ها)") && j + 2 == phrase.to()) {
        return true; // "في خطابه": his own speech
      }
      if (!Words.isDefinite(n) || n.startsWith("لل") || !w.gapBefore(j).isBlank()) return false;
    }
    return true;
  }

  /**
   * "اتحاد اللعبة" (the sport's federation) after "الاتحاد السعودي للكرة الطائرة": a body's head
   * noun in construct with a noun that stands for its field (field-genitives.txt) is the latest
   * earlier speaker of two words or more opened by the same head with the article; null when
   * there is none.
   */
  private Known fieldBodySpeaker(Frame.Range phrase) {
    if (phrase.to() - phrase.from() != 2) return null;
    String head = Words.stripConjunction(w.norm(phrase.from()));
    if (Words.isDefinite(head) || !WordSet.FIELD_GENITIVES.contains(w.norm(phrase.from() + 1))) return null;
    for (int i = history.size() - 1; i >= 0; i--) {
      Known k = history.get(i);
      if (k.speaker() == null) continue;
      String[] known = Words.normWords(k.speaker());
      if (known.length >= 2 && Words.stripConjunction(known[0]).equals("ال" + head)) return k;
    }
    return null;
  }

  /**
   * The latest earlier speaker of which this phrase is a short form made definite: "شرطة
   * المنطقة" for "شرطة منطقة باريس" — the same words in order, each word left out standing right
   * after one that is indefinite there and definite here (the article replaces the genitive that
   * named it). "مجلس الأمن" is not "مجلس الأمن القومي" (nothing became definite); sources and
   * roles are left to their own rules (another source, another holder). Two different earlier
   * bodies of that form, or a definite form that is a body of its own (fixed-body-names.txt):
   * none.
   */
  private Known definiteShortForm(Frame.Range phrase) {
    if (phrase.to() - phrase.from() < 2) return null;
    List<String> p = new ArrayList<>();
    for (int i = phrase.from(); i < phrase.to(); i++) {
      String n = Words.stripConjunction(w.norm(i));
      if (i == phrase.from() && startsWithLam(n) && !n.startsWith("لل")) n = n.substring(1); // "بيان لشرطة …"
      p.add(n);
    }
    if (SubjectFinder.isOpenHead(p.get(0)) || SpeakerNames.isRole(p.get(0)) || Words.isDefinite(p.get(0))) return null;
    // ("وزارة الخارجية" after "وزارة خارجية روسيا": the definite form is a body of its own)
    // (the first word tried as written too: و begins "وزارة" as well as the conjunction)
    if (p.size() == 2 && (WordSet.FIXED_BODY_NAMES.contains(p.get(0) + " " + p.get(1))
        || WordSet.FIXED_BODY_NAMES.contains(w.norm(phrase.from()) + " " + p.get(1))
        || Words.matches(w.norm(phrase.from()), "[وف].{3,}") && WordSet.FIXED_BODY_NAMES.contains(w.norm(phrase.from()).substring(1) + " " + p.get(1)))) {
      return null;
    }
    Known found = null;
    for (int i = history.size() - 1; i >= 0; i--) {
      Known k = history.get(i);
      if (k.speaker() == null) continue;
      String[] known = Words.normWords(k.speaker());
      if (known.length <= p.size() || !Words.stripConjunction(known[0]).equals(p.get(0))) continue;
      int j = 1;
      boolean ok = true, shortened = false;
      for (int q = 1; q < p.size() && ok; q++) {
        String here = p.get(q);
        if (j >= known.length) { ok = false; break; }
        String there = known[j];
        if (here.equals(there)) { j++; continue; }
        // "المنطقة" for "منطقة باريس": definite here, indefinite there, its genitive left out
        if (Words.isDefinite(here) && !Words.isDefinite(there) && Words.stripArticle(here).equals(there) && j + 1 < known.length) {
          j += 2;
          shortened = true;
          while (j < known.length && !Words.isDefinite(known[j]) && q == p.size() - 1) j++; // "منطقة نيو ساوث ويلز"
          continue;
        }
        ok = false;
      }
      if (ok && shortened && j == known.length) {
        if (found != null && !found.speaker().equals(k.speaker())) return null; // "شرطة منطقة باريس" and "… ليون": which?
        if (found == null) found = k;
      }
    }
    return found;
  }

  /**
   * True when the phrase word right after the last matched role word ({@code lastMatched}, without
   * ال) is a definite word: an adjective describing the holder ("الشاب"), not a genitive naming
   * another body or place ("وكيل إمارة منطقة الرياض").
   */
  private boolean describingWordAfter(Frame.Range phrase, String lastMatched) {
    for (int i = phrase.from(); i + 1 < phrase.to(); i++) {
      if (!Words.stripArticle(Words.stripConjunction(w.norm(i))).equals(lastMatched)) continue;
      String next = w.norm(i + 1);
      return Words.isDefinite(next) && !next.startsWith("لل") && w.gapBefore(i + 1).isBlank();
    }
    return false;
  }

  /**
   * Two to four words (one after a title: "اللواء الغامدي") none of which is a role, a title, an
   * institution noun or a stop word ("العجمي الوريمي"; not "الدكتور" after "الأمير", not "منطقة
   * عسير في مكتبه").
   */
  private boolean nameLike(Frame.Range name) {
    return nameLike(name, false);
  }

  /** As {@link #nameLike(Frame.Range)}; with {@code lineageFree}, lineage words do not count towards its four words. */
  private boolean nameLike(Frame.Range name, boolean lineageFree) {
    int len = name.to() - name.from();
    // (one word only after a title or rank: "وأكد اللواء الغامدي")
    boolean titled = name.from() > 0 && WordSet.HONORIFICS.containsStem(Words.stripConjunction(w.norm(name.from() - 1)));
    int lineageWords = 0;
    for (int i = name.from(); i < name.to() && lineageFree; i++) {
      if (lineage(w.norm(i))) lineageWords++;
    }
    if (len < (titled ? 1 : 2) || len - lineageWords > MAX_NAME_AFTER_ROLE || len > MAX_NAME_WITH_LINEAGE) return false;
    for (int i = name.from(); i < name.to(); i++) {
      String n = Words.stripConjunction(w.norm(i));
      // ("الصمصام 5", "تمرين ” الصمصام ”": a number or a title in marks names an event, not a person)
      if (w.get(i).text().chars().anyMatch(Character::isDigit) || i > name.from() && opensMark(w.gapBefore(i))
          || opensMark(w.gapBefore(name.from()))) {
        return false;
      }
      if (SpeakerNames.isRole(n) || WordSet.INSTITUTION_NOUNS.containsStem(n) || WordSet.SPEAKER_STOPS.contains(n)
          || SubjectFinder.isOpenHead(n) || WordSet.NOMINAL_HEADS.contains(Words.stripArticle(n))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when an earlier named speaker's name ends with these words and is longer ("منصور
   * التركي" for "اللواء التركي"): the short mention is that person, not a name to prefer to his.
   */
  private boolean endOfEarlierName(String speaker) {
    String sp = " " + String.join(" ", Words.normWords(speaker));
    for (Known k : history) {
      if (k.speaker() == null || !namedByItself(k)) continue;
      String known = " " + String.join(" ", Words.normWords(k.speaker()));
      if (known.length() > sp.length() && known.endsWith(sp)) return true;
    }
    return false;
  }

  /**
   * True when the words from the first one starting after {@code offset} to word {@code to}
   * look like more of a name ("بيسكوف" after a tagged "ديميتري"): none definite, a role, a
   * title, an institution, a stop word or a number.
   */
  private boolean restLooksLikeName(int offset, int to) {
    int from = w.lastEndingBy(offset) + 1;
    if (from >= to) return false;
    for (int i = from; i < to; i++) {
      String n = Words.stripConjunction(w.norm(i));
      if (n.length() < 3 || Words.isDefinite(n) || SpeakerNames.isRole(n) || WordSet.HONORIFICS.containsStem(n)
          || WordSet.INSTITUTION_NOUNS.containsStem(n) || WordSet.SPEAKER_STOPS.contains(n) || SubjectFinder.isOpenHead(n)
          || w.get(i).text().chars().anyMatch(Character::isDigit) || !w.gapBefore(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Titles held by many people in one article; a bare head of this kind refers to nobody in particular. */
  private static final Set<String> SHARED_TITLES = Set.of(
      "رييس", "رئيس", "وزير", "مدير", "نايب", "نائب", "عضو", "امين", "مسوول", "مسؤول", "مساعد", "مستشار",
      "متحدث", "ناطق", "ممثل", "سفير", "كاتب", "مندوب", "دكتور", "شيخ", "استاذ", "سيد");

  /** True when, before word {@code limit}, the role noun stands right before the first word of k's name. */
  private boolean introducedAs(String head, Known k, int limit) {
    String first = Words.normWords(k.speaker())[0];
    for (int m = 0; m + 1 < limit; m++) {
      if (Words.stripArticle(Words.stripConjunction(w.norm(m))).equals(head) && w.norm(m + 1).equals(first)) return true;
    }
    return false;
  }

  /** A word without its article and a preposition before it ("بالبيت" → "بيت"). */
  private static String stem(String n) {
    if (n.length() > 4 && (n.startsWith("بال") || n.startsWith("لل") || n.startsWith("فال") || n.startsWith("كال"))) {
      n = n.startsWith("لل") ? n.substring(2) : n.substring(3);
    }
    return Words.stripArticle(n);
  }

  /** A speaker named by a proper name, not by a role, an institution or a source. */
  private boolean isNamed(Known k) {
    if (k.speaker() == null) return false;
    return namesAfterRole.contains(k.speaker()) || namedByItself(k);
  }

  /** A speaker whose own words look like a proper name (at most five words, none a role, article, source or institution). */
  private boolean namedByItself(Known k) {
    if (k.speaker() == null) return false;
    String[] name = Words.normWords(k.speaker());
    if (name.length == 0 || name.length > 5) return false;
    String first = Words.stripConjunction(name[0]);
    return !SpeakerNames.isRole(first) && !Words.isDefinite(first) && !SubjectFinder.isOpenHead(first)
        && !WordSet.INSTITUTION_NOUNS.containsStem(first) && !WordSet.SPEAKER_STOPS.contains(first);
  }

  /**
   * True when the role phrase is a definite noun naming any office (role-hypernyms.txt) and one
   * adjective ("المسؤول اليمني"), or a field adjective and then the origin ("المسؤول المالي
   * الأمريكي", see {@link #fieldAdjective}), and no earlier speaker was introduced by that noun:
   * after "مسؤول في الحكومة التركية" (somebody unnamed), "المسؤول التركي" is that somebody, not
   * the minister named near "التركية". An indefinite "مسؤول تركي" is somebody new.
   */
  private boolean hypernymStandsForRole(Frame.Range phrase) {
    int length = phrase.to() - phrase.from();
    if (length != 2 && length != 3) return false;
    String first = Words.stripConjunction(w.norm(phrase.from()));
    if (!Words.isDefinite(first) || !WordSet.ROLE_HYPERNYMS.contains(Words.stripArticle(first))) return false;
    if (length == 3 && !originAdjective(w.norm(phrase.from() + 1))) return false;
    return originAdjective(w.norm(phrase.to() - 1)) && !anonymousSourceBefore();
  }

  /**
   * True when the speaker is a body, an agency or a medium ("وكالة الأنباء اليمنية"): an office
   * noun ("المسؤول الإماراتي") is a person, never such a speaker, even when the role words were
   * written near its name (unseen alriyadh 1067987: "وزير الدولة الإماراتي … أنور قرقاش" then
   * "وذكرت وكالة الأنباء اليمنية أن").
   */
  private static boolean namesABody(Known k) {
    // (containsStem tries the word with its first و as well: "وكالة")
    String first = Words.normWords(k.speaker())[0];
    return WordSet.MEDIA_NOUNS.containsStem(first) || WordSet.BODY_NOUNS.containsStem(first)
        || WordSet.INSTITUTION_NOUNS.containsStem(first);
  }

  /**
   * True when word i is the middle word of a three-word office phrase ("المالي" of "المسؤول
   * المالي الأمريكي"): an adjective of the office's field, which the text need not repeat near
   * the name ("مساعد وزير الخزانة الأمريكي لشؤون مكافحة تمويل الإرهاب دانيال غليزر", alweeam
   * 349070); the office noun and the origin are still looked for there.
   */
  private static boolean fieldAdjective(Frame.Range phrase, boolean hypernym, int i) {
    return hypernym && phrase.to() - phrase.from() == 3 && i == phrase.from() + 1;
  }

  /** True when every role word occurs within 8 words of word m (a mention of a name), before {@code limit}. */
  private boolean roleNear(List<String> content, int m, int limit, boolean hypernym) {
    int from = Math.max(0, m - 8), to = Math.min(limit, m + 9);
    for (String c : content) {
      boolean found = false;
      // "وكشف المسؤول اليمني" for "وزير الإدارة المحلية … في الحكومة اليمنية عبدالرقيب سيف
      // الأسودي": a noun naming any office stands for the role noun given near the name
      if (hypernym && content.indexOf(c) == 0) {
        for (int k = from; k < to && !found; k++) {
          // (with and without a first و, which may be the root: "وزير الخزانة الأمريكي", alweeam 349070)
          for (String n : new String[] {Words.stripArticle(w.norm(k)), Words.stripArticle(Words.stripConjunction(w.norm(k)))}) {
            // (or the office noun itself in apposition right after the name: "وقال محمد العتيبي
            // المسؤول في وزارة الصحة السعودية", review quotesind21 F1)
            found |= (k == m + 1 && WordSet.ROLE_HYPERNYMS.contains(n))
                || (SpeakerNames.isRole(n) && !WordSet.ROLE_HYPERNYMS.contains(n) && !WordSet.HONORIFICS.contains(n));
          }
        }
        if (!found) return false;
        continue;
      }
      for (int k = from; k < to && !found; k++) {
        // (an office noun's origin is not the country of a posting: "السفير الأمريكي لدى
        // السعودية" is no Saudi official, review quotesind21 F2)
        if (hypernym && k > 0 && Words.matches(w.norm(k - 1), "لدي|الي")) continue;
        // with and without a first و/ف, which may be the conjunction or the root ("وزير")
        // (and without a preposition glued to an indefinite noun: "نائب مجلس الشعب" after
        // "النائب بمجلس الشعب، أحمد السعيدي")
        String bare = w.norm(k);
        String unglued = bare.length() > 4 && (bare.startsWith("ب") || bare.startsWith("ل")) && !Words.isDefinite(bare) ? bare.substring(1) : bare;
        for (String n : new String[] {Words.stripArticle(bare), Words.stripArticle(Words.stripConjunction(bare)), unglued}) {
          // "مدربا النصر … والهلال … دونيس": a dual or a case ending after the role's stem
          found |= n.equals(c) || (c.length() >= 4 && n.startsWith(c) && n.length() <= c.length() + 2)
              // "رئيس الوزراء البحريني" after "… رئيس الوزراء بمملكة البحرين": an adjective of
              // origin for its country
              || (c.length() >= 5 && c.endsWith("ي") && stem(n).equals(c.substring(0, c.length() - 1)));
        }
      }
      if (!found) return false;
    }
    return true;
  }

  private static final Set<String> DOCUMENT_NOUNS = Set.of("بيان", "تقرير", "بلاغ", "رساله", "تصريح", "تصريحات", "كلمه", "وثيقه");

  /** "بيان للحكومة المحلية" → "للحكومة المحلية" (the lam is dropped when printing). */
  private Frame.Range withoutDocumentNoun(Frame.Range p) {
    if (p.to() - p.from() >= 2 && DOCUMENT_NOUNS.contains(Words.stripArticle(w.norm(p.from())))
        && startsWithLam(w.norm(p.from() + 1))) {
      return new Frame.Range(p.from() + 1, p.to());
    }
    return p;
  }

  /**
   * "وفقا لتقرير نشرته مجلة فرانس فوتبول" → "مجلة فرانس فوتبول": a document noun followed by a
   * verb of issuing with its pronoun (نشرته، أصدرته، أعدته) names its publisher after the verb.
   */
  private Frame.Range publisherOfDocument(Frame.Range p) {
    if (p.to() - p.from() < 3) return p;
    String first = Words.stripArticle(w.norm(p.from()));
    if (first.startsWith("ل") && first.length() > 3) first = Words.stripArticle(first.substring(1));
    if (!DOCUMENT_NOUNS.contains(first) && !first.equals("دراسه")) return p;
    String verb = w.norm(p.from() + 1);
    if (Words.matches(verb, "(نشر|اصدر|اعد|اجر|وزع|بث)(ته|تها|ه|ها)")) return new Frame.Range(p.from() + 2, p.to());
    return p;
  }

  /**
   * True when an entity starting at this offset starts a word, or follows only a conjunction or
   * lam ("ولافروف"): "كنافو" tagged as "نافو" is a slip whose text must not replace the name.
   */
  private boolean startsAWord(int offset) {
    int i = w.lastEndingBy(offset) + 1;
    if (i >= w.size() || w.get(i).start() > offset) return true;
    String prefix = w.text().substring(w.get(i).start(), offset);
    return prefix.isEmpty() || Words.matches(prefix, "و|ف|ل|ول|فل");
  }

  private static boolean startsWithLam(String n) {
    return n.length() > 3 && n.charAt(0) == 'ل' && !n.startsWith("لا");
  }

  private static String dropLam(String s) {
    return s.startsWith("لل") ? "ال" + s.substring(2) : s.substring(1);
  }

  private void remember(Known k) {
    if (currentNested) nestedInHistory.add(history.size());
    history.add(k);
    lastAnchor = currentAnchor;
  }

  /**
   * "وأكد للصحيفة “…”" after "وأشارت صحيفة الوطن": the outlet the verb speaks to (لل + a medium
   * right after it) is not who speaks, so the earlier speaker it heads is not inherited.
   */
  private boolean spokenTo(int verb, Known k) {
    if (verb < 0 || verb + 1 >= w.size() || k.speaker() == null) return false;
    String n = w.norm(verb + 1);
    String[] speaker = Words.normWords(k.speaker());
    if (!SubjectFinder.isDefiniteOutletAddressee(n) || speaker.length == 0) return false;
    // the word is compared before stripping a conjunction too: the و of "وكالة" is its own
    String outlet = n.substring(2);
    return Words.stripArticle(speaker[0]).equals(outlet)
        || Words.stripArticle(Words.stripConjunction(speaker[0])).equals(outlet);
  }

  private Known inherit(boolean fem) {
    if (history.isEmpty()) return null;
    // "استبعدت مصادر دبلوماسية …، وقال، إن …": in the same sentence a verb without a subject
    // goes on with the subject of the verb before it, whatever the agreement (a plural noun
    // takes a feminine verb, the source it stands for a masculine one)
    if (lastAnchor >= 0 && currentAnchor > lastAnchor && sameSentence(lastAnchor, currentAnchor)) {
      // ("وأضافت … أن الأطباء أكدوا لهم أن …، وقالت:": the doctors are inside her words; a verb
      // joined by و (or "كما") goes back to her; "أن المحكمة اعتبرت … حيث أشارت" stays inside the clause).
      // Only when the verb disagrees with the inner subject (a source noun agrees with either
      // gender) or opens a direct quotation: "وأشارت إلى أن غيدان نفى …، وأكد أن" goes on inside,
      // with غيدان. The outer entry's gender is not asked: it may be a group's for the study that
      // spoke ("وتوصلت [الدراسة] إلى أن الزواج الثاني يجدد …، كما أوضحت أن" → the researchers)
      if (!currentNested && currentAnchor < w.size() && (Words.matches(w.norm(currentAnchor), "[وف].+")
          || (currentAnchor > 0 && w.norm(currentAnchor - 1).equals("كما")))) {
        Known inner = history.get(history.size() - 1);
        String[] innerWords = inner.speaker() == null ? new String[0] : Words.normWords(inner.speaker());
        boolean innerAgrees = inner.feminine() == fem || innerWords.length > 0 && SubjectFinder.isOpenHead(innerWords[0]);
        if (currentDirect || !innerAgrees) {
          for (int i = history.size() - 1; i >= 0 && nestedInHistory.contains(i); i--) {
            if (i > 0 && !nestedInHistory.contains(i - 1)) return history.get(i - 1);
          }
        }
      }
      return history.get(history.size() - 1);
    }
    // "استبعدت مصادر دبلوماسية … . وقال، إن …": sources (مصادر، مسؤولون) take a feminine
    // plural verb and are continued by a masculine singular one; agreement says nothing
    Known last = history.get(history.size() - 1);
    String[] lastWords = last.speaker() == null ? new String[0] : Words.normWords(last.speaker());
    if (lastWords.length > 0 && SubjectFinder.isOpenHead(lastWords[0])) return last;
    for (int i = history.size() - 1; i >= 0 && i >= history.size() - 3; i--) {
      if (history.get(i).feminine() == fem && (currentNested || !nestedInHistory.contains(i))) return history.get(i);
    }
    return history.get(history.size() - 1);
  }

  private boolean sameSentence(int from, int to) {
    for (int k = from + 1; k <= to && k < w.size(); k++) if (FrameFinder.endsSentence(w.gapBefore(k))) return false;
    return true;
  }

  /** True when, before word {@code limit}, the text names {@code speaker} in marks right after the head noun ("صحيفة «…»"). */
  private boolean introducedAs(String head, String speaker, int limit) {
    for (int m = 0; m < limit; m++) {
      String bare = Words.stripArticle(Words.stripConjunction(w.norm(m)));
      if (!bare.equals(head) && !bare.equals("ل" + head)) continue;
      Frame.Range q = quotedNameAfter(m, limit);
      if (q != null && w.span(q.from(), q.to()).equals(speaker)) return true;
    }
    return false;
  }

  /** "المصدر ذاته", "نفس المصدر": a phrase that says it is the same as before. */
  private boolean saysSame(Frame.Range p) {
    int len = p.to() - p.from();
    if (len != 2) return false;
    return Words.matches(w.norm(p.from() + 1), "نفسه|ذاته|نفسها|ذاتها") || Words.matches(w.norm(p.from()), "و?(نفس|ذات)");
  }

  /** The head noun of a phrase like "البيان" or "المصدر نفسه", else null. */
  private String nominalHead(Frame.Range p) {
    int len = p.to() - p.from();
    if (len >= 2 && len <= 3 && DEMONSTRATIVES.contains(w.norm(p.from()))) { // "هذه المصادر", "هذا المصدر العسكري"
      p = new Frame.Range(p.from() + 1, p.to());
      len--;
    }
    if (len == 2 && Words.matches(w.norm(p.from()), "و?(نفس|ذات)") && Words.isDefinite(w.norm(p.from() + 1))) { // "نفس المصدر"
      p = new Frame.Range(p.from() + 1, p.to());
      len = 1;
    }
    String first = w.norm(p.from());
    if (first.startsWith("لل")) first = "ال" + first.substring(2);
    if (!first.startsWith("ال")) return null;
    String head = Words.stripArticle(first);
    if (!WordSet.NOMINAL_HEADS.contains(head) && !opensEarlierSpeaker(head)) return null;
    if (len == 1 || (len == 2 && SAME.contains(w.norm(p.from() + 1)))) return head;
    // "وأكد النادي اللندني" after "أعلن نادي تشيلسي": a definite adjective of origin describes the
    // body named before (not after a role: "الوزير السعودي" may be another minister)
    // ("وقال الاتحاد العماني" after "الاتحاد الكويتي": another origin names another body)
    if (len == 2 && !SpeakerNames.isRole(first) && originAdjective(w.norm(p.from() + 1))
        && !otherOriginBefore(head, w.norm(p.from() + 1), p.from()) && namedBefore(head, p.from())) {
      return head;
    }
    // "بيان للبلدية حمل توقيع …": an indefinite word cannot qualify a definite noun, so it
    // starts another clause and the head is the whole speaker (a role is followed by a name:
    // "الوزير عادل الجبير")
    String next = w.norm(p.from() + 1);
    if (!SpeakerNames.isRole(first) && !Words.isDefinite(next) && !next.startsWith("لل") && !next.startsWith("ل")
        && !FrameFinder.hasComma(w.gapBefore(p.from() + 1))) {
      return head;
    }
    return null;
  }

  /** True when the head occurs before word {@code limit} in construct with a name ("نادي تشيلسي", not "حكومة المملكة"). */
  private boolean namedBefore(String head, int limit) {
    for (int i = 0; i + 1 < limit; i++) {
      if (Words.stripConjunction(w.norm(i)).equals(head) && !Words.isDefinite(w.norm(i + 1)) && !SpeakerNames.isRole(w.norm(i + 1))
          && !WordSet.SPEAKER_STOPS.contains(w.norm(i + 1)) && w.gapBefore(i + 1).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** True when the head occurs before word {@code limit} followed by an adjective of origin other than {@code adjective}. */
  private boolean otherOriginBefore(String head, String adjective, int limit) {
    for (int i = 0; i + 1 < limit; i++) {
      if (Words.stripArticle(Words.stripConjunction(w.norm(i))).equals(head) && originAdjective(w.norm(i + 1))
          && !w.norm(i + 1).equals(adjective)) {
        return true;
      }
    }
    return false;
  }

  /** "اللندني", "السعودية": a definite adjective of origin (nisba), match-normalised. */
  private static boolean originAdjective(String n) {
    return Words.isDefinite(n) && n.length() >= 6 && (n.endsWith("ي") || n.endsWith("يه"));
  }

  /**
   * "وقال الباحثون" after "وقال باحثون قاموا …": a definite noun refers back to an earlier
   * speaker introduced by the same indefinite noun.
   */
  private boolean opensEarlierSpeaker(String head) {
    for (Known k : history) {
      String[] words = k.speaker() == null ? new String[0] : Words.normWords(k.speaker());
      if (words.length > 0 && Words.stripConjunction(words[0]).equals(head)) return true;
    }
    return false;
  }

  /**
   * "وحسب مصدر في المقاومة لـ«الشرق الأوسط»، فإن … وأشار المصدر إلى": an indefinite singular source
   * named after the plural's last mention (through حسب, which the history does not hold) is the one
   * "المصدر" refers to, not the sources before it (review of quotesind24 F2, unseen aawsat 412941).
   */
  private boolean singularIntroducedSince(String singular, String plural, int before) {
    for (int i = before - 1; i >= 0; i--) {
      String n = Words.stripConjunction(w.norm(i));
      if (n.equals(plural)) return false;
      if (n.equals(singular) || n.equals("ل" + singular) || n.equals("ب" + singular)) return true;
    }
    return false;
  }

  private Known resolveNominal(String head, Frame.Range phrase) {
    // "وذكرت الصحيفة نفسها … وأضافت الصحيفة": "the same paper" is the one that spoke, named in
    // marks after its kind ("صحيفة «فاينانشيال تايمز»"), not the last paper mentioned
    if (saysSame(phrase)) {
      for (int i = history.size() - 1; i >= 0 && i >= history.size() - 8; i--) {
        Known k = history.get(i);
        if (k.speaker() != null && introducedAs(head, k.speaker(), phrase.from())) return k;
      }
    }
    for (int i = history.size() - 1; i >= 0 && i >= history.size() - 12; i--) {
      Known k = history.get(i);
      // ("والقت الشرطة …" names no particular police: "الشرطة" alone is no antecedent of "الشرطة")
      if (k.speaker() != null && Words.stripConjunction(Words.normWords(k.speaker())[0]).equals("ال" + head)
          && Words.normWords(k.speaker()).length == 1) {
        continue;
      }
      if (k.frameWords().contains(head)) return k;
      if ((k.nameWords().contains(head) || k.nameWords().contains("ال" + head)) && !bodyOfRole(k, head)) return k;
      // "أكدت مصادر خاصه لـ«عكاظ» أن …، وأشار المصدر إلى أن …": the singular source is one of
      // the sources the article introduced (session 24, set 24 okaz 784998); "the same source"
      // only when they spoke last ("وقال باحث يمني … إن «…». وأضاف المصدر نفسه أن" is the
      // researcher, not the "مصادر مقربة من تنظيم القاعدة" before him: unseen aawsat 419656)
      String plural = SOURCE_PLURALS.get(head);
      if (plural != null && (i == history.size() - 1 || !saysSame(phrase)) && k.speaker() != null && Words.normWords(k.speaker()).length > 0
          && Words.stripConjunction(Words.normWords(k.speaker())[0]).equals(plural)
          && !singularIntroducedSince(head, plural, phrase.from())) {
        return k;
      }
    }
    // "وقال البيان" after "أصدرت وزارة الداخلية أمس بيانا": the statement's issuer
    if (issuers != null && DocumentIssuers.DOCUMENTS.contains(head)) {
      Frame.Range r = issuers.issuerBefore(head, phrase.from());
      if (r != null) {
        Frame.Range name = SpeakerNames.name(w, r);
        // "الرئاسة العامة للأرصاد وحماية البيئة": a coordinated institution is no name
        if (name.from() > r.from() && w.get(name.from()).text().startsWith("و")) name = r;
        Entity e = coveringEntity(r);
        Set<String> names = new HashSet<>(words(r));
        names.add(head);
        return new Known(w.span(name.from(), name.to()), e == null ? null : e.id(), false, Set.of(), names);
      }
    }
    // "الوزارة" → the last "وزارة الخارجية الروسية" before the quotation
    for (int i = phrase.from() - 1; i >= 0; i--) {
      String bare = Words.stripArticle(Words.stripConjunction(w.norm(i)));
      // ("وقال بنيامين محمد لصحيفة «غانا سبورتس أون لاين»" … "وتوقعت الصحيفة": with its lam)
      // ("وفق بلاغ لوزارة الداخلية. وأضافت الوزارة": with its lam, in construct with a definite word)
      boolean withLam = bare.equals("ل" + head) && (quotedNameAfter(i, phrase.from()) != null
          || (i + 1 < phrase.from() && Words.isDefinite(w.norm(i + 1)) && w.gapBefore(i + 1).isBlank()));
      if (!(bare.equals(head) || withLam) || Words.isDefinite(w.norm(i))) {
        continue;
      }
      int end = i + 1;
      // "وفق ما أكده مصدر من الحماية المدنية" … "و أضاف نفس المصدر": a source keeps its preposition
      if (SubjectFinder.isOpenHead(head) && end + 1 < phrase.from() && Words.matches(w.norm(end), "من|في")
          && Words.isDefinite(w.norm(end + 1)) && !FrameFinder.hasComma(w.gapBefore(end))) {
        end++;
      } else if (SubjectFinder.isOpenHead(head) && end < phrase.from() && w.norm(end).endsWith("ي")
          && !Words.isDefinite(w.norm(end)) && !FrameFinder.hasComma(w.gapBefore(end)) && !FrameFinder.endsSentence(w.gapBefore(end))) {
        end++; // "مصدر أمني" … "واوضح ذات المصدر": the source and its adjective
      }
      while (end < phrase.from() && end < i + 5 && Words.isDefinite(w.norm(end))
          && !FrameFinder.endsSentence(w.gapBefore(end)) && !FrameFinder.hasComma(w.gapBefore(end))) {
        end++;
      }
      // "صحيفة «ديلي ستار» البريطانية" … "وتابعت الصحيفة": the name in marks after the head
      Frame.Range quoted = quotedNameAfter(i, phrase.from());
      if (quoted != null) {
        Entity e = coveringEntity(quoted);
        return new Known(w.span(quoted.from(), quoted.to()), e == null ? null : e.id(), false, Set.of(), Set.of(head));
      }
      if (end > i + 1) {
        String s = w.span(i, end);
        if (s.startsWith("و") && Words.stripConjunction(w.norm(i)).equals(head) && !w.norm(i).equals(head)) s = s.substring(1);
        if (withLam) s = s.substring(s.indexOf('ل') + 1); // "لوزارة الداخلية" → "وزارة الداخلية"
        Entity e = coveringEntity(new Frame.Range(i, end));
        return new Known(s, e == null ? null : e.id(), false, Set.of(), Set.of(head));
      }
    }
    // "وأوضحت الشركة" after "أكدت الخطوط الجوية الكويتية أنها": a body named by its kind only,
    // with no earlier mention of that kind, is the organisation that spoke last (an entity
    // tagged as an organisation, or a definite phrase that is no person, role or source)
    if (ORGANISATION_HEADS.contains(head)) {
      // "للوكالة الدولية للطاقة الذرية" … "ووفقًا للوكالة": a definite mention with its qualifiers
      Frame.Range named = definiteMention(head, phrase.from());
      if (named != null) {
        Entity e = coveringEntity(named);
        String s = w.span(named.from(), named.to());
        String first = w.norm(named.from());
        if (!first.startsWith("ال")) s = first.startsWith("لل") ? "ال" + s.substring(2) : s.substring(s.indexOf("ال"));
        return new Known(s, e == null ? null : e.id(), false, Set.of(), Set.of(head));
      }
      boolean feminineHead = head.endsWith("ه");
      for (int i = history.size() - 1; i >= 0 && i >= history.size() - 4; i--) {
        Known k = history.get(i);
        if (k.feminine() == feminineHead && isOrganisation(k)) return k;
      }
    }
    return null;
  }

  /**
   * "وبحسب المرصد" after "وقال مدير المرصد رامي عبد الرحمن": the body a person's role names
   * (the head is no role, the person's name lacks it) is not that person.
   */
  private static boolean bodyOfRole(Known k, String head) {
    if (k.speaker() == null || SpeakerNames.isRole(head) || SpeakerNames.isRole("ال" + head)) return false;
    for (String n : Words.normWords(k.speaker())) if (Words.stripArticle(Words.stripConjunction(n)).equals(head)) return false;
    for (String n : k.nameWords()) if (SpeakerNames.isRole(n)) return true;
    return false;
  }

  /**
   * The last mention before word {@code limit} of the definite head ("الوكالة", "للوكالة",
   * "والوكالة") followed by one to four definite qualifiers in the same clause ("الدولية
   * للطاقة الذرية"); null when none.
   */
  private Frame.Range definiteMention(String head, int limit) {
    for (int i = limit - 2; i >= 0; i--) {
      String n = w.norm(i);
      boolean mention = n.equals("ال" + head) || n.equals("لل" + head) || n.equals("وال" + head) || n.equals("بال" + head)
          || n.equals("ولل" + head);
      if (!mention) continue;
      int end = i + 1;
      // ("المنظمة العربية الدكتور بندر آل فهيد": an honorific or role starts the person after it)
      while (end < limit && end < i + 5 && (Words.isDefinite(w.norm(end)) || w.norm(end).startsWith("لل"))
          && w.gapBefore(end).isBlank() && !WordSet.HONORIFICS.containsStem(w.norm(end)) && !SpeakerNames.isRole(w.norm(end))) {
        end++;
      }
      if (end > i + 1) return new Frame.Range(i, end);
    }
    return null;
  }

  /** Kinds of body a definite noun may stand for ("الشركة", "الصحيفة", "المجلس"). */
  private static final Set<String> ORGANISATION_HEADS = Set.of(
      "شركه", "صحيفه", "وكاله", "منظمه", "جمعيه", "هييه", "رياسه", "اداره", "مديريه", "مجلس", "حزب",
      "اتحاد", "مركز", "جامعه", "بلديه", "لجنه", "حكومه", "وزاره", "امانه", "سفاره", "قياده", "محكمه",
      "نيابه", "مكتب", "نادي", "مجموعه", "مؤسسه", "موسسه", "قناه", "مجله", "مرصد", "حركه", "جبهه", "معهد", "ايتلاف");

  /** A speaker that is an organisation: tagged so, or a definite phrase of two words or more that names no person. */
  private boolean isOrganisation(Known k) {
    if (k.speaker() == null) return false;
    if (k.id() != null) {
      for (Entity en : entities) if (k.id().equals(en.id())) return "ORG".equals(en.type());
    }
    String[] words = Words.normWords(k.speaker());
    if (words.length < 2 || words.length > 6) return false;
    String first = Words.stripConjunction(words[0]);
    return Words.isDefinite(first) && !SpeakerNames.isRole(first) && !SubjectFinder.isOpenHead(first)
        && !WordSet.SPEAKER_STOPS.contains(first);
  }

  /** "صحيفة «ديلي ستار»": one to four words in marks right after word i, before word {@code limit}. */
  private Frame.Range quotedNameAfter(int i, int limit) {
    if (i + 1 >= limit || !opensMark(w.gapBefore(i + 1))) return null;
    for (int k = i + 2; k <= limit && k <= i + 5; k++) {
      String gap = k < w.size() ? w.gapBefore(k) : "";
      if (FrameFinder.endsSentence(gap) && !opensMark(gap)) return null;
      for (int c = 0; c < gap.length(); c++) {
        if (QuotationMarks.isMark(gap.charAt(c))) return new Frame.Range(i + 1, k);
      }
    }
    return null;
  }

  private static boolean opensMark(String gap) {
    for (int c = 0; c < gap.length(); c++) if (QuotationMarks.isMark(gap.charAt(c))) return true;
    return false;
  }

  private Entity coveringEntity(Frame.Range r) {
    if (entities.isEmpty()) return null;
    int s = w.get(r.from()).start(), e = w.get(r.to() - 1).end();
    Entity best = null;
    for (Entity en : entities) {
      if (en.end() <= s || en.start() >= e) continue;
      if (!"PERS".equals(en.type()) && !"ORG".equals(en.type())) continue;
      if (best == null || ("PERS".equals(en.type()) && !"PERS".equals(best.type()))
          || (en.type().equals(best.type()) && en.end() > best.end())) {
        best = en;
      }
    }
    return best;
  }

  /**
   * The words of a frame, for "وقال المرصد" to find the frame that named the observatory; a
   * word right after a role or "باسم" is the body the speaker works for ("وقال مدير المرصد
   * رامي عبد الرحمن"), not the speaker, and is left out.
   */
  private Set<String> frameWords(Frame f) {
    Set<String> out = new HashSet<>();
    for (int i = Math.max(0, f.from()); i < f.to() && i < w.size(); i++) {
      if (i > 0 && i - 1 >= f.from() && (SpeakerNames.isRole(w.norm(i - 1)) || w.norm(i - 1).equals("باسم"))
          && !SpeakerNames.isRole(w.norm(i))) {
        continue;
      }
      out.add(Words.stripArticle(w.norm(i)));
    }
    return out;
  }

  private Set<String> words(Frame.Range r) {
    Set<String> out = new HashSet<>();
    for (int i = r.from(); i < r.to(); i++) {
      out.add(w.norm(i));
      out.add(Words.stripArticle(w.norm(i)));
    }
    return out;
  }
}
