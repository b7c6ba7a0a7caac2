package org.marsad.nlp.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full dates (day, month, year) in Arabic text.
 * <ul>
 *   <li>textual: {@code 10 أغسطس 2015}, {@code 10 آب 2015}, {@code 8 آذار/مارس 2014},
 *       {@code 25 شوال 1436 هـ}, with Arabic-Indic or ASCII digits, optional {@code م}/{@code هـ};</li>
 *   <li>numeric: day/month/year ({@code 10/8/2015}, {@code 10-08-2015}), ISO
 *       {@code 2015-08-10}, and Hijri year/month/day when marked {@code 1436/10/25 هـ};</li>
 *   <li>Hijri dates are converted with {@link HijrahDate} (the Umm al-Qura calendar).</li>
 * </ul>
 * A month without day or year is not a date here. Thread-safe.
 */
public final class DateFinder {
  private static final String HIJRI_MARK = "(?:\\s*(?:ه(?![\\p{L}])|ه(?=ا?لموافق)|هجريه?(?![\\p{L}])))";
  private static final String AD_MARK = "(?:\\s*(?:م(?![\\p{L}])|ميلاديه?(?![\\p{L}])))";

  private static final Pattern TEXTUAL;
  private static final Pattern NUMERIC_DMY = Pattern.compile(
      "(?<![\\d/.-])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?![\\d/.-]?\\d)(" + HIJRI_MARK + ")?");
  private static final Pattern NUMERIC_YMD = Pattern.compile(
      "(?<![\\d/.-])(\\d{4})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d/.-]?\\d)(" + HIJRI_MARK + ")?");

  static {
    String months = ArabicMonths.get().alternation();
    TEXTUAL = Pattern.compile(
        "(?<!\\d)(\\d{1,3})\\s*(?:من\\s+)?(?:شهر\\s+)?(" + months + ")"
            + "(?:\\s*[/(]\\s*(?:" + months + ")\\s*\\)?)?"
            + "\\s*[,،]?\\s*(?:من\\s+)?(?:(?:عام|سنه)\\s+)?(\\d{4})(?!\\d)"
            + "(" + HIJRI_MARK + "|" + AD_MARK + ")?");
  }

  private DateFinder() {}

  /** Every date in {@code text}, in order of appearance. */
  public static List<DateMention> findAll(String text) {
    FoldedText ft = FoldedText.of(text);
    String f = ft.folded();
    List<DateMention> out = new ArrayList<>();
    Matcher m = TEXTUAL.matcher(f);
    while (m.find()) {
      ArabicMonths.Month month = ArabicMonths.get().lookup(m.group(2));
      if (month == null) continue;
      LocalDate d = toDate(Integer.parseInt(m.group(3)), month.number(), Integer.parseInt(m.group(1)), month.hijri());
      if (d != null) out.add(new DateMention(ft.startInOriginal(m.start()), ft.endInOriginal(m.end()), d, month.hijri()));
    }
    addNumeric(ft, NUMERIC_DMY.matcher(f), 4, 3, 1, out);
    addNumeric(ft, NUMERIC_YMD.matcher(f), 1, 3, 4, out);
    out.sort(Comparator.comparingInt(DateMention::start));
    return removeOverlaps(out);
  }

  /** The first date in {@code text}, or null. */
  public static DateMention findFirst(String text) {
    List<DateMention> all = findAll(text);
    return all.isEmpty() ? null : all.get(0);
  }

  /**
   * The Gregorian date a passage states: its first date written in the Gregorian calendar if
   * it has one (agencies give both, and the Gregorian one is authoritative), else its first
   * Hijri date converted; null when it has none.
   */
  public static LocalDate resolve(List<DateMention> mentions) {
    for (DateMention m : mentions) if (!m.hijri()) return m.date();
    return mentions.isEmpty() ? null : mentions.get(0).date();
  }

  private static void addNumeric(FoldedText ft, Matcher m, int yearGroup, int monthGroup, int dayGroup, List<DateMention> out) {
    while (m.find()) {
      boolean hijri = m.group(5) != null && !m.group(5).isBlank();
      int year = Integer.parseInt(m.group(yearGroup));
      int month = Integer.parseInt(m.group(monthGroup));
      int day = Integer.parseInt(m.group(dayGroup));
      // Arabic copy writes day/month/year; a "month" over 12 means the writer used month/day.
      if (dayGroup == 1 && month > 12 && day <= 12) {
        int t = month; month = day; day = t;
      }
      LocalDate d = toDate(year, month, day, hijri);
      if (d != null) out.add(new DateMention(ft.startInOriginal(m.start()), ft.endInOriginal(m.end()), d, hijri));
    }
  }

  private static List<DateMention> removeOverlaps(List<DateMention> sorted) {
    List<DateMention> out = new ArrayList<>();
    for (DateMention m : sorted) {
      if (!out.isEmpty() && m.start() < out.get(out.size() - 1).end()) continue;
      out.add(m);
    }
    return out;
  }

  /** A valid date, or null (31 شباط, a year out of the calendar's range). */
  static LocalDate toDate(int year, int month, int day, boolean hijri) {
    if (day < 1 || day > 31 || month < 1 || month > 12) return null;
    try {
      if (hijri) return LocalDate.from(HijrahDate.of(year, month, day));
      if (year < 1000 || year > 2999) return null;
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
