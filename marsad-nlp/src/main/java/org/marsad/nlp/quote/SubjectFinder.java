package org.marsad.nlp.quote;

import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Finds the words naming the speaker around a reporting verb: after it ("وقال لافروف"), before
 * it ("لافروف قال", "وكان X قد أعلن", "ماثيو إليوت، قال", "أما X، فقد قال"), skipping addressees
 * and stopping at adjuncts. Which words of the phrase are the name is {@link SpeakerNames}' job.
 */
final class SubjectFinder {
  /** Longest subject written before its verb ("لافروف قال"), in words. */
  static final int MAX_SUBJECT_BEFORE = 4;

  /** Words before a pre-verbal subject that are not part of it ("وكان لافروف أعلن"). */
  private static final Set<String> CLAUSE_PARTICLES = Set.of(
      "و", "كان", "وكان", "كانت", "وكانت", "قد", "وقد", "كما", "فيما", "بينما", "لكن", "ولكن",
      "اما", "واما", "ثم", "حين", "عندما", "بدوره", "بدورها", "لقد", "ولقد", "ذلك", "الي", "فقد", "فانه");
  // (and the contrasts with a pronoun of contrast-pronouns.txt: "…، لكنه أكد أيضاً أن")
  /** Conjunctions of contrast that open a new clause, comma or not. */
  private static final Set<String> CONTRAST_OPENERS = Set.of("لكن", "ولكن", "بينما", "فيما");
  /** Nominal heads that may be followed by "في/من …" inside the speaker ("مصدر في الخارجية"). */
  private static final Set<String> OPEN_HEADS = Set.of(
      "مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "متحدث", "ناطق", "عضو", "خبير", "خبراء",
      "محلل", "مراقبون", "دبلوماسي", "دبلوماسيون", "شهود", "شاهد", "سكان", "ناشطون", "ناشط", "احد", "بعض", "عدد", "مجموعه");
  /** Demonstratives start the object after a subject ("أعلنت الشركة هذا الأسبوع"). */
  private static final Set<String> DEMONSTRATIVES = Set.of("هذا", "هذه", "هذين", "هاتين", "هولاء", "ذلك", "تلك");
  /** Prepositions allowed inside "مصدر في الخارجية", "مسؤول من الوزارة". */
  private static final Set<String> OPEN_PREPOSITIONS = Set.of("في", "من", "ب", "داخل", "مقرب", "مقربه", "مطلع", "مطلعه", "رفيع", "رفيعه");
  /** Prepositions allowed inside a role: "المشرف على المسابقة", "المقررة الخاصة في …". */
  private static final Set<String> ROLE_PREPOSITIONS = Set.of("في", "علي", "لدي", "لدى", "عن");
  /** Time words a verb may have before its subject ("قال اليوم الأحد نائب …", "أكد مساء أمس الوزير …"). */
  private static final Set<String> TIME_BEFORE_SUBJECT = Set.of(
      "اليوم", "امس", "الليله", "صباح", "مساء", "ظهر", "صباحا", "مساءا", "الاول", "اول", "الاحد", "الاثنين", "الثلاثاء",
      "الاربعاء", "الخميس", "الجمعه", "السبت");
  /** A role, title, institution or body noun: what may open a subject after "فيه" (match-normalised). */
  private static boolean readsAsSubject(String n) {
    return SpeakerNames.isRole(n) || WordSet.INSTITUTION_NOUNS.containsStem(n) || WordSet.BODY_NOUNS.containsStem(n);
  }

  /** Time words and nouns of a time adjunct ("قال الشهر الماضي"), match-normalised. */
  static boolean isTimeWord(String n) {
    return TIME_BEFORE_SUBJECT.contains(n) || Words.matches(n, "(ال)?(شهر|اسبوع|عام|سنه|يوم|ليله|امس)");
  }
  /** Prepositions never ending a subject (written forms). */
  private static final Set<String> DANGLING = Set.of("في", "من", "عن", "على", "إلى", "الى", "مع");
  /** Verbs whose object is introduced by عن (expressed, announced, revealed, spoke), match-normalised. */
  private static final java.util.regex.Pattern TAKES_AN = java.util.regex.Pattern.compile(
      "[وف]?(اعرب|اعربت|عبر|عبرت|اعلن|اعلنت|كشف|كشفت|تحدث|تحدثت)");
  /** Nouns of feeling or thanks that, with a possessive pronoun, are a verb's object (match-normalised stems). */
  private static final Set<String> FEELINGS = Set.of("سعادت", "سعاد", "شكر", "ارتياح", "فخر", "اسف", "قلق", "تقدير",
      "امتنان", "استياء", "ترحيب", "تعازي", "تهاني", "اعتزاز", "استغراب", "سرور", "حزن", "غضب", "تفاؤل", "تشاؤم", "رغبت", "رغب");

  /** Prepositional pronouns between a verb and its subject ("صرح بذلك الرائد …"). */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("بذلك", "بهذا", "بهذه", "بذالك");
  private final Words w;
  private final FrameFinder finder;

  SubjectFinder(Words words, FrameFinder finder) {
    this.w = words;
    this.finder = finder;
  }

  /** True when the word before k is a name-like word without ال ("سالم" in "سالم بالقرار"). */
  private boolean bareNameBefore(int k) {
    return hasNameLikeWord(k - 1, k) && !Words.isDefinite(w.norm(k - 1));
  }

  /** True when the word before k is a بال family name after a bare name ("سالم بالرقدال" before "بالقرار"). */
  private boolean balNameBefore(int k) {
    return w.norm(k - 1).startsWith("بال") && bareNameBefore(k - 1) && biWordNext(k - 1);
  }

  /** True when word k is followed, with no mark between, by another definite word with ب ("بالرقدال بالقرار"). */
  private boolean biWordNext(int k) {
    return k + 1 < w.size() && w.gapBefore(k + 1).isBlank() && w.norm(k + 1).startsWith("بال");
  }

  /** True for a head such as مصدر/مسؤول/شهود that names somebody inside or near an institution. */
  static boolean isOpenHead(String norm) {
    return OPEN_HEADS.contains(Words.stripArticle(Words.stripConjunction(norm)));
  }

  /** "X كانت قد دعت …": the subject is before كان, what follows the verb is its object. */
  boolean pluperfect(int v) {
    if (v >= 2 && w.norm(v - 1).equals("قد") && Words.matches(w.norm(v - 2), "و?(كان|كانت|كانوا)")) return true;
    // "وكان كارتر قال للملك سلمان …" (session 14): كان, a subject of one to four words, then the
    // verb without قد; what follows the verb (the person spoken to) is no subject
    if (v < 2 || !w.gapBefore(v).isBlank()) return false;
    for (int k = v - 2; k >= 0 && v - k <= MAX_SUBJECT_BEFORE + 1; k--) {
      String gap = w.gapBefore(k + 1);
      if (FrameFinder.endsSentence(gap) || FrameFinder.hasComma(gap) || hasMark(gap) || FrameFinder.hasColon(gap)) return false;
      String n = w.norm(k + 1);
      if (FrameFinder.isComplementiser(n) || finder.form(k + 1).isPresent() || WordSet.SPEAKER_STOPS.contains(n)) return false;
      if (Words.matches(w.norm(k), "و?(كان|كانت|كانوا)")) {
        // the verb agrees with كان ("وكانت آخر تغريدات الراحل غرد بها" is no pluperfect of غرد).
        // كان before its subject stays singular, the verb after a plural subject is plural:
        // "وكان المسؤولون قالوا", so a plural verb follows any كان; the gender is the lexicon's
        // (لفت, أثبت end in ت and are masculine)
        String verb = Words.stripConjunction(w.norm(v));
        boolean kanaFem = w.norm(k).endsWith("ت"), kanaPlural = w.norm(k).endsWith("وا");
        boolean verbFem = finder.form(v).map(VerbForm::feminine).orElse(verb.endsWith("ت"));
        if (!verb.endsWith("وا") && (kanaPlural || kanaFem != verbFem)) return false;
        return k == 0 || FrameFinder.endsSentence(w.gapBefore(k)) || FrameFinder.hasComma(w.gapBefore(k)) || w.norm(k).startsWith("و");
      }
    }
    return false;
  }

  /**
   * "وأضافت الوكالة أن مرسي أبلغ القاضي … أنه …": a verb right after "أن/إن X" has X as its
   * subject (أن is followed by a noun, the verb comes after it), and what follows the verb is
   * its object. Null when the verb does not follow such a noun of at most four words.
   */
  Frame.Range subjectAfterComplementiser(int v) {
    // a finite speech verb right after the noun, in the same clause ("أن X، اعترف" is left out)
    if (v < 2 || clauseBoundary(v)) return null;
    boolean finite = finder.form(v).map(f -> f.kind() == VerbForm.Kind.VERB && !f.lemma().equals("جاء")
        && (f.tense() == VerbForm.Tense.PAST || f.tense() == VerbForm.Tense.PRESENT)).orElse(false);
    if (!finite) return null;
    for (int k = v - 2; k >= 0 && k >= v - 5; k--) {
      if (clauseBoundary(k + 1) || finder.form(k).isPresent() && k < v - 1) return null;
      String n = w.norm(k);
      if (!Words.matches(n, "ان|بان|فان")) continue;
      if (!finder.isReportComplementiser(k)) return null;
      for (int j = k + 1; j < v; j++) {
        String m = w.norm(j);
        // "إن الحادث كان "محاولة هجوم"وصرحت مصادر …": a clause of its own before the verb
        if (hasMark(w.gapBefore(j + 1)) || Words.matches(m, "كان|كانت|يكون|تكون|ليس|ليست")) return null;
        if (isStop(j) || FrameFinder.isComplementiser(m) || m.charAt(0) < '\u0600' || DEMONSTRATIVES.contains(m)
            || WordSet.SPEAKER_STOPS.contains(Words.stripConjunction(m))) {
          return null;
        }
      }
      return new Frame.Range(k + 1, v);
    }
    return null;
  }

  /** Verbs of delivering a statement ("ألقى X كلمة", "أصدرت الوزارة بيانا"), match-normalised. */
  static final java.util.regex.Pattern DELIVERS = java.util.regex.Pattern.compile("[وف]?(القي|القت|اصدر|اصدرت|نشر|نشرت|وجه|وجهت|بعث|بعثت|ارسل|ارسلت)");
  /** Statements a speaker delivers ("كلمة أوضح فيها"). */
  static final Set<String> STATEMENTS = Set.of("كلمه", "بيان", "بيانا", "خطاب", "خطابا", "رساله", "تصريح", "تصريحا", "تغريده", "بلاغ", "بلاغا");

  /**
   * "وألقى قائد عام المخيم محمد فايل رعدان … كلمة أوضح فيها أن …": a speech verb after a
   * statement noun and before "فيها/فيه" reports what the statement said; its speaker is the
   * subject of the verb that delivered the statement. Null when the sentence has none.
   */
  Frame.Range deliverer(int v) {
    if (v < 2 || v + 1 >= w.size()) return null;
    // "وأصدر الاتحاد … بيانا إعلاميا قال إنه «…»": a statement (and its adjective) whose verb
    // has no subject of its own, its complementiser or mark right after it
    int noun = STATEMENTS.contains(w.norm(v - 1)) ? v - 1
        : STATEMENTS.contains(w.norm(v - 2)) && !Words.isDefinite(w.norm(v - 1)) && w.norm(v - 1).endsWith("ا") ? v - 2 : -1;
    boolean fiha = Words.matches(w.norm(v + 1), "فيها|فيه");
    // "وأصدرت وزارة الخارجية بيانا مساء الثلاثاء تقول فيه إنها": up to two time words between the
    // statement and its "in which" verb (session 23)
    if (noun < 0 && fiha) {
      int t = v - 1;
      while (t > v - 3 && t > 0 && TIME_BEFORE_SUBJECT.contains(w.norm(t)) && w.gapBefore(t + 1).isBlank()) t--;
      if (t < v - 1 && STATEMENTS.contains(w.norm(t)) && w.gapBefore(t + 1).isBlank()) {
        for (int k = t - 1; k >= 0 && k > t - 1 - 4 * FrameFinder.MAX_SPEAKER; k--) {
          if (FrameFinder.endsSentence(w.gapBefore(k + 1))) return null;
          if (DELIVERS.matcher(w.norm(k)).matches()) return subjectAfter(k, t);
        }
        return null;
      }
    }
    boolean saysRightAway = noun >= 0 && !Words.isDefinite(w.norm(noun)) && w.gapBefore(v).isBlank()
        && (FrameFinder.isComplementiser(w.norm(v + 1)) || FrameFinder.hasColon(w.gapBefore(v + 1)) || hasMark(w.gapBefore(v + 1)));
    if (noun < 0 || !(fiha && noun == v - 1) && !saysRightAway) return null;
    for (int k = noun - 1; k >= 0 && k > noun - 1 - 4 * FrameFinder.MAX_SPEAKER; k--) {
      if (FrameFinder.endsSentence(w.gapBefore(k + 1))) return null;
      if (DELIVERS.matcher(w.norm(k)).matches()) return subjectAfter(k, noun);
    }
    return null;
  }

  /**
   * "قال الرئيس في حواره مع قناة "نسمة" إنه": an occasion with its possessive pronoun (حواره،
   * كلمته، تصريحاتها) is the speaker's own, never part of a role ("مسؤول في الوزارة" stays).
   */
  private boolean possessedOccasion(int k) {
    if (k >= w.size() || Words.isDefinite(w.norm(k))) return false;
    java.util.regex.Matcher m = POSSESSED_OCCASION.matcher(w.norm(k));
    if (!m.matches()) return false;
    String stem = m.group(1);
    return WordSet.OCCASIONS.contains(stem) || (stem.endsWith("ت") && WordSet.OCCASIONS.contains(stem.substring(0, stem.length() - 1) + "ه"));
  }

  private static final java.util.regex.Pattern POSSESSED_OCCASION = java.util.regex.Pattern.compile("(.{3,}?)(ه|ها|هم|هما)");

  /** The subject of a reporting verb that introduces no quotation, for later continuations. */
  Frame.Range subjectOf(int v) {
    if (pluperfect(v)) return subjectBefore(v);
    Frame.Range afterAnna = subjectAfterComplementiser(v);
    if (afterAnna != null) return afterAnna;
    Frame.Range deliverer = deliverer(v);
    if (deliverer != null) return deliverer;
    Frame.Range after = subjectAfter(v, w.size());
    // "وكان مارتينو قد صرح بعد الهزيمة …": nothing after the verb, the subject is before it
    return after != null || v == 0 || !w.norm(v - 1).equals("قد") ? after : subjectBefore(v);
  }

  /** True when verb v takes its object with ب (bi-object-verbs.txt: "أشاد بـ", "نوه بـ", "رحب بـ"). */
  private boolean governsBi(int v) {
    return finder.form(v).map(f -> WordSet.BI_OBJECT_VERBS.contains(ArabicNormalizer.match(f.lemma()))).orElse(false);
  }

  /** True when words begin..to-1 are a role followed by indefinite words only ("مدير عام فرع"). */
  private boolean openConstruct(int begin, int to) {
    if (!SpeakerNames.isRole(w.norm(begin))) return false;
    for (int k = begin; k < to; k++) if (Words.isDefinite(w.norm(k))) return false;
    return true;
  }

  /** True when verb v takes its addressee as direct object (telling-verbs.txt: "أبلغ", "أخبر"). */
  private boolean tellsAddressee(int v) {
    return finder.form(v).map(f -> WordSet.TELLING_VERBS.contains(ArabicNormalizer.match(f.lemma()))).orElse(false);
  }

  /**
   * True when word i, inside a subject after a verb of telling, starts the addressee: a medium
   * ("الصحيفة", "صحيفة Liverpool Echo"), an audience or agency ("الصحفيين", "رويترز"), an outlet
   * in marks ("«الشرق الأوسط»") or a body after a name ("كومي لجنة الاستخبارات", "تسيبراس
   * البرلمان"). Only after a word that completes the subject: a role, body or honorific without
   * the article still wants its complement ("مراسل الصحيفة", "نقيب الصحفيين", "رئيس "الوطن"").
   */
  private boolean opensTellingObject(int begin, int i) {
    // (the word before is read as written: و and ف also begin "وزير", "وزارة", "فرع")
    String prev = w.norm(i - 1), n = w.norm(i);
    if (isStop(i - 1) || prev.equals("باسم")) return false;
    boolean prevDefinite = Words.isDefinite(prev) || Words.isDefinite(Words.stripConjunction(prev));
    boolean prevHead = SpeakerNames.isRole(prev) || WordSet.INSTITUTION_NOUNS.containsStem(prev)
        || WordSet.BODY_NOUNS.containsStem(prev) || WordSet.HONORIFICS.containsStem(prev) || isOpenHead(prev);
    if (prevHead && !prevDefinite) return false;
    if (hasMark(w.gapBefore(i))) return quotedWords(i) <= 4;
    if (!w.gapBefore(i).isBlank()) return false;
    if (WordSet.MEDIA_NOUNS.containsStem(n) || WordSet.AUDIENCE_NOUNS.containsStem(n)) return true;
    // a body after a name (not after a definite word: "رئيس الوزراء اليوناني" may go on)
    boolean body = WordSet.BODY_NOUNS.containsStem(n) || WordSet.INSTITUTION_NOUNS.containsStem(n);
    boolean bodyPhrase = Words.isDefinite(n) || (i + 1 < w.size() && w.gapBefore(i + 1).isBlank() && Words.isDefinite(w.norm(i + 1)));
    // ("مدير عام فرع المصلحة": a role and indefinite words only are a construct still open)
    return body && bodyPhrase && !prevDefinite && !prevHead && prev.charAt(0) >= '\u0600' && !openConstruct(begin, i);
  }

  /** "بما", or ب glued to a hamza-initial word ("بأداء", "بإنجاز"; not the complementiser "بأن"). */
  private boolean objectWithBi(int i) {
    String text = w.get(i).text(), n = w.norm(i);
    if (FrameFinder.isComplementiser(n)) return false;
    return n.equals("بما") || (text.length() > 3 && (text.startsWith("بأ") || text.startsWith("بإ")));
  }

  private boolean allDefinite(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Words.isDefinite(Words.stripConjunction(w.norm(i)))) return false;
    }
    return true;
  }

  /**
   * The subject right after a verb, up to {@code limit}; null when the verb has none. An
   * addressee right after the verb is skipped ("وأوضح لـ(عكاظ) الناطق …"); "جاء في بيان لـX"
   * gives X.
   */
  Frame.Range subjectAfter(int v, int limit) {
    Frame.Range sp = subjectAfterVerb(v, limit);
    boolean acting = finder.form(v).map(f -> f.kind() == VerbForm.Kind.ACT).orElse(false);
    if (sp != null && describes(v)) return withoutDescribedObject(sp);
    return sp == null || !acting ? sp : withoutObjectAfterSource(withoutObjectAfterPlace(sp));
  }

  /**
   * "استغربت مصادر اتحادية الشائعات التي …", "استغربت مصادر نيابية مطلعة ما وصفته بـ …": an
   * unnamed source (a plural source head, plural-source-heads.txt) and its indefinite adjectives
   * (nisba ـية/ـي or participle م…) are complete; a definite noun or "ما" right after them cannot
   * continue the indefinite phrase and is the act verb's object (session 26, review of quotes26 F2:
   * set 26 alriyadh 1070472 and unseen alyaum 4079651 glued the object to the speaker). A definite
   * genitive right after the head ("مصادر الشرطة") or after a noun ("مصادر وزارة الداخلية") stays.
   */
  private Frame.Range withoutObjectAfterSource(Frame.Range sp) {
    if (!WordSet.PLURAL_SOURCE_HEADS.contains(Words.stripConjunction(w.norm(sp.from())))) return sp;
    for (int k = sp.from() + 1; k < sp.to(); k++) {
      String n = w.norm(k);
      if (!w.gapBefore(k).isBlank() || (Words.isDefinite(n) && k == sp.from() + 1)) return sp;
      if (k > sp.from() + 1 && (Words.isDefinite(n) || n.equals("ما"))) return new Frame.Range(sp.from(), k);
      if (!indefiniteAdjective(n)) return sp;
    }
    return sp;
  }

  /** "اتحادية", "نيابية", "مطلعة", "مسؤولة": a nisba or a participle without ال, no body noun. */
  private static boolean indefiniteAdjective(String n) {
    return !Words.isDefinite(n) && n.length() >= 4 && !WordSet.BODY_NOUNS.contains(n) && !WordSet.INSTITUTION_NOUNS.contains(n)
        && (Words.matches(n, ".*(يه|ي|يون|يين)") || Words.matches(n, "م.*(ه|ون|ين)?"));
  }

  private boolean describes(int v) {
    return finder.form(v).map(f -> WordSet.DESCRIBING_VERBS.contains(ArabicNormalizer.match(f.lemma()))).orElse(false);
  }

  /**
   * "لكن … نتنياهو وصف الاتفاق بأنه …", "ووصف الشراكة الاقتصادية … بأنها …", "ووصفت وزارة العدل
   * الحكم بأنه …": a verb of describing (describing-verbs.txt) names what it describes before بأن.
   * When the phrase after the verb runs to بأن, a definite first word that cannot speak (no role,
   * body, institution, source or honorific) is that object and the verb has no subject here; a
   * definite word after a definite word (the subject complete: "وزارة العدل | الحكم") that is no
   * nisba adjective and cannot speak begins it (session 25, set 25: three speakers were the object);
   * a definite plural subject is kept (pluralSubjectBeforeObject).
   */
  private Frame.Range withoutDescribedObject(Frame.Range sp) {
    // (a long subject is a role chain, not a subject and its object: "ووصف مستشار خادم الحرمين
    // الشريفين أمير منطقة مكة المكرمة … الأمير خالد الفيصل، الرعاية بأنها")
    if (!describedBefore(sp.to()) || hasMark(w.gapBefore(sp.from())) || sp.to() - sp.from() > DESCRIBED_OBJECT_WORDS) return sp;
    String first = Words.stripConjunction(w.norm(sp.from()));
    // (one noun group only: "ووصف البيت الأبيض مقتل الوحيشي آنذاك بأنه" has a second, indefinite
    // head after a definite word, so the first group is the subject: unseen text, session 25)
    if (Words.isDefinite(first) && !canSpeak(first) && !secondHead(sp)) return pluralSubjectBeforeObject(sp);
    for (int k = sp.from() + 1; k < sp.to(); k++) {
      String n = w.norm(k);
      if (!w.gapBefore(k).isBlank()) return sp;
      // (the object is short and right before بأن: "مستشار خادم الحرمين الشريفين أمير منطقة مكة …"
      // is one long subject, not "مستشار خادم الحرمين" + an object; unseen text, session 25)
      if (Words.isDefinite(n) && Words.isDefinite(w.norm(k - 1)) && !canSpeak(n) && !Words.matches(n, ".*(ي|يه|يين|يون)")
          && !WordSet.PLACES.contains(n) && sp.to() - k <= DESCRIBED_OBJECT_WORDS - 2
          && !secondHead(new Frame.Range(k, sp.to()))) {
        return new Frame.Range(sp.from(), k);
      }
    }
    return sp;
  }

  /**
   * "ووصف المحللون القرار بأنه …", "ووصف المتظاهرون الحكومة بأنها …": a definite sound masculine
   * plural (ـون/ـين) keeps its ن only outside a construct, so the definite noun after it is no
   * genitive of it: it is the object, and the plural (with its agreeing adjectives, "المحللون
   * الاقتصاديون") is the subject. Null when the phrase has no such shape: the first word is then
   * the object ("ووصف الاتفاق بأنه"). Session 25, lane fixquotes25 (review of quotesind25, F4: these
   * subjects gave no speaker).
   */
  private Frame.Range pluralSubjectBeforeObject(Frame.Range sp) {
    if (!Words.matches(Words.stripConjunction(w.norm(sp.from())), "ال\\S{3,}(ون|ين)")) return null;
    for (int k = sp.from() + 1; k < sp.to(); k++) {
      String n = w.norm(k);
      if (!w.gapBefore(k).isBlank() || !Words.isDefinite(n)) return null;
      if (!Words.matches(n, ".*(ي|يه|ون|ين)")) return new Frame.Range(sp.from(), k);
    }
    return null;
  }

  /** True when an indefinite word (no preposition) follows a definite word inside the phrase: a second head. */
  private boolean secondHead(Frame.Range sp) {
    for (int k = sp.from() + 1; k < sp.to(); k++) {
      String n = w.norm(k);
      if (Words.isDefinite(w.norm(k - 1)) && !Words.isDefinite(n) && !isStop(k)) return true;
    }
    return false;
  }

  /** True when بأن comes at word {@code i} or within the few words of an object after it, in one clause. */
  private boolean describedBefore(int i) {
    for (int k = i; k < w.size() && k <= i + DESCRIBED_OBJECT_WORDS; k++) {
      String gap = w.gapBefore(k);
      if (k > i && (FrameFinder.endsSentence(gap) || FrameFinder.hasComma(gap) || FrameFinder.hasColon(gap))) return false;
      if (FrameFinder.isBiAnna(w.norm(k))) return true;
      if (finder.form(k).isPresent()) return false;
    }
    return false;
  }

  private static final int DESCRIBED_OBJECT_WORDS = 6;

  /** True when a definite word may head or continue a speaker: a role, body, institution, source or honorific. */
  private static boolean canSpeak(String n) {
    String bare = Words.stripArticle(n);
    return SpeakerNames.isRole(n) || WordSet.INSTITUTION_NOUNS.containsStem(n) || WordSet.BODY_NOUNS.containsStem(n)
        || WordSet.NOMINAL_HEADS.contains(bare) || WordSet.MEDIA_NOUNS.contains(n) || WordSet.MEDIA_NOUNS.contains(bare)
        || WordSet.HONORIFICS.containsStem(n) || WordSet.PLURAL_SOURCE_HEADS.contains(bare);
  }

  /**
   * "أدانت مملكة البحرين التفجير الإرهابي الذي …": after an acting verb a place name ends its
   * subject, and a definite word after it that is no nisba adjective ("العربية", "الشقيقة" would
   * agree with it) is the verb's object (session 23 review of quotesind23, F3: "وشددت وفقا لما
   * نقلته …" took the whole phrase as its speaker).
   */
  private Frame.Range withoutObjectAfterPlace(Frame.Range sp) {
    // (the place opens the phrase or follows its first word, "مملكة البحرين": deeper inside it
    // names a body, "حزب حراك تونس الإرادة")
    for (int k = sp.from(); k + 1 < sp.to() && k <= sp.from() + 1; k++) {
      String next = w.norm(k + 1);
      if (WordSet.PLACES.contains(Words.stripConjunction(w.norm(k))) && w.gapBefore(k + 1).isBlank() && Words.isDefinite(next)
          && !Words.matches(next, ".*(ي|يه|يين|يون)")) {
        return new Frame.Range(sp.from(), k + 1);
      }
    }
    return sp;
  }

  private Frame.Range subjectAfterVerb(int v, int limit) {
    // a participle ("مشيراً", "نافياً القيام …") is followed by its object, never its subject
    if (finder.form(v).map(f -> f.tense() == VerbForm.Tense.PARTICIPLE).orElse(false)) return null;
    int begin = whatWasReported(v, limit);
    // "أوضح ذلك لـ"الوطن" عضو اللجنة …": a demonstrative object before the addressee, or
    // before a role ("أوضح ذلك رئيس مجلس إدارة النادي …")
    if (begin + 1 < limit && begin + 1 < w.size() && Words.matches(w.norm(begin), "ذلك|هذا")
        && (isAddressee(begin + 1) || SpeakerNames.isRole(w.norm(begin + 1)))) {
      begin++;
    }
    // "قال اليوم الأحد نائب حركة النهضة …": a time adverbial between the verb and its subject
    // (up to three words, then a role or honorific; "قال اليوم إن" keeps no subject)
    int time = begin;
    while (time < limit && time < w.size() && time < begin + 3 && TIME_BEFORE_SUBJECT.contains(w.norm(time))
        && !FrameFinder.endsSentence(w.gapBefore(time)) && !FrameFinder.hasComma(w.gapBefore(time))) {
      time++;
    }
    if (time > begin && time < limit && time < w.size() && !FrameFinder.hasComma(w.gapBefore(time))
        && (SpeakerNames.isRole(w.norm(time)) || WordSet.HONORIFICS.containsStem(w.norm(time)))) {
      begin = time;
    }
    // "وكان نصر الله قد قال أول أمس: إن …": only time words before the colon or complementiser
    if (time > begin && time < w.size() && (FrameFinder.hasColon(w.gapBefore(time)) || FrameFinder.isComplementiser(w.norm(time)))) {
      return null;
    }
    // ("واضاف للوكالة "…"": the medium made definite; not after "ووفقا للوكالة، فإن", the source)
    if (begin < limit && begin < w.size() && (isAddressee(begin) || isDefiniteOutletAddressee(w.norm(begin))
        && finder.form(v).map(f -> f.kind() != VerbForm.Kind.ACCORDING).orElse(true))) {
      if (w.norm(begin).equals("ل")) {
        // "قال لـ«الشرق الأوسط» إن": the outlet may have several words inside marks
        int k = begin + 1;
        if (k < w.size() && hasMark(w.gapBefore(k))) {
          while (k + 1 < w.size() && k - begin < 5 && !hasMark(w.gapBefore(k + 1))) k++;
        }
        begin = k + 1;
      } else if (begin + 1 < w.size() && hasMark(w.gapBefore(begin + 1)) && isOutletAddressee(w.norm(begin))
          && finder.form(v).map(f -> f.kind() != VerbForm.Kind.ACCORDING).orElse(true)) {
        // (not after "وفقاً لموقع "أرقام ديجتال"": there the outlet is the source)
        // "وأوضح لموفد "الجوهرة أف أم"، فضلوني يعيش، أن": the outlet's name in marks, then the
        // reporter's name between commas, all of them the addressee
        int k = begin + 1;
        while (k + 1 < w.size() && k - begin < 5 && !hasMark(w.gapBefore(k + 1))) k++;
        begin = k + 1;
        if (begin < w.size() && FrameFinder.hasComma(w.gapBefore(begin))) {
          for (int e = begin + 1; e < w.size() && e <= begin + 3; e++) {
            if (FrameFinder.endsSentence(w.gapBefore(e))) break;
            if (FrameFinder.hasComma(w.gapBefore(e))) { begin = e; break; }
          }
        }
      } else {
        begin++;
        // "وقال لصحيفة هاندلسبلات "…"": an outlet named without marks, right before the marks,
        // a colon or the complementiser, is the addressee too (the speaker goes on)
        if (outletNoun(w.norm(begin - 1))) {
          // (the outlet is one word, or one with its definite adjective: "لصحيفة عكاظ سامي الجابر:"
          // and "لقناة الجزيرة محمد:" name the speaker after the outlet, they are no outlet of
          // three words)
          for (int k = begin; k < w.size() && k < begin + 3; k++) {
            if (SpeakerNames.isRole(w.norm(k)) || WordSet.HONORIFICS.containsStem(Words.stripArticle(w.norm(k)))
                || finder.form(k).isPresent() || isStop(k) || hasMark(w.gapBefore(k)) || FrameFinder.hasComma(w.gapBefore(k))
                || (k > begin && !Words.isDefinite(w.norm(k)))) {
              break;
            }
            String after = k + 1 < w.size() ? w.gapBefore(k + 1) : "";
            if (k + 1 < w.size() && (hasMark(after) || FrameFinder.hasColon(after))) {
              begin = k + 1;
              break;
            }
          }
        }
      }
    }
    // "وتابع «عندها سجل توتر في السوق» متوقعا": a quotation of three words or more right after
    // the verb is what was said, not who said it (a quoted name as subject brings its
    // complementiser or colon: "وقالت "الجمعية الخيرية النسائية" إن")
    if (begin < limit && begin < w.size() && finder.quotationAt(begin)) return null;
    // "حيث أقرّ بالبداية عن …": a subject never starts with a preposition on a definite noun
    if (begin < limit && begin < w.size() && Words.matches(w.norm(begin), "(بال|كال).+")) return null;
    // "ووصف ما تعرّض له "بالمظلمة"، مشيرا": ما "what" right after a speech verb opens its object
    // (not "ما يقرب من 20 شخصا", "ما تسمى مؤسسة …": ma-not-object.txt)
    if (begin < limit && begin + 1 < w.size() && begin == v + 1 && w.norm(begin).equals("ما")
        && finder.form(v).map(f -> f.kind() == VerbForm.Kind.VERB).orElse(false)
        && !WordSet.MA_NOT_OBJECT.contains(w.norm(begin + 1))) {
      return null;
    }
    // "وقال باسمه …", "وأبدى سعادته بما شاهده", "خلال إقامته قال": a noun with a possessive
    // pronoun right after the verb is its adjunct or object, not its subject (kin aside: "وقالت
    // والدته")
    if (begin < limit && begin < w.size() && possessedAdjunct(w.get(begin).text())) return null;
    // "وأبلغ مدربه مارسيلو جاياردو … انه": after a verb of telling, a noun with a possessive
    // pronoun right after it is the person told (session 23)
    if (begin < limit && begin < w.size() && begin == v + 1 && tellsAddressee(v) && personWithPronoun(begin)) return null;
    // "وختم حديثه واصفاً …": the talk is the verb's object (read on the written form: حديثة
    // "recent" match-normalises the same)
    if (begin < limit && begin < w.size() && Words.matches(w.get(begin).text(), "حديثه|حديثها|كلامه|كلامها")) begin++;
    // "وتم تنظيم يوم اعلامي …، أكد فيه ممثل الشركة … أن": "in which" before the subject (the
    // occasion was named before the verb; "كلمة أوضح فيها أن" with nothing after is the deliverer's;
    // "ذكر فيه تفاصيل الحادث": only a role, title or body after it is a subject, not the object)
    // "أشار خلاله إلى أن": the adverb itself is never the speaker; with no subject after it the verb
    // has none here, and the speaker is the one before (review of the session-12 fixes)
    if (begin < limit && begin < w.size() && begin == v + 1 && Words.matches(w.norm(begin), "فيه|فيها|خلاله|خلالها")) {
      if (begin + 1 < w.size() && w.gapBefore(begin + 1).isBlank() && readsAsSubject(w.norm(begin + 1))) begin++;
      else return null;
    }
    // "صرح بذلك الرائد …": the object pronoun comes before the subject
    // ("وقال بهذا الخصوص", "بهذه المناسبة": the demonstrative's noun goes with it)
    if (begin < limit && begin < w.size() && OBJECT_PRONOUNS.contains(w.norm(begin))) {
      begin++;
      if (!w.norm(begin - 1).equals("بذلك") && begin < w.size() && Words.isDefinite(w.norm(begin))) begin++;
    }
    // "وطالبوا بإيجاد حلول ناجعة": a verbal noun with ب right after the verb is its object
    if (begin < limit && begin < w.size() && begin == v + 1 && (w.get(begin).text().startsWith("بإ") || w.norm(begin).startsWith("بال"))
        && !WordSet.BAL_FAMILY_NAMES.contains(w.norm(begin))) {
      return null;
    }
    // "ونوه بما تقوم به الجمعية …": a verb whose object takes ب (أشاد، نوه، رحب …), then بما / ب +
    // a hamza-initial verbal noun right after it: the object; the verb has no subject here
    if (begin < limit && begin < w.size() && begin == v + 1 && governsBi(v) && objectWithBi(begin)) return null;
    if (finder.form(v).map(f -> f.lemma().equals("جاء")).orElse(false)) {
      if (begin >= limit || begin >= w.size() || !w.norm(begin).equals("في")) return null;
      begin++;
    }
    int end = begin;
    boolean openHead = begin < w.size() && OPEN_HEADS.contains(Words.stripArticle(w.norm(begin)));
    boolean role = begin < w.size() && SpeakerNames.isRole(w.norm(begin));
    int commaAt = -1;
    boolean inMarks = false;
    int maxEnd = begin + FrameFinder.MAX_SPEAKER;
    int chain = 0;
    // "ووصف “بن سبرة” البازار بأنه …": a name in marks right after the verb; its closing mark
    // ends the subject (the object follows)
    // ("أبلغ «الاقتصادية» مصدر أمني": a source or a role after the marks is the subject, the
    // quoted outlet the addressee)
    if (begin == v + 1 && begin < w.size() && hasMark(w.gapBefore(begin)) && quotedWords(begin) <= 4) {
      int after = begin + quotedWords(begin);
      if (after < limit && after < w.size() && !FrameFinder.hasComma(w.gapBefore(after))
          && (isOpenHead(w.norm(after)) || SpeakerNames.isRole(w.norm(after)))) {
        begin = after;
        end = begin;
        openHead = OPEN_HEADS.contains(Words.stripArticle(w.norm(begin)));
        role = SpeakerNames.isRole(w.norm(begin));
        maxEnd = begin + FrameFinder.MAX_SPEAKER;
      } else {
        inMarks = true;
      }
    }
    while (end < limit && end < w.size() && end < maxEnd) {
      String gap = w.gapBefore(end);
      if (FrameFinder.endsSentence(gap) || FrameFinder.hasColon(gap)) break;
      // "الدكتور عزام الدخيل (أبو محمد) مطلع هذا الأسبوع": a parenthesis after the name is an aside
      // (after a bare role the parenthesis holds the name: "الفنان (شعبان عبدالرحيم) إن")
      if (end > begin && gap.indexOf('(') >= 0 && !(end == begin + 1 && SpeakerNames.isRole(w.norm(begin)))) break;
      // "وقال إبراهيم بن عبدالله الحماد – عمل في مجال الطبخ منذ 50 عاماً – أن": a dash after the
      // name opens an aside, like a parenthesis (session 23, the unseen text of lane quotesind22)
      // (not one name part between the dashes: "الحركة الشعبية - شمال - الأسبوع الماضي", session 23 review)
      // (nor the dash of a hyphenated given name: "جان - بيير رافاران - رئيس …", session 24)
      if (end > begin && dashAside(gap) && closingDashWithin(end, FrameFinder.MAX_SPEAKER) && !namePartInDashes(end)
          && !hyphenatedFirstName(begin, end)) {
        break;
      }
      // "المدير الفني لنادي برشلونة «لويس إنريكي» سبب …": a quoted name closes the phrase
      // (unless a name follows the quoted words and brings the complementiser: "مدير "تعليم
      // الليث" مرعي البركاتي أن" is the director, named after the body he directs)
      if (end > begin && inMarks && hasMark(gap) && !FrameFinder.hasComma(gap)) {
        if (!role || !nameBeforeComplementiser(end)) break;
        inMarks = false;
      }
      if (end > begin && hasMark(gap) && !namesAnInstitution(end - 1) && quotedWords(end) >= 2) inMarks = true;
      // "المشرف على برنامج "إحالتي" سليمان …", "شبكة «سي إن إن»": a quoted name is one word of the
      // phrase, whatever its words look like
      // "وأبلغ جوسن الصحيفة "…"", "أبلغ مكونيل الصحفيين أن", "وأبلغ … القحطاني "الوطن"": after a
      // verb of telling the addressee follows the subject as its object (review of quotes20, F1)
      if (end > begin && tellsAddressee(v) && opensTellingObject(begin, end)) break;
      if (end > begin && finder.inQuotedName(end)) { end++; continue; }
      String n = w.norm(end);
      if (isCircumstantial(end)) break;
      // "واختتم الحمد حديثه بقوله": the talk with its pronoun is the verb's object, never a name
      // (read on the written form: حديثة "recent" match-normalises the same)
      if (end > begin && Words.matches(w.get(end).text(), "حديثه|حديثها|كلامه|كلامها")) break;
      // "أفاد المرصد السوري لحقوق الإنسان بمقتل 12 سوريا": ب + a noun before a number is the
      // verb's object (a casualty or an amount), not part of the name
      if (end > begin && n.length() > 3 && n.charAt(0) == 'ب' && end + 1 < w.size()
          && Character.isDigit(w.get(end + 1).text().charAt(0))) {
        break;
      }
      if (end > begin && DEMONSTRATIVES.contains(n)) break; // "وصفت السلطات هذا الهجوم …": the object
      // "وأشاد المدرب التونسي بأداء فريقه": after a subject of definite words, ب + a verbal noun
      // is the object of a verb that takes ب ("أمين عام … بأمانة …" keeps its place: indefinite)
      if (end > begin && governsBi(v) && objectWithBi(end) && allDefinite(begin, end)) break;
      // "أشادت موغيريني بالسعودية، قائلة": right after a name-like word, ب + a definite noun is the
      // object of a verb that takes ب (family names in ب, "سالم بالحاج", are bal-family-names.txt;
      // after a definite word it may be a role's complement: "ومدير الكرة بالفريق الأول")
      // (another بال word right after it: "ورحب المواطن سالم بالرقدال بالقرار", the first is the
      // name and the second the object; review quotesind22 F4)
      if (end > begin && governsBi(v) && n.startsWith("بال") && !WordSet.BAL_FAMILY_NAMES.contains(n)
          && (bareNameBefore(end) || (end - 1 > begin && balNameBefore(end))) && !biWordNext(end)) {
        break;
      }
      // "طالب الحزب الديمقراطي بالتحقيق": after a definite body, a definite word with ب is the
      // verb's object (a role keeps its place: "المتحدث الرسمي بالوزارة")
      if (end > begin + 1 && (n.startsWith("بال") || n.startsWith("وبال")) && Words.isDefinite(w.norm(begin))
          && WordSet.INSTITUTION_NOUNS.containsStem(w.norm(begin)) && !SpeakerNames.isRole(w.norm(begin))) {
        break;
      }
      // "نفت ذلك،": a demonstrative alone before punctuation is the object ("قال هذا المسؤول" is not)
      if (end == begin && DEMONSTRATIVES.contains(n)
          && (end + 1 >= w.size() || FrameFinder.hasComma(w.gapBefore(end + 1)) || FrameFinder.endsSentence(w.gapBefore(end + 1)))) {
        break;
      }
      // "وذكرت الصحيفة نفسها أول من أمس": the day before yesterday ends the subject
      if (end > begin && n.equals("اول") && end + 2 < w.size() && w.norm(end + 1).equals("من") && w.norm(end + 2).equals("امس")) break;
      // "خبير أمني فضل عدم ذكر اسمه", "مسؤول … والذي طلب عدم ذكر اسمه": the request not to be
      // named ends the subject (the verb before عدم is no part of the name)
      if (end > begin && (n.equals("عدم") || (end + 1 < w.size() && w.norm(end + 1).equals("عدم")))) break;
      // "وأبدى العليان سعادته الغامرة", "وقدم الغامدي شكره": a feeling or thanks with its
      // possessive pronoun is the verb's object
      if (end > begin && feelingObject(end)) break;
      // "أكد المدير الفني … أوناي ايمري سعيهم للفوز …": a noun with a plural or dual possessive
      // pronoun after the name is the verb's object (names do not end in -هم/-هما)
      if (end > begin + 1 && pluralPossessed(end) && hasNameLikeWord(end - 1, end)) break;
      if (FrameFinder.hasComma(gap) && end > begin && role && commaAt < 0 && chain < 2
          && (SpeakerNames.isRole(n) || honorificWithin(end + 1, 3))) {
        // (also a role this list lacks when an honorific follows it: "المفتي العام للقدس …، خطيب
        // المسجد الأقصى الشيخ محمد حسين")
        // "القيادي في الحزب …، وقائد قوات البيشمركة …، زعيم علي": another role in the chain
        chain++;
        maxEnd = end + FrameFinder.MAX_SPEAKER + 4; // room for the name after this role
      } else if (FrameFinder.hasComma(gap) && end > begin) {
        // apposition after a role: "رئيس النيابة …، مبروك القسنطيني" (a name of at most 3 words)
        // (the name علي is no preposition: "…، علي آل حطاب، بأن")
        // (a name may start with lam when the complementiser follows it: "…، لزهر العكرمي إنه")
        // (nor a definite noun after marks: "عضو مجلس النواب الفلبيني "لي باكيز"، الحديث حول …"
        // — the role has its name, the noun is the verb's object; a name still may follow a
        // body's or a case's name in marks: "رئيس جمعية "نبض الوطن"، ابتسام جمعة")
        // (not after an honorific that already has its name: "وبدأت الدكتورة الغامدي، بتعريف
        // الإلقاء" — what follows the comma is the verb's object; session 14)
        if (commaAt >= 0 || !role || isStop(end) || FrameFinder.isComplementiser(n) || honorificNamed(begin, end)
            || (n.startsWith("ل") && !appositiveNameWithLam(end)) || (hasMark(gap) && Words.isDefinite(n))) break;
        commaAt = end;
      }
      if (commaAt >= 0 && end - commaAt > apposedNameMax(commaAt, end)) { end = commaAt; break; }
      if ((FrameFinder.isComplementiser(n) && !(end == begin && finder.isVanRightAfterVerb(v, end)) && !finder.isVanInName(end))
          || (end > begin && isAddressee(end) && !documentOfMedium(begin, end) && !roleBodyInMarks(begin, end))
          // "وصرح شاهد من سكان الحي للقناة "…"": the medium made definite, after a subject that is
          // more than a role ("المدير التنفيذي للموقع" is the role's complement), no document
          // ("تقرير للبرنامج الإنمائي" is the programme's) and no demonstrative ("نقل هذه الأزمة
          // للتلفزيون": the verbal noun's object)
          || (end > begin && isDefiniteOutletAddressee(n) && !roleWordsOnly(begin, end)
              && !DocumentIssuers.DOCUMENTS.contains(Words.stripConjunction(w.norm(end - 1))) && !DEMONSTRATIVES.contains(w.norm(begin)))) {
        break;
      }
      // "… الدكتور عبدالعزيز بن سعيد عن أن …": the preposition belongs to the complementiser
      if (Words.matches(n, "عن|علي|الي|من") && end + 1 < w.size() && FrameFinder.isComplementiser(w.norm(end + 1))) break;
      // "قال وزير العدل، غازي الجريبي في تعليقه على …، إن": a name of two or three words in
      // apposition after the role's comma is closed by a preposition after it, which begins the
      // verb's adjunct (without this the adjunct ran past three words and the name was dropped)
      // (only after a role without a name of its own, "محافظ العرضيات المكلف حمود العصيمي، جموع
      // المصلين على"; no word opening a clause, "…، ولكن هناك الكثير من"; the article only on the
      // family name, as a nisba: "الجريبي")
      if (isStop(end) && commaAt >= 0 && end - commaAt >= 2 && end - commaAt <= 3 && apposedName(begin, commaAt, end)) {
        break;
      }
      if (documentOfMedium(begin, end)) { end++; continue; } // "تقرير لصحيفة …": the medium goes on the phrase
      if (isStop(end)) {
        boolean allowed = (openHead && OPEN_PREPOSITIONS.contains(n)) || (role && ROLE_PREPOSITIONS.contains(n)) || roleBodyInMarks(begin, end);
        // "ودافع المدرب عن اختياراته": a preposition before a noun with a possessive pronoun
        // belongs to the verb ("المسؤول عن الملف" is a role)
        // (read on the written form: ة normalises to ه; a noun with a pronoun is never definite)
        if (n.equals("عن") && end + 1 < w.size() && w.get(end + 1).text().length() > 4
            && Words.matches(w.get(end + 1).text(), ".+(ه|ها|هم)") && !Words.isDefinite(w.norm(end + 1))) {
          allowed = false;
        }
        // "وعبر الفنان عمر الجاسر عن بالغ سعادته", "وأعرب الوزير الألماني عن مأساة …": after a
        // verb whose object takes عن, عن ends the subject (except right after a role heading it:
        // "أعرب النائب عن حركة النهضة …")
        if (n.equals("عن") && TAKES_AN.matcher(w.norm(v)).matches() && !(role && end == begin + 1)) allowed = false;
        // an occasion after في/من ends the phrase ("الوزير في مؤتمر صحفي"); after على only
        // "على هامش" is one ("المشرف على برنامج …" is a role)
        String next = end + 1 < w.size() ? Words.stripArticle(w.norm(end + 1)) : "";
        boolean occasion = n.equals("علي") ? next.equals("هامش") : WordSet.OCCASIONS.contains(next) || possessedOccasion(end + 1);
        // "الناطق باسم الحكومة يوشيهيدي سوغا في أول رد فعل …": after the name the preposition
        // is the verb's, not the role's
        boolean afterName = role && end - begin >= 3 && hasNameLikeWord(end - 2, end - 1) && hasNameLikeWord(end - 1, end)
            && !(!Words.isDefinite(w.norm(end - 3))
                && (SpeakerNames.isRole(w.norm(end - 3)) || WordSet.INSTITUTION_NOUNS.containsStem(w.norm(end - 3))))
            && !hasMark(w.gapBefore(end - 1)) && !hasMark(w.gapBefore(end));
        boolean inside = allowed && end > begin && end + 1 < limit && end + 1 < w.size() && !occasion && !afterName;
        if (!inside) break;
      }
      // "وقال مهاجم المنتخب الجابوني": a participle in the nominative right after the verb is a
      // noun heading the subject (the circumstantial one is accusative: "قال مهاجما …")
      // (masculine, in construct with a definite noun: "قائلة "…"", "مستطردة "…"" stay participles)
      boolean nominalParticiple = end == begin && !Words.matches(w.norm(end), ".*(ا|ه|ين|ات|ان)")
          && finder.form(end).map(f -> f.tense() == VerbForm.Tense.PARTICIPLE).orElse(false)
          && end + 1 < w.size() && Words.isDefinite(w.norm(end + 1)) && w.gapBefore(end + 1).isBlank();
      // (a past form right after a rank is the given name: "قائد الكتيبة العميد روي الكبيتس، أن")
      if (finder.form(end).isPresent() && !nominalParticiple && !(end > begin && finder.givenNameAfterTitle(end))) break;
      // "مدير عام التخطيط … بالهيئة الملكية بينبع المهندس زيدان بن محمد عمر": an honorific
      // late in a long role phrase introduces the name, which must not be cut off
      if (role && end > begin && WordSet.HONORIFICS.containsStem(n)) maxEnd = Math.max(maxEnd, end + 5);
      end++;
    }
    // "المشرف على كرسي الأمير محمد بن ناصر لدراسات قضايا المجتمع | الدكتور علي بن يحيى العريشي ، أن":
    // an honorific right at the length limit introduces the person the long role is about
    if (role && end == maxEnd && commaAt < 0 && end < limit && end < w.size() && w.gapBefore(end).isBlank()
        && WordSet.HONORIFICS.containsStem(w.norm(end))) {
      int p = end + 1;
      while (p < limit && p < w.size() && p <= end + 5 && w.gapBefore(p).isBlank() && !FrameFinder.isComplementiser(w.norm(p))
          && finder.form(p).isEmpty() && !isStop(p) && !SpeakerNames.isRole(w.norm(p))) {
        p++;
      }
      // only when the name closes the phrase (a comma, the complementiser or a colon after it):
      // "سمو الأمير تركي بن محمد بن فهد الشكر والتقدير لصاحب | السمو الملكي …" is no such name
      boolean closed = p < w.size() && (FrameFinder.hasComma(w.gapBefore(p)) || FrameFinder.hasColon(w.gapBefore(p))
          || FrameFinder.isComplementiser(w.norm(p)));
      if (p > end + 1 && closed) {
        end = p;
        maxEnd = p;
      }
    }
    // "كشف وزير الإدارة المحلية رئيس لجنة الإغاثة في الحكومة اليمنية عبدالرقيب | سيف الأسودي أن":
    // a given name right at the length limit goes on with at most two more names (or a nisba
    // family name) when the complementiser or a comma closes them (only for the phrase's first
    // name: "السفير فيصل السديري القنصل العام … في لوس | انجلوس أن" has its name already)
    if (role && end == maxEnd && commaAt < 0 && end > begin + 1 && hasNameLikeWord(end - 1, end)
        && !hasNameLikeWord(begin, end - 1)) {
      int p = end;
      while (p < limit && p < w.size() && p < end + 2 && w.gapBefore(p).isBlank() && !FrameFinder.isComplementiser(w.norm(p))
          && finder.form(p).isEmpty() && !isStop(p) && !SpeakerNames.isRole(w.norm(p))
          && (hasNameLikeWord(p, p + 1) || (Words.isDefinite(w.norm(p)) && w.norm(p).endsWith("ي") && p + 1 < w.size()
              && (FrameFinder.isComplementiser(w.norm(p + 1)) || FrameFinder.hasComma(w.gapBefore(p + 1)))))) {
        p++;
      }
      boolean closed = p < w.size() && (FrameFinder.hasComma(w.gapBefore(p)) || FrameFinder.isComplementiser(w.norm(p)));
      if (p > end && closed) {
        end = p;
        maxEnd = p;
      }
    }
    if (commaAt >= 0 && end - commaAt > apposedNameMax(commaAt, end)) end = commaAt;
    // "… العميد عبدالله بن سعد العتيبي": a name cut by the length limit inside its lineage goes on
    // "عضو اللجنة الوطنية للحج والعمرة بالغرفة التجارية الصناعية بمكة المكرمة سعد القرشي": a
    // long role reaches the limit before its name, which follows up to the next punctuation
    // (only when no name is in the phrase yet: "السفير فيصل السديري القنصل العام … في لوس
    // انجلوس" is complete with its name)
    boolean longRole = role && end == maxEnd && end - begin >= FrameFinder.MAX_SPEAKER && !hasNameLikeWord(begin, end);
    if (longRole) {
      // "المساعد الأول لوكيل الجمهورية … والناطق الرسمي باسم القطب القضائي لمكافحة الارهاب سفيان
      // السليطي، أن": a role chain longer than the limit whose name comes right before the comma
      // or the complementiser (up to eight more words, none a verb, a stop word or a mark)
      int p = end;
      while (p < w.size() && p < limit && p < end + 8 && !FrameFinder.hasComma(w.gapBefore(p)) && !FrameFinder.endsSentence(w.gapBefore(p))
          && !FrameFinder.isComplementiser(w.norm(p)) && finder.form(p).isEmpty() && !isStop(p) && !hasMark(w.gapBefore(p))) {
        p++;
      }
      boolean closed = p < w.size() && (FrameFinder.hasComma(w.gapBefore(p)) || FrameFinder.isComplementiser(w.norm(p)));
      if (closed && p > end + 3 && hasNameLikeWord(p - 2, p)) {
        end = p;
        maxEnd = p;
        longRole = false;
      }
    }
    if (role && end == maxEnd && commaAt < 0 && end - begin >= FrameFinder.MAX_SPEAKER) {
      int named = bareNameBeforeComma(end, limit);
      if (named > end) {
        end = named;
        maxEnd = named;
        longRole = false;
      }
    }
    // "أكد قائد الكتيبة 80 المسؤولة عن تأمين الحدود الإسرائيلية مع مصر | العميد روي الكبيتس، أن":
    // the role's مع reaches a place, then the rank and the name close the phrase (not a companion
    // right after مع: "… مع الرئيس الأمريكي …")
    if (role && end < maxEnd && end > begin && commaAt < 0 && end + 2 < w.size() && w.norm(end).equals("مع")
        && !SpeakerNames.isRole(w.norm(end + 1)) && !WordSet.HONORIFICS.containsStem(w.norm(end + 1))) {
      int named = titledNameBeforeComplementiser(end + 1, limit, true);
      if (named > end) {
        end = named;
        maxEnd = named;
      }
    }
    if (role && end == maxEnd && commaAt < 0) {
      int named = titledNameBeforeComplementiser(end, limit);
      if (named > end) {
        end = named;
        maxEnd = named;
        longRole = false;
      }
    }
    for (int more = 0; more < 3 && end == maxEnd && end < limit && end < w.size()
        && (longRole || lineage(end - 1) || (end - 2 > begin && lineage(end - 2) && (lineage(end) || Words.isDefinite(w.norm(end))))
            // "… رأفت | الصباغ": a given name at the limit and its family name after it
            || (more == 0 && role && hasNameLikeWord(end - 1, end) && !hasNameLikeWord(begin, end - 1) && Words.isDefinite(w.norm(end)))
            // "عميد الجالية … رئيس الجالية بمنطقة عسير ناصر | بن علي العزيزي": the lineage word
            // right after a given name at the limit
            || (more == 0 && role && lineage(end) && hasNameLikeWord(end - 1, end)))
        && !FrameFinder.isComplementiser(w.norm(end)) && !hasMark(w.gapBefore(end))
        && !SpeakerNames.isRole(w.norm(end))
        // a family name with ال closes the name: "… سعد العتيبي التفجير" (the object follows)
        && !(more > 0 && Words.isDefinite(w.norm(end - 1)) && !Words.isDefinite(w.norm(end - 2))) && !FrameFinder.endsSentence(w.gapBefore(end))
        && !FrameFinder.hasComma(w.gapBefore(end)) && finder.form(end).isEmpty() && !isStop(end); more++) {
      end++;
      maxEnd++;
    }
    // "المدير الفني لفريق الهلال اليوناني دونيس في", "… أحمد المقيرن نيابة عن": a preposition
    // the length limit left at the end belongs to what follows (written forms: the name علي stays)
    // (not inside a quoted name: "محطة «إن تي في»")
    while (end > begin + 1 && DANGLING.contains(w.get(end - 1).text()) && !finder.inQuotedName(end - 1)
        && !(end < w.size() && hasMark(w.gapBefore(end)))) {
      end--;
    }
    if (end > begin + 1 && w.get(end - 1).text().equals("نيابة")) end--;
    return end > begin ? new Frame.Range(begin, end) : null;
  }

  /**
   * "قال النائب بمجلس نواب الشعب وعضو اللجنة البرلمانية للتحقيق في تسفير | الشّباب إلى بؤر التوتر
   * عماد أولاد جبريل، إن": a role chain cut by the length limit whose topic runs on through
   * prepositions and definite words up to a name of two to four bare words (no ال, no role,
   * institution noun or stop word) that the comma before the complementiser closes; the word
   * before the name is definite, so the name does not start inside the topic. Within eight
   * words, no verb, mark or sentence end between. Returns the comma's word index, or -1.
   */
  private int bareNameBeforeComma(int from, int limit) {
    int p = from;
    for (; p < w.size() && p <= limit && p < from + 8; p++) {
      String gap = w.gapBefore(p);
      if (FrameFinder.endsSentence(gap) || FrameFinder.hasColon(gap) || hasMark(gap)) return -1;
      if (p > from && FrameFinder.hasComma(gap)) break;
      if (FrameFinder.isComplementiser(w.norm(p)) || finder.form(p).isPresent()) return -1;
    }
    if (p >= w.size() || p > limit || !FrameFinder.hasComma(w.gapBefore(p)) || !FrameFinder.isComplementiser(w.norm(p))) return -1;
    int first = p;
    while (first > from && p - first < 4) {
      String n = w.norm(first - 1);
      if (Words.isDefinite(n) || SpeakerNames.isRole(n) || WordSet.INSTITUTION_NOUNS.containsStem(n) || isStop(first - 1)) break;
      first--;
    }
    int name = p - first;
    if (name < 2 || first == from || !Words.isDefinite(w.norm(first - 1)) || !hasNameLikeWord(first, first + 1)) return -1;
    return p;
  }

  /**
   * "وأوضح معالي سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية مندوب المملكة الدائم لدى
   * جامعة الدول العربية | السفير أحمد بن عبدالعزيز قطان أن": a chain of roles cut by the length
   * limit whose last title (a role or honorific) is followed by a name of two to four words and
   * the complementiser, within fourteen words with no punctuation, verb or mark between. Returns
   * the complementiser's index (the new end of the phrase), or -1.
   */
  private int titledNameBeforeComplementiser(int from, int limit) {
    return titledNameBeforeComplementiser(from, limit, false);
  }

  /** As above; {@code commaBeforeComplementiser}: a comma may stand right before the complementiser. */
  private int titledNameBeforeComplementiser(int from, int limit, boolean commaBeforeComplementiser) {
    int lastTitle = -1;
    int p = from;
    for (; p < w.size() && p <= limit && p < from + 14; p++) {
      String gap = w.gapBefore(p);
      if (commaBeforeComplementiser && FrameFinder.hasComma(gap) && FrameFinder.isComplementiser(w.norm(p))
          && !FrameFinder.endsSentence(gap) && !FrameFinder.hasColon(gap) && !hasMark(gap)) {
        break;
      }
      if (FrameFinder.hasComma(gap) || FrameFinder.endsSentence(gap) || FrameFinder.hasColon(gap) || hasMark(gap)) return -1;
      String n = w.norm(p);
      if (FrameFinder.isComplementiser(n)) break;
      // (a past form right after the title is the given name: "العميد روي الكبيتس")
      if (finder.form(p).isPresent() && !(lastTitle >= 0 && p == lastTitle + 1)) return -1;
      if (SpeakerNames.isRole(n) || WordSet.HONORIFICS.containsStem(Words.stripArticle(n))) lastTitle = p;
    }
    if (p >= w.size() || p > limit || !FrameFinder.isComplementiser(w.norm(p)) || lastTitle < 0) return -1;
    int name = p - lastTitle - 1;
    if (name < 2 || name > 4 || !hasNameLikeWord(lastTitle + 1, lastTitle + 2)) return -1;
    for (int k = lastTitle + 1; k < p; k++) if (isStop(k)) return -1;
    return p;
  }

  /**
   * True when word i starts a personal name of two or three words (a given name without ال,
   * then words without a preposition) followed right by the complementiser.
   */
  private boolean nameBeforeComplementiser(int i) {
    if (i >= w.size() || !hasNameLikeWord(i, i + 1)) return false;
    for (int k = i + 1; k < w.size() && k <= i + 3; k++) {
      String gap = w.gapBefore(k);
      if (FrameFinder.endsSentence(gap) || FrameFinder.hasColon(gap) || hasMark(gap) || FrameFinder.hasComma(gap)) return false;
      if (FrameFinder.isComplementiser(w.norm(k))) return k > i + 1;
      if (isStop(k) || finder.form(k).isPresent() || SpeakerNames.isRole(w.norm(k))) return false;
    }
    return false;
  }

  /**
   * "القيادي السابق في حركة نداء تونس، لزهر العكرمي إنه": a word in lam after the comma is the
   * first word of a name (not an addressee such as "، لـ"الوطن"" or "، للصحفيين") when one or two
   * more words without a preposition bring the complementiser, or one such word and a comma.
   */
  private boolean appositiveNameWithLam(int i) {
    String n = w.norm(i);
    if (n.length() < 4 || n.startsWith("لل") || isAddressee(i) || hasMark(w.gapBefore(i + 1))
        || WordSet.INSTITUTION_NOUNS.containsStem(n.substring(1))) {
      return false;
    }
    for (int k = i + 1; k < w.size() && k <= i + 3; k++) {
      String gap = w.gapBefore(k);
      if (FrameFinder.endsSentence(gap) || FrameFinder.hasColon(gap) || hasMark(gap)) return false;
      if (FrameFinder.isComplementiser(w.norm(k))) return k > i + 1;
      // "مدير المستشفى الجامعي سهلول، لطفي بوبكر، في تصريح …": or a comma closes the name after
      // one more word without ال (session 23)
      if (FrameFinder.hasComma(gap)) return k == i + 2 && !Words.isDefinite(w.norm(i + 1)) && !possessedAdjunct(w.get(i).text());
      if (isStop(k) || finder.form(k).isPresent()) return false;
    }
    return false;
  }

  /** True when one of the {@code n} words from {@code from} is an honorific, with no punctuation before it. */
  /** True when an honorific in [from, to) is followed by a word of a name before {@code to} ("الدكتورة الغامدي"). */
  private boolean honorificNamed(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      // (an honorific without ال before a definite word heads a role: "نقيب الفنانين الموسيقيين، مقداد السهيلي")
      boolean headsRole = !Words.isDefinite(w.norm(k)) && Words.isDefinite(w.norm(k + 1));
      if (WordSet.HONORIFICS.containsStem(w.norm(k)) && !headsRole && !SpeakerNames.isRole(w.norm(k + 1)) && !isStop(k + 1)
          && !WordSet.INSTITUTION_NOUNS.containsStem(w.norm(k + 1))) {
        return true;
      }
    }
    return false;
  }

  private boolean honorificWithin(int from, int n) {
    for (int k = from; k < from + n && k < w.size(); k++) {
      if (FrameFinder.endsSentence(w.gapBefore(k)) || FrameFinder.hasComma(w.gapBefore(k)) || FrameFinder.hasColon(w.gapBefore(k))) return false;
      if (WordSet.HONORIFICS.containsStem(w.norm(k))) return true;
    }
    return false;
  }

  /**
   * The longest name in apposition after a role's comma: three words ("…، مبروك القسنطيني"), five
   * when a lineage word links them ("مدير إدارة الترجمة، وليد بن سليمان الصقعبي، أن"; session 25,
   * set 25 sabq SxDgde).
   */
  private int apposedNameMax(int commaAt, int end) {
    for (int k = commaAt + 1; k < end && k < commaAt + 4; k++) {
      if (Words.matches(w.norm(k), "بن|ابن|بنت")) return 5;
    }
    return 3;
  }

  /** "بن", "ابن", "أبو" …: a word inside a lineage, which the next word continues. */
  private boolean lineage(int k) {
    return k >= 0 && k < w.size() && Words.matches(w.norm(k), "بن|ابن|بنت|ابو|ابي|ام|عبد|ال");
  }

  /** True when words [comma, end) are a name apposed to a role [begin, comma) that has none. */
  private boolean apposedName(int begin, int comma, int end) {
    if (hasNameLikeWord(begin, comma) || w.norm(comma).startsWith("و") || !hasNameLikeWord(comma, comma + 1)) return false;
    for (int k = comma; k < end; k++) {
      String n = w.norm(k);
      // ("محمد عبد السلام": the definite half of a compound name after عبد/أبو)
      boolean compound = k > comma && Words.matches(w.norm(k - 1), "عبد|ابو");
      if (Words.isDefinite(n) && !compound && (k < end - 1 || !Words.isNisba(n))) return false;
    }
    return true;
  }

  /**
   * True when a word of [from, to) can be part of a personal name: not definite, not a role or
   * honorific, not a stop word and not a preposition on a noun ("بمكة", "لشؤون").
   */
  boolean hasNameLikeWord(int from, int to) {
    for (int k = from; k < to; k++) {
      String n = w.norm(k);
      if (Words.isDefinite(n) || SpeakerNames.isRole(n) || isStop(k) || n.charAt(0) < '\u0600'
          || WordSet.INSTITUTION_NOUNS.containsStem(n)) {
        continue;
      }
      if (n.length() > 3 && "بلك".indexOf(n.charAt(0)) >= 0) continue;
      // "مدير عام …", "أمين منطقة تبوك": the complement of an indefinite role or institution
      // noun in construct (after a definite one, "السفير فيصل", it is a name)
      if (k > from) {
        String prev = w.norm(k - 1);
        if (!Words.isDefinite(prev) && (SpeakerNames.isRole(prev) || WordSet.INSTITUTION_NOUNS.containsStem(prev))) continue;
      }
      return true;
    }
    return false;
  }

  /** "جمعية «نبض الوطن»", "تنظيم «داعش»": the quoted words name the institution, not a person. */
  static boolean namesAnInstitution(Words w, int before) {
    if (before < 0) return false;
    String n = Words.stripConjunction(w.norm(before));
    if (Words.matches(n, "ب|ل|في|من|عن|الي|علي")) return true; // "منسق اللجنة بـ”فنون الباحة” تركي …"
    if (n.startsWith("لل") || n.startsWith("بال")) return true; // "التابع للمنظمة «…»"
    String bare = n.length() > 3 && "بل".indexOf(n.charAt(0)) >= 0 ? n.substring(1) : n;
    return WordSet.INSTITUTION_NOUNS.containsStem(n) || WordSet.TERM_NOUNS.containsStem(n)
        || WordSet.INSTITUTION_NOUNS.containsStem(bare) || WordSet.TERM_NOUNS.containsStem(bare);
  }

  private boolean namesAnInstitution(int before) {
    return namesAnInstitution(w, before);
  }

  /**
   * "وقال الرئيس التنفيذي لـ"آبل"، تيم كوك، في بيان إن": ل + a body's name in marks right after
   * the role words, then a comma and a name, is the role's body (its holder is named after the
   * comma), not the one spoken to ("وقال المتحدث لـ"الوطن"، إن" keeps its addressee: no name
   * follows the comma). Session 24, set 24.
   */
  private boolean roleBodyInMarks(int begin, int l) {
    if (!w.norm(l).equals("ل") || !roleWordsOnly(begin, l) || l + 1 >= w.size() || !hasMark(w.gapBefore(l + 1))) return false;
    int quoted = quotedWords(l + 1);
    int after = l + 1 + quoted;
    if (quoted > 3 || after + 1 >= w.size() || !FrameFinder.hasComma(w.gapBefore(after))) return false;
    String n = w.norm(after);
    return !isStop(after) && !FrameFinder.isComplementiser(n) && !Words.isDefinite(n) && !w.timeAdverbialAt(after)
        && finder.form(after).isEmpty() && !SpeakerNames.isRole(n) && n.charAt(0) >= '\u0600';
  }

  /** Words from word i up to the next quotation mark (a person's name in marks has two to four). */
  private int quotedWords(int i) {
    int k = i + 1;
    while (k < w.size() && k - i <= 5 && !hasMark(w.gapBefore(k))) k++;
    return k - i;
  }

  private static boolean hasMark(String gap) {
    for (int k = 0; k < gap.length(); k++) if (QuotationMarks.isMark(gap.charAt(k))) return true;
    return false;
  }

  /**
   * A circumstantial participle or noun in the accusative, not a subject: "فقال ساخراً “…”",
   * "قال مبتسما:", "شنت … هجوماً": a word with the tanween of the accusative, or an
   * accusative participle (فاعلا, مُفعِلا) right before a colon or quotation.
   */
  private boolean isCircumstantial(int i) {
    String t = w.get(i).text();
    if (t.endsWith("اً") || t.endsWith("ًا")) return true;
    String n = w.norm(i);
    boolean participle = (n.length() == 5 && n.charAt(1) == 'ا' && n.endsWith("ا"))
        || (n.length() >= 5 && n.startsWith("م") && n.endsWith("ا"));
    if (!participle || i + 1 > w.size()) return false;
    // "وقال برودكين متهكما في إشارة إلى …": a participle of forms V, VI or X (مت…ا, مست…ا) in
    // the accusative is never a name, wherever it stands
    if (n.length() >= 6 && (n.startsWith("مت") || n.startsWith("مست"))) return true;
    String next = i + 1 < w.size() ? w.gapBefore(i + 1) : "";
    return FrameFinder.hasColon(next) || hasMark(next);
  }

  private static final java.util.regex.Pattern PERSON_WITH_PRONOUN = java.util.regex.Pattern.compile("(.{2,}?)(ه|ها|هم|هما)");

  /**
   * "مدربه", "زملاءه", "والدته": a role or kin noun written with a possessive pronoun (not "سبحانه",
   * "أصدقاءه" aside: only role nouns and kin count; session 23).
   */
  boolean personWithPronoun(int i) {
    if (Words.isDefinite(w.norm(i))) return false;
    java.util.regex.Matcher m = PERSON_WITH_PRONOUN.matcher(w.get(i).text());
    if (!m.matches()) return false;
    String stem = ArabicNormalizer.match(m.group(1));
    return SpeakerNames.isRole(stem) || KIN.contains(w.norm(i)) || KIN.contains(stem + "ه");
  }

  /** A speaker stop word; the name "علي" is not the preposition "على" (both match-normalise to علي). */
  /** Kin and companions, who speak with a possessive pronoun ("والدته", "زوجتها"), match-normalised. */
  static final Set<String> KIN = Set.of("والده", "زوجه", "ابنه", "شقيقه", "اخت", "عمه", "خاله", "جده",
      "زميله", "صديقه", "حفيده", "رفيقه", "محاميه", "ام", "اب");

  /**
   * A written word that is a preposition on a noun with a possessive pronoun ("باسمه", "لحجمه",
   * "بيده") or a feminine noun with one ("سعادته", "إقامته", "دعوته"), kin aside.
   */
  static boolean possessedAdjunct(String written) {
    String n = ArabicNormalizer.match(written);
    if (n.length() >= 5 && (n.startsWith("ب") || n.startsWith("ل")) && !n.startsWith("بال") && !n.startsWith("لل")
        && Words.matches(written, ".+[^ا](ه|ها|هم)") && !n.startsWith("بن")) {
      return true;
    }
    if (!Words.matches(written, ".{3,}ت(ه|ها|هم)")) return false;
    String noun = n.substring(0, n.lastIndexOf('ت')) + "ه";
    // "وأكد فضيلته", "سماحته": an honorific with a pronoun is the person speaking
    return !KIN.contains(noun) && !KIN.contains(Words.stripConjunction(noun)) && !WordSet.HONORIFICS.containsStem(noun)
        && !WordSet.HONORIFICS.containsStem(Words.stripConjunction(noun));
  }

  boolean isStop(int i) {
    // "وقال ماس الشهر الماضي إنه": a time noun with its adjective is never part of a name
    if (i + 1 < w.size() && Words.matches(Words.stripConjunction(w.norm(i)), "الاسبوع|الشهر|العام|السنه|الموسم")
        && Words.matches(w.norm(i + 1), "الماضي|المقبل|القادم|الجاري|الحالي|المنصرم")) {
      return true;
    }
    return WordSet.SPEAKER_STOPS.contains(w.norm(i)) && !w.get(i).text().equals("علي") && !SpeakerNames.familyNameLikeRelative(w, i)
        && !SpeakerNames.newspaperNamedToday(w, i);
  }


  /** "لـ", "لموفد", "لصحيفة": a word right before the outlet's name in marks when the outlet is spoken to. */
  static boolean isOutletAddressee(String norm) {
    return norm.equals("ل") || (norm.length() > 3 && mediumAfter(norm, "ل"));
  }

  /**
   * True when words from..to-1 are a role and its definite adjectives only ("المدير التنفيذي",
   * "الرئيس التنفيذي والمؤسس المشارك"): "للموقع" after them is the role's complement, no addressee.
   */
  private boolean roleWordsOnly(int from, int to) {
    for (int i = from; i < to; i++) {
      String n = Words.stripConjunction(w.norm(i));
      if (!SpeakerNames.isRole(n) && !(i > from && Words.isDefinite(n) && !WordSet.INSTITUTION_NOUNS.containsStem(n))) return false;
    }
    return true;
  }

  /** "للقناة", "للصحيفة": لل + a medium, the outlet the text has named already, spoken to. */
  static boolean isDefiniteOutletAddressee(String norm) {
    return mediumAfter(norm, "لل");
  }

  /**
   * "الصحيفة", "والقناة": ال + a medium, the outlet the text has named already; a name in marks
   * after it would have been given with the first mention.
   */
  static boolean isDefiniteMedium(String norm) {
    return mediumAfter(Words.stripConjunction(norm), "ال");
  }

  /** True when the word is {@code prefix} + a noun of media-nouns.txt ("ل"+"صحيفه", "ال"+"قناه"). */
  private static boolean mediumAfter(String norm, String prefix) {
    return norm.startsWith(prefix) && WordSet.MEDIA_NOUNS.contains(norm.substring(prefix.length()));
  }

  /** "لـ"الاقتصادية"", "لوكالة …", "للصحفيين": who was spoken to, not who spoke. */
  private boolean isAddressee(int i) {
    String n = w.norm(i);
    // "الذي قال لي: «…»": "to me" (the name لي, "Li", goes on with more of the name). Before a
    // complementiser only when the verb has its subject elsewhere: "وأضاف لي أن" opening a
    // sentence is the spokesman Li going on (sample 707), "الذي قال لي إن" is "to me"
    if (n.equals("لي") && w.get(i).text().equals("لي") && i + 1 < w.size()
        && (FrameFinder.hasColon(w.gapBefore(i + 1)) || hasMark(w.gapBefore(i + 1))
            || (FrameFinder.isComplementiser(w.norm(i + 1)) && !opensSentence(i - 1)))) {
      return true;
    }
    if (n.equals("لدي") && !w.get(i).text().equals("لدي")) return false; // "سفيرة … لدى الأمم المتحدة": "at", not "to"
    return n.equals("ل") || (n.startsWith("ل") && WordSet.SPEAKER_STOPS.contains(n))
        || mediumAfter(n, "ل");
  }

  /**
   * "وذكر تقريرٌ لصحيفة الوطن أن": ل + a medium right after a document noun heading the subject
   * names whose document it is (the resolver prints the medium), not an addressee.
   */
  private boolean documentOfMedium(int begin, int end) {
    return end == begin + 1 && outletNoun(w.norm(end))
        && DocumentIssuers.DOCUMENTS.contains(Words.stripArticle(Words.stripConjunction(w.norm(begin))));
  }

  /** "لصحيفة", "لوكالة": a medium spoken to (ل + a noun of media-nouns.txt). */
  private static boolean outletNoun(String n) {
    return mediumAfter(n, "ل");
  }

  private static final java.util.regex.Pattern POSSESSED = java.util.regex.Pattern.compile("(.+?)(ه|ها|هم|هما)");

  /** "سعادته", "شكرها", "ارتياحهم": a noun of {@link #FEELINGS} with a possessive pronoun (written form). */
  private boolean feelingObject(int i) {
    String t = w.get(i).text();
    java.util.regex.Matcher m = POSSESSED.matcher(t);
    if (!m.matches() || Words.isDefinite(w.norm(i))) return false;
    String stem = ArabicNormalizer.match(m.group(1));
    return FEELINGS.contains(stem);
  }

  /** "سعيهم", "موقفهما": a noun of four letters or more with a plural or dual possessive pronoun (written form). */
  private boolean pluralPossessed(int i) {
    String t = w.get(i).text();
    if (!(t.endsWith("هم") || t.endsWith("هما")) || t.length() < 5 || Words.isDefinite(w.norm(i)) || WordSet.SPEAKER_STOPS.contains(w.norm(i))) {
      return false;
    }
    // ("ممن تنطبق عليهم": a preposition with its pronoun is no noun)
    String stem = w.norm(i).substring(0, w.norm(i).lastIndexOf("هم"));
    return !Words.matches(stem, "علي|الي|لدي|عن|من|في|بين|مع|عند|لدي|حول|ضد|بعض|كل");
  }

  private boolean opensSentence(int i) {
    return i <= 0 || FrameFinder.endsSentence(w.gapBefore(i));
  }

  private boolean clauseBoundary(int i) {
    String gap = w.gapBefore(i);
    return FrameFinder.endsSentence(gap) || FrameFinder.hasComma(gap) || finder.closesQuotation(i) || FrameFinder.hasColon(gap);
  }

  /** True when a speech verb and then its complementiser stand between the sentence start and word v. */
  private boolean reportedClauseBefore(int v) {
    boolean complementiser = false;
    for (int k = v - 1; k >= 0; k--) {
      if (FrameFinder.endsSentence(w.gapBefore(k + 1))) return false;
      if (complementiser && finder.form(k).map(f -> f.kind() == VerbForm.Kind.VERB).orElse(false)) return true;
      complementiser |= finder.isReportComplementiser(k);
    }
    return false;
  }

  /**
   * A short subject before the verb ("لافروف قال", "وكان لافروف أعلن"), from the clause
   * start; null when the clause before the verb is longer than {@link #MAX_SUBJECT_BEFORE}
   * words (then it is rarely just the subject).
   */
  Frame.Range subjectBefore(int v) {
    if (v == 0) return null;
    // "… إجراء غير شرعي حيث أشارت إلى أنّه": حيث right before the verb opens a clause with the
    // subject unsaid (the words before it are another clause's)
    if (w.norm(v - 1).equals("حيث") && w.gapBefore(v).isBlank()) return null;
    // "أن الشراكة ستمكن من الاستفادة وأضاف أن …": a verb joined by و after a reported clause goes
    // on with the speaker before; the clause's words right before it are not its subject ("لكن
    // ظريف عاد وقال", "أما X فيقول" keep theirs)
    if (w.norm(v).startsWith("و") && !clauseBoundary(v) && finder.lexicon().lookupNormalized(w.norm(v).substring(1)).isPresent()
        && reportedClauseBefore(v)) {
      return null;
    }
    if (clauseBoundary(v)) return subjectBeforeComma(v);
    int start = v - 1;
    // ("وأدان سياسيون … قرار ماس لكن متحدثة باسم الحكومة قالت إنه": a contrast opens a clause
    // of its own even without a comma before it)
    while (start > 0 && !clauseBoundary(start) && !FrameFinder.isComplementiser(w.norm(start - 1))
        && !CONTRAST_OPENERS.contains(w.norm(start - 1))) {
      start--;
      if (v - start > FrameFinder.MAX_SPEAKER + 2) return null;
    }
    // "وكان X … أكد" and "إلا أن X … قال": the subject may be long
    boolean pluperfect = start > 0 && FrameFinder.isComplementiser(w.norm(start - 1)) && !clauseBoundary(start);
    int clauseStart = start;
    while (start < v && (CLAUSE_PARTICLES.contains(w.norm(start)) || WordSet.CONTRAST_PRONOUNS.contains(w.norm(start)))) {
      if (w.norm(start).endsWith("كان") || w.norm(start).endsWith("كانت")) pluperfect = true;
      start++;
    }
    // "…، حسب مصدر عسكري مالي اوضح ان …": the source after an attribution is the subject of
    // the verb that follows it (a relative clause without its pronoun)
    if (start + 1 < v && finder.form(start).map(f -> f.kind() == VerbForm.Kind.ACCORDING).orElse(false)
        && SubjectFinder.isOpenHead(w.norm(start + 1))) {
      start++;
    }
    if (start >= v) {
      Frame.Range before = pluperfectBeforeComma(v);
      return before != null ? before : topicBefore(v);
    }
    int end = v;
    while (end > start && (w.norm(end - 1).equals("قد") || Words.matches(w.norm(end - 1), "كان|كانت|كانوا"))) {
      end--;
      pluperfect = true;
    }
    // "قائد الرحلة إبراهيم بن صالح الصالحي يقول «…»": a role phrase before the verb may be long
    boolean roleHead = start < end && SpeakerNames.isRole(w.norm(start));
    if (start >= end || end - start > (pluperfect || roleHead ? FrameFinder.MAX_SPEAKER : MAX_SUBJECT_BEFORE)) return null;
    for (int k = start; k < end; k++) {
      String n = w.norm(k);
      if (FrameFinder.isComplementiser(n) || finder.form(k).isPresent()) return null;
      if (!pluperfect && WordSet.SPEAKER_STOPS.contains(n)) return null;
      if (n.charAt(0) < '\u0600') return null;
    }
    String first = w.norm(start);
    if (WordSet.SPEAKER_STOPS.contains(first)) return null;
    // a clause that opens with a verb in و ("وأكد …") is not a subject; names rarely start with
    // و, but after a particle ("وكان وائل جمعة … أكد") the word is the subject, not a verb
    if (start == clauseStart && first.startsWith("و") && !first.startsWith("وزير") && !first.startsWith("وكال") && !first.startsWith("وزار")) return null;
    return new Frame.Range(start, end);
  }

  /**
   * The first word of the subject after verb v, past "what … reported" (session 21): "ووفقاً لما
   * ذكرته وسائل إعلام لبنانية، فإن" — after بحسب/وفقا, ما (or لما، بما) and a reporting verb with
   * its resumptive pronoun ("ذكرته", "أوردتها") come before the reporter; "حسب ما أفادت به وكالة
   * …": the verb's بـ with its pronoun comes before its subject. Else the word after v.
   */
  private int whatWasReported(int v, int limit) {
    int k = v + 1;
    boolean according = finder.form(v).map(f -> f.kind() == VerbForm.Kind.ACCORDING).orElse(false);
    if (according && k + 1 < limit && k + 1 < w.size() && Words.matches(w.norm(k), "ما|لما|بما")
        && w.gapBefore(k + 1).isBlank() && reportedWithPronoun(w.norm(k + 1))) {
      return k + 2;
    }
    // "وحسبما ذكرته صحيفة الوطن، فإن": ما glued to the according word
    if (according && k < limit && k + 1 < w.size() && Words.matches(Words.stripConjunction(w.norm(v)), "حسبما|بحسبما|وفقما")
        && reportedWithPronoun(w.norm(k))) {
      return k + 1;
    }
    if (!according && v > 0 && k + 1 < limit && k + 1 < w.size() && Words.matches(w.norm(v - 1), "ما|لما|بما|حسبما|بحسبما|وفقما")
        && Words.matches(w.norm(k), "به|بها") && w.gapBefore(k).isBlank()) {
      return k + 1;
    }
    return k;
  }

  /**
   * True when a dash closes the aside opened before word {@code from} within {@code n} words ("–
   * عمل في مجال الطبخ منذ 50 عاماً –"); a name written with a spaced hyphen ("هانز - بيتر بارتلس،",
   * "دوجلاس - فيرهيرست أن") has none.
   */
  boolean closingDashWithin(int from, int n) {
    for (int k = from + 1; k < w.size() && k <= from + n; k++) {
      String gap = w.gapBefore(k);
      if (FrameFinder.endsSentence(gap)) return false;
      if (gap.indexOf('–') >= 0 || gap.indexOf('—') >= 0 || gap.indexOf('-') >= 0) return true;
    }
    return false;
  }

  /** A gap holding a dash set off by spaces ("الحماد – عمل", "الحماد - عمل"), not a hyphen inside a word. */
  /**
   * True when word k stands alone between two spaced dashes and is a part of a name
   * (dash-name-parts.txt: شمال، جنوب …; or a number): "الحركة الشعبية - شمال -".
   */
  private boolean namePartInDashes(int k) {
    if (k + 1 >= w.size() || !dashAside(w.gapBefore(k + 1))) return false;
    return WordSet.DASH_NAME_PARTS.contains(w.norm(k)) || w.get(k).text().chars().allMatch(Character::isDigit);
  }

  /**
   * True when the dash before word k joins the word before it, the first part of a hyphenated
   * given name (hyphenated-first-names.txt) opening the name, to the next name word: "جان - بيير".
   */
  private boolean hyphenatedFirstName(int begin, int k) {
    // (the first part opens the name: first in the phrase, or after a role or a definite word)
    if (k <= begin || !WordSet.HYPHENATED_FIRST_NAMES.contains(Words.stripConjunction(w.norm(k - 1)))) return false;
    if (k - 1 > begin && !Words.isDefinite(w.norm(k - 2)) && !SpeakerNames.isRole(w.norm(k - 2))) return false;
    String n = w.norm(k);
    return !Words.isDefinite(n) && !isStop(k) && !SpeakerNames.isRole(n) && finder.form(k).isEmpty() && n.charAt(0) >= '\u0600';
  }

  static boolean dashAside(String gap) {
    return gap.length() >= 3 && gap.strip().length() == 1 && "–—-".indexOf(gap.strip().charAt(0)) >= 0
        && Character.isWhitespace(gap.charAt(0)) && Character.isWhitespace(gap.charAt(gap.length() - 1));
  }

  /**
   * "وقالت وفقا لما ذكره راديو فرنسا الدولي إن …": after an according word at v, "what X
   * reported" (ما، لما، بما and a reporting or publishing verb, with or without the pronoun of the
   * thing reported) is the writer's source inside the frame; gives the index of X's first word,
   * or -1 when v opens no such phrase.
   */
  int reporterOfWhatWasReported(int v) {
    if (!finder.form(v).map(f -> f.kind() == VerbForm.Kind.ACCORDING).orElse(false)) return -1;
    int b = whatWasReported(v, w.size());
    if (b > v + 1) return b;
    int k = v + 1;
    if (k + 1 < w.size() && Words.matches(w.norm(k), "ما|لما|بما") && w.gapBefore(k + 1).isBlank()
        && finder.lexicon().lookupNormalized(w.norm(k + 1))
            .map(f -> (f.kind() == VerbForm.Kind.VERB || f.kind() == VerbForm.Kind.RELAY) && f.tense() == VerbForm.Tense.PAST)
            .orElse(false)) {
      return k + 2;
    }
    return -1;
  }

  private static final java.util.regex.Pattern WITH_OBJECT_PRONOUN = java.util.regex.Pattern.compile("(.{3,}?)(ه|ها)");

  /**
   * "ذكرته", "أوردتها", "تذكره": a reporting verb's past or present form with the pronoun of the
   * thing reported; also a verb of publishing ("نشرته", publishing-verbs.txt).
   */
  private boolean reportedWithPronoun(String n) {
    java.util.regex.Matcher m = WITH_OBJECT_PRONOUN.matcher(n);
    if (!m.matches()) return false;
    if (WordSet.PUBLISHING_VERBS.contains(m.group(1))) return true;
    return finder.lexicon().lookupNormalized(m.group(1))
        .map(f -> (f.kind() == VerbForm.Kind.VERB || f.kind() == VerbForm.Kind.RELAY)
            && (f.tense() == VerbForm.Tense.PAST || f.tense() == VerbForm.Tense.PRESENT))
        .orElse(false);
  }

  /**
   * The noun phrase a relative pronoun at r refers to ("خبير بورصة العملات أحمد عبد الحميد، الذي
   * يقول"): the words before it (a comma right before the pronoun is allowed) back to a clause
   * boundary, a stop word or a verb; from its first role noun when it has one, else its last
   * three words. Null when there are none.
   */
  Frame.Range antecedent(int r) {
    int start = r;
    for (int k = r - 1; k >= 0 && r - k <= FrameFinder.MAX_SPEAKER; k--) {
      if (k < r - 1 && clauseBoundary(k + 1)) break;
      String n = w.norm(k);
      if (isStop(k) || finder.form(k).isPresent() || FrameFinder.isComplementiser(n) || n.charAt(0) < '\u0600') break;
      start = k;
    }
    if (start >= r) return null;
    // "الشهود الأربعة في القضية الذين أكدوا أن": a prepositional phrase right before the pronoun
    // qualifies the antecedent, which is before the preposition
    // ("التقيت بأحد المحللين … في العاصمة الأمريكية واشنطن، الذي قال لي": a place of three
    // words, a definite noun and adjective first; "في المملكة علي العياشي" ends with a name)
    boolean placeOfThree = r - start == 3 && Words.isDefinite(w.norm(start)) && Words.isDefinite(w.norm(start + 1));
    if (start >= 2 && (r - start <= 2 || placeOfThree) && Words.matches(w.norm(start - 1), "في|من|عن|علي|الي") && !clauseBoundary(start - 1)
        && !clauseBoundary(start) && !w.get(start - 1).text().equals("علي")) {
      Frame.Range before = antecedent(start - 1);
      if (before != null) return before;
    }
    for (int k = start; k < r; k++) {
      if (SpeakerNames.isRole(w.norm(k))) return new Frame.Range(k, r);
    }
    return new Frame.Range(Math.max(start, r - 3), r);
  }

  /**
   * "وكان رئيس اللجنة الدكتور عبدالله البرقان، قد أعلن": the subject of a pluperfect set off by
   * a comma before "قد"; the words between كان and the comma.
   */
  private Frame.Range pluperfectBeforeComma(int v) {
    if (v < 2 || !w.norm(v - 1).equals("قد") || !FrameFinder.hasComma(w.gapBefore(v - 1))) return null;
    for (int k = v - 2; k >= 0 && k >= v - 2 - FrameFinder.MAX_SPEAKER; k--) {
      if (Words.matches(w.norm(k), "و?(كان|كانت|كانوا)")) return k + 1 < v - 1 ? new Frame.Range(k + 1, v - 1) : null;
      if (FrameFinder.endsSentence(w.gapBefore(k + 1)) || finder.form(k).isPresent()) return null;
    }
    return null;
  }

  /** "أما مساعد رئيس الوزراء، …، فقد قال": the topic after أما up to its comma. */
  private Frame.Range topicBefore(int v) {
    for (int a = v - 1; a >= 0 && a > v - 16; a--) {
      if (FrameFinder.endsSentence(w.gapBefore(a + 1)) || finder.closesQuotation(a + 1)) return null;
      if (Words.matches(w.norm(a), "و?اما")) {
        int end = a + 1;
        while (end < v && !FrameFinder.hasComma(w.gapBefore(end))) end++;
        if (end == a + 1) end = Math.min(v, a + 2);
        return end - (a + 1) <= FrameFinder.MAX_SPEAKER && end > a + 1 ? new Frame.Range(a + 1, end) : null;
      }
    }
    return null;
  }

  /**
   * "ماثيو إليوت، قال إن …" and "أما X، فقد قال …": the subject set off by a comma before the
   * verb (at most {@link #MAX_SUBJECT_BEFORE} words, not an adverbial such as "وفي سياق متصل").
   */
  private Frame.Range subjectBeforeComma(int v) {
    String gap = w.gapBefore(v);
    if (!FrameFinder.hasComma(gap) || FrameFinder.endsSentence(gap) || finder.closesQuotation(v)) return null;
    // "وبدأت الدكتورة الغامدي، بتعريف الإلقاء، وذكرت أنه": a verb joined by و after a comma goes
    // on with the clause before; the words set off before it are no subject (session 14)
    if (w.norm(v).startsWith("و") && finder.lexicon().lookupNormalized(w.norm(v).substring(1)).isPresent()) return null;
    int end = v, start = v - 1;
    while (start > 0 && !clauseBoundary(start)) start--;
    if (end - start > MAX_SUBJECT_BEFORE) return null;
    while (start < end && Words.matches(w.norm(start), "و?اما|رغم|برغم")) start++;
    for (int k = start; k < end; k++) {
      String n = w.norm(k);
      // (the name علي is no preposition: "وبالتواصل مع الناشط …، علي آل حطاب، أفاد أن")
      // ("وعن أسباب إصابته بالاكتئاب، قالت:": a two-letter preposition behind و is a fronted adjunct)
      if (isStop(k) || (WordSet.SPEAKER_STOPS.contains(Words.stripConjunction(n)) && !w.get(k).text().equals("علي"))
          || (n.length() == 3 && "وف".indexOf(n.charAt(0)) >= 0 && WordSet.SPEAKER_STOPS.contains(n.substring(1)))
          || FrameFinder.isComplementiser(n)
          || finder.form(k).isPresent() || n.charAt(0) < '\u0600') {
        return null;
      }
    }
    if (start >= end) return null;
    return new Frame.Range(start, end);
  }


}
