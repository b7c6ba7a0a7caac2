package org.marsad.nlp.anatomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.nlp.NoArticleException;
import org.marsad.nlp.article.Boilerplate;
import org.marsad.nlp.article.BoilerplateKind;
import org.marsad.nlp.article.Dateline;
import org.marsad.nlp.article.Section;
import org.marsad.text.ArabicNormalizer;

/**
 * Article anatomy from plain text, one paragraph per line.
 * <ol>
 *   <li>lines are display-normalised and blank lines dropped;</li>
 *   <li>boilerplate lines (see {@link BoilerplateClassifier}) are set aside with their kind,
 *       and so is a tail of short lines ending the copy among boilerplate (a footer);</li>
 *   <li>the title: the container's, else a first line that is short, unpunctuated and
 *       followed by a dateline or a longer paragraph; a "سياسي / …" label goes to the category;</li>
 *   <li>the dateline opening the first body line ({@link DatelineDetector}); when it is
 *       inline, the rest of the line is the lead;</li>
 *   <li>sections split at heading lines ({@link HeadingRule}); the first has a null heading.</li>
 * </ol>
 * {@code text} is the body: headings and paragraphs in order, separated by a blank line,
 * without title, dateline or boilerplate. Thread-safe.
 */
public final class PlainTextAnatomy {
  private static final int TITLE_MAX_WORDS = 25;

  private final BoilerplateClassifier boilerplate;
  private final DatelineDetector datelines;

  public PlainTextAnatomy(BoilerplateClassifier boilerplate, DatelineDetector datelines) {
    this.boilerplate = boilerplate;
    this.datelines = datelines;
  }

  /** Anatomy with Marsad's standard rules. */
  public static PlainTextAnatomy standard() {
    return new PlainTextAnatomy(BoilerplateClassifier.standard(), DatelineDetector.standard());
  }

  /**
   * Parses {@code body}.
   *
   * @param body       plain text, one paragraph per line
   * @param givenTitle the container's title, or null to look for one in the text
   * @throws NoArticleException when no article text remains
   */
  public Anatomy parse(String body, String givenTitle) {
    List<String> lines = new ArrayList<>();
    // Display form keeps line breaks (as single newlines), so one call serves every line.
    String display = ArabicNormalizer.display(body);
    int start = 0, n = display.length();
    for (int i = 0; i <= n; i++) {
      if (i < n && display.charAt(i) != '\n') continue;
      String line = display.substring(start, i).strip();
      if (!line.isEmpty()) lines.add(line);
      start = i + 1;
    }
    List<Boilerplate> removed = new ArrayList<>();
    List<String> kept = removeBoilerplate(lines, removed);

    String title = givenTitle == null || givenTitle.isBlank() ? null : ArabicNormalizer.display(givenTitle).strip();
    int first = 0;
    DatelineMatch dm = kept.isEmpty() ? null : datelines.detect(kept.get(0));
    if (title == null && dm == null && kept.size() >= 2 && looksLikeTitleLine(kept.get(0))) {
      DatelineMatch next = datelines.detect(kept.get(1));
      if (next != null || HeadingRule.wordCount(kept.get(1)) > HeadingRule.wordCount(kept.get(0))) {
        title = kept.get(0);
        first = 1;
        dm = next;
      }
    }
    List<String> paras = new ArrayList<>(kept.subList(first, kept.size()));
    Dateline dateline = null;
    if (dm != null) {
      dateline = dm.dateline();
      if (dm.byline() != null) removed.add(0, new Boilerplate(dm.byline(), BoilerplateKind.BYLINE));
      String rest = paras.get(0).substring(dm.end()).strip();
      if (rest.isEmpty()) paras.remove(0);
      else paras.set(0, rest);
    }
    if (paras.isEmpty()) throw new NoArticleException("no article text");

    List<Section> sections = sections(paras);
    TitleSplitter.Split split = TitleSplitter.split(title);
    String lead = sections.get(0).paragraphs().isEmpty() ? null : sections.get(0).paragraphs().get(0);
    return new Anatomy(split.title(), split.category(), dateline, lead, List.copyOf(sections), List.copyOf(removed),
        String.join("\n\n", paras));
  }

  private List<String> removeBoilerplate(List<String> lines, List<Boilerplate> removed) {
    BoilerplateKind[] kinds = new BoilerplateKind[lines.size()];
    for (int i = 0; i < lines.size(); i++) kinds[i] = boilerplate.classify(lines.get(i));
    // A footer: walking up from the end, short unpunctuated lines between boilerplate lines
    // ("عبر الرابط:" continuations, a channel name) belong to it.
    for (int i = lines.size() - 1; i >= 1; i--) {
      if (kinds[i] != null) continue;
      boolean belowIsFooter = i == lines.size() - 1 || kinds[i + 1] != null;
      boolean aboveIsFooter = kinds[i - 1] != null;
      if (belowIsFooter && aboveIsFooter && HeadingRule.wordCount(lines.get(i)) <= 8 && !HeadingRule.endsSentence(lines.get(i))
          && (i < lines.size() - 1)) {
        kinds[i] = kinds[i - 1];
      } else if (!belowIsFooter) {
        break;
      }
    }
    // A line that repeats one set aside is the same boilerplate again (concatenated copies each
    // end with the footer), even where the rules above would not see it as such on its own.
    Map<String, BoilerplateKind> setAside = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) if (kinds[i] != null) setAside.putIfAbsent(lines.get(i).strip(), kinds[i]);
    if (!setAside.isEmpty()) {
      for (int i = 0; i < lines.size(); i++) if (kinds[i] == null) kinds[i] = setAside.get(lines.get(i).strip());
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (kinds[i] != null) removed.add(new Boilerplate(lines.get(i), kinds[i]));
      else kept.add(lines.get(i));
    }
    return kept;
  }

  /**
   * Short and unpunctuated; it is a title when a dateline or a longer paragraph follows. A line
   * ending with a comma, or a label of at most two words ending with a colon ("سادساً :",
   * "الخبر الأول:"), leads into the text. Not the heading rule's wider set: real titles end
   * with "-رحمه الله-", "-11-", an entity's ';' or a long line's colon ("… البلاي أوت :").
   */
  private static boolean looksLikeTitleLine(String line) {
    int words = HeadingRule.wordCount(line);
    return words >= 2 && words <= TITLE_MAX_WORDS && !HeadingRule.endsSentence(line) && !leadsIntoText(line, words);
  }

  private static boolean leadsIntoText(String line, int words) {
    String t = line.strip();
    char last = t.charAt(t.length() - 1);
    return last == ',' || last == '،' || (last == ':' && words <= 2);
  }

  private static List<Section> sections(List<String> paras) {
    List<Section> out = new ArrayList<>();
    String heading = null;
    List<String> current = new ArrayList<>();
    for (int i = 0; i < paras.size(); i++) {
      String p = paras.get(i);
      String prev = i == 0 ? null : paras.get(i - 1);
      String next = i + 1 < paras.size() ? paras.get(i + 1) : null;
      if (i > 0 && HeadingRule.isHeading(prev, p, next)) {
        out.add(new Section(heading, List.copyOf(current)));
        heading = p;
        current = new ArrayList<>();
      } else {
        current.add(p);
      }
    }
    out.add(new Section(heading, List.copyOf(current)));
    return out;
  }
}
