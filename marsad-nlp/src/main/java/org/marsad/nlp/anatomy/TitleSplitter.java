package org.marsad.nlp.anatomy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a leading category label off a headline: agencies file copy as
 * "سياسي / رئيس الوزراء اللبناني يلتقي…" or "عام | …". The label must be one or two words
 * without digits and the rest at least two words, so "24/7" or "كورونا/ الصين" style titles
 * with a short tail are left whole.
 */
final class TitleSplitter {
  /** A title and its category label (null when there is none). */
  record Split(String title, String category) {}

  private static final Pattern LABELLED = Pattern.compile("^\\s*([\\p{L}]+(?: [\\p{L}]+)?)\\s*[/|]\\s*(\\S+\\s+\\S.*)$");

  private TitleSplitter() {}

  static Split split(String title) {
    if (title == null || title.isBlank()) return new Split(null, null);
    String t = title.strip();
    Matcher m = LABELLED.matcher(t);
    if (m.matches()) return new Split(m.group(2).strip(), m.group(1).strip());
    return new Split(t, null);
  }
}
