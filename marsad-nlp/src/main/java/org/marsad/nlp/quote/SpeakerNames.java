package org.marsad.nlp.quote;

/**
 * Turns a speaker phrase into the speaker's name, leaving the role aside when the phrase
 * carries both: "المتحدث باسم الرئاسة الروسية ديميتري بيسكوف" → "ديميتري بيسكوف";
 * "فلاديمير تشيجوف مندوب روسيا الدائم" → "فلاديمير تشيجوف"; "الدكتور الجهني" → "الجهني".
 * A phrase with a role and no name, or with no role, is kept whole ("الخارجية الروسية",
 * "مصدر في الخارجية الروسية", "المتحدث باسم الوزارة").
 *
 * <p>Rules (used when the article has no person entity for the phrase):
 * <ul>
 *   <li>a phrase that starts with a role noun: the name is the run of words at its end made of
 *       words without ال, plus a family name with ال right after such a word ("عادل الجبير");
 *       the run stops at a role noun and must not start with an institution noun ("رئيس مجلس
 *       الوزراء" has no name); after an honorific (الدكتور، الشيخ) everything is the name;</li>
 *   <li>a phrase that starts with a name and continues with a role is cut before the role.</li>
 * </ul>
 */
final class SpeakerNames {
  /** Words a definite word of a name follows ("عبد العزيز", "أبو الشمع", "بن الخطاب"), match-normalised. */
  private static final java.util.Set<String> NAME_PREFIXES = java.util.Set.of("عبد", "ابو", "بن", "ابن");

  /** Definite words that occur inside personal names. */
  private static final java.util.Set<String> NAME_INTERNAL = java.util.Set.of("الحاج");

  /** "باسم", "بلسان": "on behalf of" between a role and the body it speaks for, match-normalised. */
  private static final java.util.Set<String> ON_BEHALF_OF = java.util.Set.of("باسم", "بلسان");
  /** Roles that speak for a body ("المتحدث باسم …"), match-normalised without ال; after others باسم may be the given name. */
  private static final java.util.Set<String> SPEAKS_FOR = java.util.Set.of(
      "متحدث", "متحدثه", "ناطق", "ناطقه", "ممثل", "ممثله", "مندوب", "مندوبه", "رسمي", "رسميه");

  private SpeakerNames() {}

  /** Word range [from, to) of the name inside the phrase [from, to). */
  static Frame.Range name(Words w, Frame.Range phrase) {
    int from = phrase.from(), to = phrase.to();
    // "أ.د.سعد الشهري" (professor, doctor): the first of two title initials is no name; the
    // second is an honorific (session 26)
    while (to - from >= 3 && WordSet.TITLE_INITIALS.contains(Words.stripConjunction(w.norm(from)))
        && WordSet.TITLE_INITIALS.contains(w.norm(from + 1))) {
      from++;
    }
    // "وتابع بيان الداخلية التونسية «…»": a statement in construct with its issuer speaks for it
    // ("دراسة الجدوى", "تقرير الأداء" are a document's title: kept whole)
    if (to - from >= 2 && DocumentIssuers.DOCUMENTS.contains(w.norm(from)) && isIssuer(w, from + 1, from)) {
      return new Frame.Range(from + 1, to);
    }
    // "شيخ الجالية البرماوية …" (an honorific without ال before a definite word) heads a role
    boolean honorificRole = from + 1 < to && !Words.isDefinite(w.norm(from)) && Words.isDefinite(w.norm(from + 1))
        && !isRole(w.norm(from + 1));
    if (WordSet.HONORIFICS.containsStem(w.norm(from)) && from + 1 < to && !honorificRole) {
      // "الدكتور ضياء الخطيب مدير الاتصالات": the name runs to the next role
      int end = from + 1;
      while (end < to && !isRole(w.norm(end)) && !isStop(w, end)) end++;
      if (end > from + 1) return new Frame.Range(from + 1, end);
    }
    if (isRole(w.norm(from))) {
      to = beforeObjectAfterComma(w, from, to);
      // the exits below that keep the phrase whole keep it without the cut object
      phrase = new Frame.Range(from, to);
      // "نائب حركة النهضة بولاية سوسة، العجمي الوريمي": a role, a comma, then one to three
      // words with no role among them are the name in apposition (definite words included)
      Frame.Range apposition = nameAfterComma(w, from, to);
      if (apposition != null) return apposition;
      // "شيخ الجالية البرماوية بالمملكة الشيخ أبو الشمع بن عبدالمجيد": after the last honorific
      // of a role phrase comes the name, which may itself hold a definite word
      for (int i = to - 2; i > from; i--) {
        if (!WordSet.HONORIFICS.containsStem(w.norm(i))) continue;
        int end = i + 1;
        while (end < to && !isRole(w.norm(end)) && !isStop(w, end)) end++;
        if (end > i + 1 && !WordSet.INSTITUTION_NOUNS.containsStem(w.norm(i + 1))) return new Frame.Range(i + 1, end);
        break;
      }
      // "المدير الفني لنادي برشلونة «لويس إنريكي»": the name is the quoted words
      // (or the words after a body's quoted name: "رئيس مجموعة شبكة "بي إين سبورتس" ناصر الخليفي";
      // but not a preposition's phrase after a term in marks once the phrase holds a name:
      // "عادل الجبير التصريحات «العدوانية» لإيران تجاه دول" ends with the object's complement,
      // session 24)
      for (int i = to - 1; i > from; i--) {
        if (hasMark(w.gapBefore(i)) && complementAfterTerm(w, from, i)) {
          // the name ends before the object that the term in marks qualifies ("التصريحات «العدوانية»",
          // "جدارة "الأخضر""): the phrase up to that object's word, not the object with it
          // (review of quotes24 F2)
          int open = i - 1;
          while (open > from && !(hasMark(w.gapBefore(open)) && opensBefore(w.gapBefore(open)))) open--;
          if (open - 1 > from + 1) return name(w, new Frame.Range(from, open - 1));
        }
        if (hasMark(w.gapBefore(i)) && !complementAfterTerm(w, from, i) && (!opensBefore(w.gapBefore(i)) || closedByMark(w, to))
            && to - i <= 4 && to - i >= 2 && !SubjectFinder.namesAnInstitution(w, i - 1)
            && !FrameFinder.hasComma(w.gapBefore(i)) && !commaWithin(w, i + 1, to)) {
          // (the phrase up to the mark when it names the person already)
          return personNamedBeforeMark(w, from, i) ? name(w, new Frame.Range(from, i)) : new Frame.Range(i, to);
        }
      }
      Frame.Range named = nameBeforeObject(w, from, to);
      if (named != null) return named;
      int start = to;
      while (start > from + 1) {
        if (start < to && FrameFinder.hasComma(w.gapBefore(start))) break; // "…، سفيان السليطي"
        String n = w.norm(start - 1);
        if (isRole(n)) break;
        if (isStop(w, start - 1) && w.timeAdverbialAt(start - 1)) {
          // "جون كيري في وقت سابق": a time adverbial closes the phrase; the name is before it
          return name(w, new Frame.Range(from, start - 1));
        }
        if (isStop(w, start - 1)) {
          // "… في روسيا ديمتري بيسكوف": the word after the preposition is its object
          if (start < to) start++;
          break;
        }
        // "أحمد الحاج يوسف": الحاج inside a name is part of it
        // ("عبد العزيز الرصاع", "أبو الشمع": the definite word after عبد/أبو/بن is inside the name)
        boolean definite = Words.isDefinite(n) && !(NAME_INTERNAL.contains(n) && start < to && start - 2 >= from && !Words.isDefinite(w.norm(start - 2)))
            && !(start - 2 >= from && NAME_PREFIXES.contains(w.norm(start - 2)));
        boolean beforeIsName = start - 2 > from && (!Words.isDefinite(w.norm(start - 2))
            || (start - 3 >= from && NAME_PREFIXES.contains(w.norm(start - 3))));
        if (!definite || (beforeIsName && !isRole(w.norm(start - 2)) && start == to)) {
          start--;
        } else {
          break;
        }
      }
      // "المهاجم خوسيه أنطونيو ريس لاعب اشبيلية": a second role without ال and its genitive after
      // the name is an apposition; the name is the one after the first role
      if (start < to && to - start <= 2 && start - 1 > from + 1 && isRole(w.norm(start - 1))
          && !Words.isDefinite(w.norm(start - 1)) && !isRole(w.norm(start - 2))) {
        Frame.Range inner = name(w, new Frame.Range(from, start - 1));
        if (inner.from() > from) return inner;
      }
      // "المعتمد الاول لولاية باجة خالد اللواتي": a place or body named by one word after its
      // institution noun (with ل/ب) heads the run; the person's name of two words or more follows
      if (start + 3 < to + 1 && to - (start + 2) >= 2 && institution(w.norm(start)) && !Words.isDefinite(w.norm(start))
          && !Words.isDefinite(w.norm(start + 1)) && !Words.isDefinite(w.norm(start + 2))) {
        start += 2;
      }
      // "بجامعة الملك فيصل يونس البدر": a king's or prince's given name right after the title
      // names the institution ("جامعة الملك سعود"); the person's name starts after it
      if (start > from && to - start >= 3 && Words.matches(w.norm(start - 1), "الملك|الامير")
          && !lineageWord(w.norm(start + 1)) && !Words.isDefinite(w.norm(start + 1))) {
        start++;
      }
      // "والي سوسة", "محافظ جدة": the word right after a role without ال is its genitive (the
      // place or body the role is of), never a name on its own; the phrase stays whole
      if (start == from + 1 && !Words.isDefinite(w.norm(from)) && !WordSet.HONORIFICS.containsStem(w.norm(from))) return phrase;
      // "… في جامعة هارفارد": a word after an institution noun names the institution
      // (a definite one is not in construct: "رئيس اللجنة نايف بن سعيدان")
      boolean institutionName = start - 1 >= from && institution(w.norm(start - 1)) && !Words.isDefinite(w.norm(start - 1));
      // "مسؤول بالشرطة في بيجنتز القريبة": definite words alone are adjectives, not a name (a
      // family name with ال follows a given name without it)
      // "مسؤول أميركي", "مصدر عسكري": one word right after a source noun is its adjective
      if (start == from + 1 && to == from + 2 && SubjectFinder.isOpenHead(w.norm(from))) return phrase;
      boolean onlyDefinite = true;
      for (int i = start; i < to && onlyDefinite; i++) onlyDefinite = Words.isDefinite(w.norm(i));
      if (start < to && !onlyDefinite && !WordSet.INSTITUTION_NOUNS.containsStem(w.norm(start)) && !(prepositional(w.norm(start)) && !FrameFinder.hasComma(w.gapBefore(start)) && !givenNameBasem(w, start, to)) && !institutionName) {
        return new Frame.Range(start, to);
      }
      // ("مقدم البرنامج": the presenter, an honorific heading a medium, keeps it; review of lane
      // quotes20, F2. Every honorific heading its complement was tried: 'الرميح' → 'يوسف' ×15 on
      // unseen text)
      boolean presenter = honorificRole && WordSet.MEDIA_NOUNS.containsStem(w.norm(from + 1));
      for (int i = to - 2; i >= from && !(i == from && presenter); i--) {
        if (WordSet.HONORIFICS.containsStem(w.norm(i))) return new Frame.Range(i + 1, to);
      }
      return phrase;
    }
    for (int i = from + 1; i < to; i++) {
      if (isRole(w.norm(i)) && !isRole(w.norm(i - 1))) return new Frame.Range(from, i);
    }
    // "الهاكر "هزازي"", "اللاعب «ميسي»": a definite noun this list lacks, then a name in marks
    // closing the phrase; the quoted words are the name (not after an institution or a term:
    // "شبكة «سي إن إن»", "مشروع "…"")
    if (to - from >= 2 && to - from <= 4 && Words.isDefinite(w.norm(from)) && hasMark(w.gapBefore(from + 1))
        && !SubjectFinder.namesAnInstitution(w, from) && closedByMark(w, to)) {
      return new Frame.Range(from + 1, to);
    }
    return phrase;
  }

  /**
   * "توقع القنصل عبدالله الحمراني صدور توصيات لجنة الخبراء": a definite role, a given name and a
   * family name with ال, then a word that is none of a name's (no ال, no lineage word, no role, no
   * stop): the name ends at the family name and the rest is the verb's object. Null otherwise.
   */
  private static Frame.Range nameBeforeObject(Words w, int from, int to) {
    if (to - from < 4 || !Words.isDefinite(w.norm(from))) return null;
    String given = w.norm(from + 1), family = w.norm(from + 2), next = w.norm(from + 3);
    // ("المتحدث باسم الوزارة جيونج جون هي": باسم is "on behalf of", not the given name Basem)
    if (Words.isDefinite(given) || prepositional(given) || nounShaped(given) || isRole(given) || isStop(w, from + 1) || lineageWord(given) || institution(given)
        || NAME_PREFIXES.contains(given) || WordSet.HONORIFICS.containsStem(given)) {
      return null;
    }
    if (!Words.isDefinite(family) || isRole(family) || isStop(w, from + 2) || !w.gapBefore(from + 2).isBlank()) return null;
    if (!w.gapBefore(from + 3).isBlank() || Words.isDefinite(next) || isRole(next) || lineageWord(next) || isStop(w, from + 3)
        || NAME_PREFIXES.contains(next) || WordSet.HONORIFICS.containsStem(next) || institution(next) || prepositional(next)) {
      return null;
    }
    return new Frame.Range(from + 1, from + 3);
  }

  /**
   * A word shaped like a common noun, never a given name: a frequent object noun (object-nouns.txt:
   * "جهود", "تفاصيل"), a sound plural (…ات; …ين/…ون on a long word: "العاملين", not "حسين",
   * "ياسين", "هارون"), a noun with a possessive pronoun (…هم، …ها), or the plural pattern تفاعيل
   * ("تفاصيل"; not تفعيل, which is also the shape of the names توفيق and تيسير). Match-normalised.
   */
  static boolean nounShaped(String n) {
    if (WordSet.OBJECT_NOUNS.contains(n)) return true;
    int len = n.length();
    if (len >= 5 && n.endsWith("ات")) return true;
    if (len >= 6 && (n.endsWith("ين") || n.endsWith("ون"))) return true;
    if (len >= 5 && (n.endsWith("هم") || n.endsWith("ها") || n.endsWith("كم"))) return true;
    return len == 6 && n.charAt(0) == 'ت' && n.charAt(2) == 'ا' && n.charAt(4) == 'ي';
  }

  /** "بن", "أبو" …: a word inside a lineage (match-normalised). */
  private static boolean lineageWord(String n) {
    return Words.matches(n, "بن|ابن|بنت|ابو|ابي|ال|عبد");
  }

  /** True when a quotation mark stands right after word {@code to - 1}. */
  private static boolean closedByMark(Words w, int to) {
    if (to < w.size()) return hasMark(w.gapBefore(to));
    String tail = w.text().substring(w.get(to - 1).end());
    return !tail.isEmpty() && QuotationMarks.isMark(tail.charAt(0));
  }

  /**
   * "استنكر محافظ الطائف فهد بن عبدالعزيز بن معمر، حادث التفجير الإرهابي": a lineage word (بن، آل)
   * between the role and the phrase's last comma is a name already given; what follows the comma
   * is the verb's object. Only for the one to three words {@link #nameAfterComma} would take as the
   * name ("…بن عبد العزيز، اتصالاً هاتفيًا أمس من العاهل المغربي الملك محمد السادس" is longer). The
   * phrase's end before that comma, else {@code to}.
   */
  private static int beforeObjectAfterComma(Words w, int from, int to) {
    for (int c = to - 1; c > from; c--) {
      if (!FrameFinder.hasComma(w.gapBefore(c))) continue;
      if (nameAfterComma(w, from, to) == null) return to;
      for (int k = from + 2; k < c - 1; k++) {
        if (Words.matches(w.norm(k), "بن|ابن|بنت|ال") && lineageOfPerson(w, from, k)) return c;
      }
      return to;
    }
    return to;
  }

  /**
   * True when the lineage word at {@code k} of the role phrase starting at {@code from} is part of
   * a person's name, not of a body named after one: "جامعة الإمام محمد بن سعود", "مستشفى ابن
   * سينا", "مجموعة بن لادن" (the word right after a role without ال is its genitive, the body).
   */
  private static boolean lineageOfPerson(Words w, int from, int k) {
    if (k - 1 == from + 1 && !Words.isDefinite(w.norm(from))) return false;
    // (an institution noun in construct, without ال, with the lineage word within two words of it,
    // titles aside: "مستشفى ابن"، "جامعة الإمام محمد بن"; further on, a given name follows the
    // institution's own name and the lineage is the person's: "رئيس ديوان المظالم عبدالعزيز بن".
    // "وزير الخارجية عادل بن أحمد الجبير" has no such noun and names him)
    for (int i = from + 1; i < k; i++) {
      if (institution(w.norm(i)) && !Words.isDefinite(w.norm(i)) && untitledWordsBetween(w, i, k) <= 1) return false;
    }
    return true;
  }

  /** The words strictly between {@code i} and {@code k} that are no title ("الإمام"، "الدكتور"). */
  private static int untitledWordsBetween(Words w, int i, int k) {
    int n = 0;
    for (int j = i + 1; j < k; j++) {
      String word = w.norm(j);
      if (!WordSet.BODY_NAME_TITLES.containsStem(word) && !WordSet.HONORIFICS.containsStem(word)) n++;
    }
    return n;
  }

  /** The one to three words after the last comma of a role phrase when they hold no role, stop word or institution; else null. */
  private static Frame.Range nameAfterComma(Words w, int from, int to) {
    int c = -1;
    for (int k = to - 1; k > from; k--) {
      if (FrameFinder.hasComma(w.gapBefore(k))) { c = k; break; }
    }
    if (c < 0 || to - c > 3 || c - from < 2) return null;
    // a role that already has its name ("الدكتور خالد …، آراء سابقيه": the object follows)
    for (int k = from + 1; k < c; k++) if (WordSet.HONORIFICS.containsStem(w.norm(k))) return null;
    for (int k = c; k < to; k++) {
      String n = w.norm(k);
      if (isRole(n) || isStop(w, k) || WordSet.INSTITUTION_NOUNS.containsStem(n) || hasMark(w.gapBefore(k))
          || SubjectFinder.possessedAdjunct(w.get(k).text())) {
        return null;
      }
    }
    // "…، المتحدث …" is a role; a name has a word without ال ("العجمي الوريمي" as a pair is a name)
    if (to - c == 1 && Words.isDefinite(w.norm(c))) return null;
    return new Frame.Range(c, to);
  }

  /** "… قضية “هزازي”، علي آل حطاب": a comma after the quoted words ends them; the name follows. */
  private static boolean commaWithin(Words w, int from, int to) {
    for (int k = from; k < to; k++) if (FrameFinder.hasComma(w.gapBefore(k))) return true;
    return false;
  }

  /** An institution noun, also with a preposition ("بجامعة", "لشركة"). */
  private static boolean institution(String n) {
    return WordSet.INSTITUTION_NOUNS.containsStem(n)
        || (n.length() > 3 && "بلو".indexOf(n.charAt(0)) >= 0 && WordSet.INSTITUTION_NOUNS.containsStem(n.substring(1)));
  }

  /**
   * True when definite word i after a document noun names who may issue it: an institution noun
   * (الداخلية، الحكومة), a role (الرئيس), or a word the text used before {@code before} other
   * than after a document noun (an issuer met earlier: "قيادة الجيش" … "بيان الجيش").
   */
  private static boolean isIssuer(Words w, int i, int before) {
    String n = w.norm(i);
    if (!Words.isDefinite(n)) return false;
    if (WordSet.INSTITUTION_NOUNS.containsStem(n) || isRole(n)) return true;
    for (int k = 0; k < before; k++) {
      if (w.norm(k).equals(n) && (k == 0 || !DocumentIssuers.DOCUMENTS.contains(w.norm(k - 1)))) return true;
    }
    return false;
  }

  /**
   * True when word i follows a closing mark and reads as a preposition's phrase (ب or ل on a word
   * of four letters or more: "لإيران", "بصدارة"), while a name-like word (no article, role, stop
   * word, institution, honorific or mark before it) stands earlier in the phrase: the words after
   * the marks go on with the verb's object ("عادل الجبير التصريحات «العدوانية» لإيران تجاه دول").
   */
  private static boolean complementAfterTerm(Words w, int from, int i) {
    String n = w.norm(i);
    if (opensBefore(w.gapBefore(i)) || n.length() < 4 || (n.charAt(0) != 'ب' && n.charAt(0) != 'ل')) return false;
    for (int k = from; k < i; k++) {
      String m = w.norm(k);
      if (hasMark(w.gapBefore(k)) || (k + 1 < w.size() && hasMark(w.gapBefore(k + 1)) && k + 1 == i)) continue;
      if (!Words.isDefinite(m) && !isRole(m) && !isStop(w, k) && !institution(m) && !prepositional(m)
          && !WordSet.HONORIFICS.containsStem(m) && !nounShaped(m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the two words before the mark at word i are a person's name after a role or title
   * ("واعتبر القاضي نيكولاس فرنسيس "بحزن شديد" لكن …"): the holder is named already, so the
   * quoted words are a manner or a term, not his name (set 25, JA-diverse-261). Bare name
   * words, no article, role, stop word, institution or preposition ("لنادي برشلونة «لويس
   * إنريكي»" keeps its quoted name).
   */
  private static boolean personNamedBeforeMark(Words w, int from, int i) {
    if (i - 3 < from) return false;
    for (int k = i - 2; k < i; k++) {
      String m = w.norm(k);
      if (Words.isDefinite(m) || isRole(m) || isStop(w, k) || institution(m) || prepositional(m) || nounShaped(m)
          || WordSet.HONORIFICS.containsStem(m) || hasMark(w.gapBefore(k)) || !w.get(k).text().chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    String before = Words.stripConjunction(w.norm(i - 3));
    return isRole(before) || WordSet.HONORIFICS.containsStem(before) || Words.isDefinite(before);
  }

  /**
   * True when the gap's last mark is glued to the word after it, so it opens quoted words
   * ("لنادي برشلونة «لويس"); a closing mark is glued to the word before it ("«العدوانية» لإيران").
   */
  private static boolean opensBefore(String gap) {
    for (int k = gap.length() - 1; k >= 0; k--) {
      char c = gap.charAt(k);
      if (QuotationMarks.isMark(c)) return k == gap.length() - 1 && c != '»';
      if (!Character.isWhitespace(c)) return false;
    }
    return false;
  }

  private static boolean hasMark(String gap) {
    for (int k = 0; k < gap.length(); k++) if (QuotationMarks.isMark(gap.charAt(k))) return true;
    return false;
  }

  /**
   * "بوزارة …", "لهيئة …": a preposition on a noun, not a name. Names may start with ب
   * ("بوبي جيندال", "بندر", "بشار"), so ب counts only before ال or an institution noun, and in
   * "باسم" / "بلسان" ("on behalf of": "المتحدث باسم الوزارة", "الناطق بلسان الجيش"), which stand
   * between a role and the body it speaks for (the given name Basem never follows a bare role).
   */
  private static boolean prepositional(String n) {
    if (ON_BEHALF_OF.contains(n)) return true;
    if (n.length() <= 3) return false;
    if (n.charAt(0) == 'ل') return true; // "المتابع لنشاط «داعش»" (a name such as لافروف follows a first name)
    return n.charAt(0) == 'ب' && (n.startsWith("بال") || WordSet.INSTITUTION_NOUNS.containsStem(n.substring(1)));
  }

  /**
   * "المحامي باسم خلف": باسم is the given name Basem after a role that does not speak for a body
   * (not "المتحدث باسم …"), when a name word follows it (not a definite word or an institution:
   * "المحامي باسم الشركة").
   */
  private static boolean givenNameBasem(Words w, int i, int to) {
    if (!w.norm(i).equals("باسم") || i == 0 || i + 1 >= to) return false;
    // ("المتحدث الإعلامي باسم تعليم حائل": the spokesman's adjectives may stand between)
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (SPEAKS_FOR.contains(Words.stripArticle(Words.stripConjunction(w.norm(k))))) return false;
      if (!w.gapBefore(k).isBlank()) break;
    }
    String next = w.norm(i + 1), raw = w.get(i + 1).text();
    // "on behalf of" before a quantifier, a noun with a pronoun or a construct ("باسم جميع الحاضرين",
    // "باسم بلاده", "باسم شعب الكويت"); a theophoric family name is a name ("باسم عوض الله")
    if (WordSet.OBJECT_NOUNS.contains(next) || raw.matches(".+(ه|ها|هم|هما|هن)")) return false;
    if (i + 2 < to && Words.isDefinite(w.norm(i + 2)) && !w.norm(i + 2).equals("الله")) return false;
    return !Words.isDefinite(next) && !institution(next) && !isRole(next) && !isStop(w, i + 1)
        && w.gapBefore(i + 1).isBlank();
  }

  /** A stop word; the name علي is not the preposition على (both match-normalise to علي). */
  private static boolean isStop(Words w, int i) {
    return WordSet.SPEAKER_STOPS.contains(w.norm(i)) && !w.get(i).text().equals("علي") && !familyNameLikeRelative(w, i)
        && !newspaperNamedToday(w, i);
  }

  /**
   * "جريدة اليوم", "الكاتب بصحيفة اليوم": right after a newspaper noun, "today" is its name (not
   * after لـ: "وقال لصحيفة اليوم السابع" names the outlet spoken to, a stop).
   */
  static boolean newspaperNamedToday(Words w, int i) {
    if (i == 0 || !w.norm(i).equals("اليوم") || !w.gapBefore(i).isBlank()) return false;
    String before = Words.stripConjunction(w.norm(i - 1));
    if (before.length() > 4 && before.charAt(0) == 'ب') before = before.substring(1);
    return Words.matches(before, "صحيفه|جريده|مجله");
  }

  /**
   * "المعتمد الاول لولاية باجة خالد اللواتي": the Tunisian family name اللواتي (also اللاتي) after a
   * given name; as a relative pronoun it would follow a definite noun, never a bare name.
   */
  static boolean familyNameLikeRelative(Words w, int i) {
    if (i < 1 || !Words.matches(w.norm(i), "اللواتي|اللاتي") || !w.gapBefore(i).isBlank()) return false;
    String prev = w.norm(i - 1);
    return prev.length() >= 3 && !Words.isDefinite(prev) && !isRole(prev) && !WordSet.SPEAKER_STOPS.contains(prev)
        && !WordSet.INSTITUTION_NOUNS.containsStem(prev) && prev.chars().allMatch(c -> c >= 'ء' && c <= 'ي');
  }

  static boolean isRole(String norm) {
    return WordSet.ROLE_NOUNS.containsStem(norm) || WordSet.HONORIFICS.containsStem(norm);
  }
}
