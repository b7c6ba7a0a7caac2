package org.marsad.app.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes a lightly edited copy of an article the way newspapers re-run agency copy. Each copy
 * gets at least two of these edits (each drawn with its own probability, from a seeded
 * {@link Random} so runs are reproducible):
 * <ul>
 *   <li>HEADLINE: the headline is rewritten (a word dropped, a prefix such as «عاجل:» added);</li>
 *   <li>PARAGRAPH_DROPPED: one paragraph other than the first is removed (texts without
 *       paragraph breaks lose one sentence);</li>
 *   <li>BYLINE: a dateline/byline line is added at the top or a source line at the end;</li>
 *   <li>ORTHOGRAPHY: punctuation and hamza/alef/yeh/teh-marbuta spelling variants in a fifth of the words;</li>
 *   <li>TATWEEL: tatweel inserted into one word in ten;</li>
 *   <li>REWORDED: one sentence reworded (a word replaced by a synonym, a word dropped, two words swapped).</li>
 * </ul>
 */
public final class RealisticEdits {
  /** The kinds of edit. */
  public enum Edit { HEADLINE, PARAGRAPH_DROPPED, BYLINE, ORTHOGRAPHY, TATWEEL, REWORDED }

  /** An edited copy and the edits it received. */
  public record Copy(String title, String content, Set<Edit> edits) {
    public String text() {
      return title + "\n" + content;
    }
  }

  private static final double[] PROBABILITY = {0.7, 0.5, 0.5, 0.7, 0.4, 0.6};
  private static final String[] HEADLINE_PREFIXES = {"عاجل: ", "بالصور: ", "تقرير: ", "محدث: "};
  private static final String[] BYLINES = {"الرياض - واس", "جدة - محمد العتيبي", "الدمام - «اليوم»", "بقلم: عبدالله الشهري", "مكة المكرمة - فهد الغامدي"};
  private static final String[] SOURCE_LINES = {"المصدر: وكالة الأنباء السعودية", "(واس)", "للمزيد تابعونا على تويتر"};
  private static final String[][] SYNONYMS = {
    {"قال", "أوضح"}, {"أكد", "شدد"}, {"أضاف", "تابع"}, {"اليوم", "امس"}, {"خلال", "أثناء"},
    {"كبير", "ضخم"}, {"عدد", "مجموعة"}, {"أن", "بأن"}, {"إلى", "نحو"}, {"بين", "ما بين"}};

  private final Random random;

  public RealisticEdits(long seed) {
    this.random = new Random(seed);
  }

  public Copy edit(String title, String content) {
    Set<Edit> chosen = EnumSet.noneOf(Edit.class);
    while (chosen.size() < 2) {
      for (Edit e : Edit.values()) if (random.nextDouble() < PROBABILITY[e.ordinal()]) chosen.add(e);
    }
    String t = title, c = content;
    if (chosen.contains(Edit.PARAGRAPH_DROPPED)) c = dropParagraph(c);
    if (chosen.contains(Edit.REWORDED)) c = reword(c);
    if (chosen.contains(Edit.HEADLINE)) t = rewriteHeadline(t);
    if (chosen.contains(Edit.BYLINE)) c = random.nextBoolean() ? pick(BYLINES) + "\n" + c : c + "\n" + pick(SOURCE_LINES);
    if (chosen.contains(Edit.ORTHOGRAPHY)) { c = orthography(c); t = orthography(t); }
    if (chosen.contains(Edit.TATWEEL)) c = tatweel(c);
    return new Copy(t, c, chosen);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private String rewriteHeadline(String title) {
    List<String> words = new ArrayList<>(Arrays.asList(title.strip().split("\\s+")));
    if (words.size() > 3) words.remove(1 + random.nextInt(words.size() - 1));
    return pick(HEADLINE_PREFIXES) + String.join(" ", words);
  }

  private String dropParagraph(String content) {
    String[] paras = content.split("\\n\\s*\\n");
    if (paras.length >= 3) {
      int drop = 1 + random.nextInt(paras.length - 1);
      List<String> kept = new ArrayList<>(Arrays.asList(paras));
      kept.remove(drop);
      return String.join("\n\n", kept);
    }
    List<String> sentences = new ArrayList<>(Arrays.asList(content.split("(?<=[.!؟?])\\s+")));
    if (sentences.size() >= 3) sentences.remove(1 + random.nextInt(sentences.size() - 1));
    return String.join(" ", sentences);
  }

  private String reword(String content) {
    String[] sentences = content.split("(?<=[.!؟?])\\s+");
    int k = random.nextInt(sentences.length);
    List<String> words = new ArrayList<>(Arrays.asList(sentences[k].split(" ")));
    boolean replaced = false;
    for (int i = 0; i < words.size() && !replaced; i++) {
      for (String[] pair : SYNONYMS) {
        if (words.get(i).equals(pair[0])) { words.set(i, pair[1]); replaced = true; break; }
      }
    }
    if (words.size() > 6) {
      words.remove(1 + random.nextInt(words.size() - 2));
      int i = 1 + random.nextInt(words.size() - 2);
      String w = words.get(i); words.set(i, words.get(i + 1)); words.set(i + 1, w);
    }
    sentences[k] = String.join(" ", words);
    return String.join(" ", sentences);
  }

  private String orthography(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (String w : s.split(" ", -1)) {
      if (out.length() > 0) out.append(' ');
      if (!w.isEmpty() && random.nextDouble() < 0.2) w = variant(w);
      out.append(w);
    }
    return out.toString().replace("،", random.nextBoolean() ? "," : "، ");
  }

  private String variant(String w) {
    char first = w.charAt(0), last = w.charAt(w.length() - 1);
    if (first == 'أ' || first == 'إ' || first == 'آ') return 'ا' + w.substring(1);
    if (first == 'ا' && w.length() > 2) return 'أ' + w.substring(1);
    if (last == 'ى') return w.substring(0, w.length() - 1) + 'ي';
    if (last == 'ي') return w.substring(0, w.length() - 1) + 'ى';
    if (last == 'ة') return w.substring(0, w.length() - 1) + 'ه';
    if (last == '.') return w.substring(0, w.length() - 1);
    return w;
  }

  private String tatweel(String s) {
    StringBuilder out = new StringBuilder(s.length() + 64);
    for (String w : s.split(" ", -1)) {
      if (out.length() > 0) out.append(' ');
      if (w.length() >= 4 && random.nextDouble() < 0.1 && Character.isLetter(w.charAt(1)) && Character.isLetter(w.charAt(2))) {
        int at = 1 + random.nextInt(w.length() - 2);
        w = w.substring(0, at) + 'ـ' + w.substring(at);
      }
      out.append(w);
    }
    return out.toString();
  }
}
