package org.marsad.nlp.anatomy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Dateline;
import org.marsad.text.ArabicNormalizer;

/**
 * Long agency wires (the Saudi Press Agency's cabinet sessions, speeches) arrive in parts: the
 * first part carries the dateline, the others are titled like it with a suffix
 * {@code إضافة أولى / ثانية / … وأخيرة} and start mid-story, without a city. This remembers the
 * dateline of each wire's first part (by its title without category label and suffix) and gives
 * it to the later parts. Per collection and thread-safe; a part seen before its first part keeps
 * no dateline (the corpus sees articles in arrival order).
 */
public final class WireContinuations {
  /** "… إضافة أولى", "… / إضافة ثانية", "…  إضافة خامسة وأخيرة", with or without hamza. */
  private static final Pattern PART = Pattern.compile("[/\\s]*[إا]ضافة\\s+\\S+(\\s+و?[أا]خير[ةه])?\\s*$");
  /** A leading category label: "عام / ", "سياسي / ". */
  private static final Pattern CATEGORY = Pattern.compile("^[^/]{1,20}/\\s*");

  private final Map<String, Dateline> firstParts = new ConcurrentHashMap<>();

  /** True when a title names a continuation part. */
  public static boolean isContinuation(String title) {
    return title != null && PART.matcher(title.strip()).find();
  }

  /** The wire's key: match-normalised title without category label and part suffix. */
  static String key(String title) {
    String t = title.strip();
    Matcher m = PART.matcher(t);
    if (m.find()) t = t.substring(0, m.start());
    t = CATEGORY.matcher(t).replaceFirst("");
    return ArabicNormalizer.match(t).replaceAll("\\s+", " ").strip();
  }

  /**
   * Remembers a first part's dateline, or fills a continuation part's missing dateline from its
   * first part; any other article is returned unchanged.
   */
  public Article link(Article a) {
    if (a.title() == null || a.title().isBlank()) return a;
    boolean continuation = isContinuation(a.title());
    if (!continuation) {
      if (a.dateline() != null && a.dateline().city() != null) firstParts.put(key(a.title()), a.dateline());
      return a;
    }
    if (a.dateline() != null && a.dateline().city() != null) return a;
    Dateline first = firstParts.get(key(a.title()));
    return first == null ? a : a.withDateline(first);
  }
}
