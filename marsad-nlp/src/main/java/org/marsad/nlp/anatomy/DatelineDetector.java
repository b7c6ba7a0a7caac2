package org.marsad.nlp.anatomy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.nlp.article.Dateline;
import org.marsad.nlp.date.DateFinder;
import org.marsad.nlp.date.DateMention;
import org.marsad.nlp.date.FoldedText;

/**
 * Finds the dateline at the start of an article's first line. The head of the line is cut
 * into segments at dateline separators ({@code - – — : | / ، ( )}), dates kept whole, and
 * segments are read left to right while they are recognisable:
 * <ul>
 *   <li>an agency from {@code agencies.txt} ("سانا", "رويترز", "أ ف ب", "عين اليوم");</li>
 *   <li>a place from {@code cities.txt}, optionally qualified ("تبليسي (جورجيا)");</li>
 *   <li>a segment holding a date, with a place before it and an agency after it
 *       ("بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس"); a place before a date need not
 *       be in the list, the date is evidence enough;</li>
 *   <li>a reporter's name next to an agency or place ("فهد العتيبي- سبق:", "لندن: فلان الفلاني").</li>
 * </ul>
 * Reading stops at the first segment that is article text. A lone place counts only when a
 * separator follows it ("لندن: أعلنت…") or it is alone on its line. Thread-safe.
 */
public final class DatelineDetector {
  private static final int HEAD_CHARS = 140;
  private static final Set<String> WEEKDAYS = Set.of("الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت");

  private record Segment(int start, int end, boolean paren, char sepBefore) {}

  private final NameList agencies;
  private final NameList places;

  private DatelineDetector(NameList agencies, NameList places) {
    this.agencies = agencies;
    this.places = places;
  }

  private static final class Holder {
    static final DatelineDetector DEFAULT = new DatelineDetector(NameList.load("agencies.txt"), NameList.load("cities.txt"));
  }

  /** The detector with Marsad's agency and place lists. */
  public static DatelineDetector standard() {
    return Holder.DEFAULT;
  }

  /** True when {@code name} is a known news agency or newspaper signature. */
  public boolean isAgency(String name) {
    return agencies.contains(stripPunct(name));
  }

  /**
   * True when {@code name} is a place of the dateline list ({@code cities.txt}), compared as the
   * dateline compares it (folded, dots and spaces ignored).
   */
  public boolean isPlace(String name) {
    return places.contains(stripPunct(name));
  }

  /** The dateline opening {@code line}, or null when it has none. */
  public DatelineMatch detect(String line) {
    String head = line.length() > HEAD_CHARS ? line.substring(0, HEAD_CHARS) : line;
    List<DateMention> dates = DateFinder.findAll(head);
    List<Segment> segs = segments(head, dates);
    String city = null, agency = null, byline = null;
    LocalDate date = null;
    int consumed = -1;
    boolean cityFromList = false;
    for (int i = 0; i < segs.size(); i++) {
      Segment s = segs.get(i);
      String t = head.substring(s.start(), s.end()).strip();
      List<DateMention> inside = datesIn(dates, s);
      if (!inside.isEmpty()) {
        if (date != null) break;
        String prefix = stripPunct(head.substring(s.start(), inside.get(0).start()));
        String suffix = stripPunct(head.substring(inside.get(inside.size() - 1).end(), s.end()));
        String suffixAgency = agencyIn(suffix);
        boolean prefixOk = prefix.isEmpty() || (city == null && isPlaceLike(prefix));
        if (!prefixOk || (!suffix.isEmpty() && suffixAgency == null)) break;
        if (!prefix.isEmpty()) city = prefix.replace("\u0640", "");
        if (suffixAgency != null) {
          if (agency != null) break;
          agency = suffixAgency;
        }
        date = DateFinder.resolve(inside);
        consumed = s.end();
      } else if (agency == null && isAgency(t)) {
        agency = stripPunct(t);
        consumed = s.end();
      } else if (city == null && places.contains(t)) {
        city = stripPunct(t);
        cityFromList = true;
        consumed = s.end();
      } else if (city != null && s.paren() && places.contains(t)) {
        consumed = s.end(); // a country qualifying the city
      } else if (byline == null && city == null && agency == null && isName(t) && namesThenSignature(head, segs, i)) {
        // One or more reporters before the agency or place: "عبدالرحمن الشهري، داليا أبوالعيش – عين اليوم".
        StringBuilder names = new StringBuilder(stripPunct(t));
        while (i + 1 < segs.size() && !startsWithAgencyOrPlace(head, segs.get(i + 1))) {
          Segment more = segs.get(++i);
          names.append("، ").append(stripPunct(head.substring(more.start(), more.end())));
          s = more;
        }
        byline = names.toString();
        consumed = s.end();
      } else if (byline == null && (s.sepBefore() == ':' ? city != null || agency != null : city != null && "-–—".indexOf(s.sepBefore()) >= 0)
          && isName(t) && i == segs.size() - 1 && s.end() == line.length()) {
        // "لندن: فلان الفلاني", "مكة المكرمة – حامد القرشي": a name that is the rest of the line signs it. After the
        // agency alone and a dash it is mostly an unlisted place ("عين اليوم – لوس أنجليس"), so it is no byline there.
        byline = stripPunct(t);
        consumed = s.end();
      } else {
        break;
      }
    }
    if (consumed < 0) return null;
    int end = skipSeparators(line, consumed);
    boolean valid = agency != null
        || (city != null && date != null)
        || (city != null && cityFromList && (end == line.length() || separatorFollows(line, consumed)));
    if (!valid) return null;
    String raw = line.substring(0, end).strip();
    return new DatelineMatch(new Dateline(city, agency, date == null ? null : date.toString(), raw), end, byline);
  }

  /** Segments i.. are two-to-four-word names (at most three) followed by an agency or a place. */
  private boolean namesThenSignature(String head, List<Segment> segs, int i) {
    for (int j = i + 1; j < segs.size() && j <= i + 3; j++) {
      if (startsWithAgencyOrPlace(head, segs.get(j))) return true;
      if (!isName(head.substring(segs.get(j).start(), segs.get(j).end()))) return false;
    }
    return false;
  }

  private boolean startsWithAgencyOrPlace(String head, Segment next) {
    String t = head.substring(next.start(), next.end()).strip();
    return isAgency(t) || places.contains(t);
  }

  /** The agency named by a date segment's tail: "واس", ".واس", or "مواس" (the م of "2015م" glued on). */
  private String agencyIn(String suffix) {
    if (suffix.isEmpty()) return null;
    if (isAgency(suffix)) return suffix;
    String s = suffix;
    if (s.startsWith("م")) s = stripPunct(s.substring(1));
    return !s.isEmpty() && isAgency(s) ? s : null;
  }

  private boolean isPlaceLike(String prefix) {
    if (places.contains(prefix)) return true;
    String f = FoldedText.fold(prefix);
    if (WEEKDAYS.contains(f) || f.chars().anyMatch(Character::isDigit)) return false;
    return f.split(" ").length <= 4;
  }

  /** A reporter's name: two to four words, no digits or sentence punctuation. */
  private static boolean isName(String t) {
    String s = stripPunct(t);
    if (s.isEmpty() || s.chars().anyMatch(c -> Character.isDigit(c) || ".!?؟،,؛;«»\"“”".indexOf(c) >= 0)) return false;
    String[] w = s.split("\\s+");
    return w.length >= 2 && w.length <= 4;
  }

  private static List<DateMention> datesIn(List<DateMention> dates, Segment s) {
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : dates) if (d.start() >= s.start() && d.end() <= s.end()) out.add(d);
    return out;
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '–' || c == '—' || c == ':' || c == '|' || c == '/' || c == '،' || c == ',';
  }

  /** Tatweel is a dash only when it stands apart ("دمشق ـ سانا"); inside "أبهــا" it is a letter stretch. */
  private static boolean isSeparatorAt(String s, int i) {
    char c = s.charAt(i);
    if (c == '\u0640') return i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '\u0640' && (i < 2 || Character.isWhitespace(s.charAt(i - 2)));
    return isSeparator(c);
  }

  private static boolean separatorFollows(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) continue;
      return isSeparatorAt(line, i) || c == '(' || c == ')';
    }
    return true;
  }

  private static int skipSeparators(String line, int from) {
    int i = from;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || isSeparatorAt(line, i) || c == ')') i++;
      else break;
    }
    return i;
  }

  /** Splits the head at separators and parentheses; date spans are never split. */
  private static List<Segment> segments(String head, List<DateMention> dates) {
    List<Segment> out = new ArrayList<>();
    int i = 0, n = head.length();
    char sep = 0;
    while (i < n) {
      char c = head.charAt(i);
      if (Character.isWhitespace(c)) { i++; continue; }
      if (isSeparatorAt(head, i)) { sep = c; i++; continue; }
      if (c == '(') {
        int close = head.indexOf(')', i + 1);
        if (close < 0) close = n;
        out.add(new Segment(i + 1, close, true, sep));
        sep = 0;
        i = close + 1;
        continue;
      }
      if (c == ')') { i++; continue; }
      int start = i;
      while (i < n) {
        DateMention d = dateAt(dates, i);
        if (d != null) { i = d.end(); continue; }
        char ch = head.charAt(i);
        if (isSeparatorAt(head, i) || ch == '(' || ch == ')') break;
        i++;
      }
      int end = i;
      while (end > start && Character.isWhitespace(head.charAt(end - 1))) end--;
      out.add(new Segment(start, end, false, sep));
      sep = 0;
    }
    return out;
  }

  private static DateMention dateAt(List<DateMention> dates, int i) {
    for (DateMention d : dates) if (d.start() == i) return d;
    return null;
  }

  private static String stripPunct(String s) {
    int a = 0, b = s.length();
    while (a < b && !Character.isLetterOrDigit(s.charAt(a))) a++;
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) b--;
    return s.substring(a, b);
  }
}
