package org.marsad.nlp.anatomy;

import org.marsad.nlp.util.ResourceLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marsad.nlp.article.BoilerplateKind;
import org.marsad.nlp.date.FoldedText;

/**
 * Decides whether one line of an article is boilerplate (a promo, a bare URL, a phone number,
 * a social-media line, a "read also" link, a copyright notice, a byline, a wire end marker)
 * and of which kind. The rules are data: {@code boilerplate.txt} next to this class, one
 * {@code KIND, MAX_WORDS, regex} per line, tried in order on the folded, lower-cased line. Thread-safe.
 */
public final class BoilerplateClassifier {
  private record Rule(BoilerplateKind kind, int maxWords, Pattern pattern, List<String> hints) {
    boolean matches(String line) {
      if (!hints.isEmpty() && hints.stream().noneMatch(line::contains)) return false;
      return pattern.matcher(line).find();
    }
  }

  private static final class Holder {
    static final BoilerplateClassifier DEFAULT = new BoilerplateClassifier(load("boilerplate.txt"));
  }

  /** Rules for lines of any length must be anchored at the start; they see this much of a long line. */
  private static final int LONG_LINE_PREFIX = 100;

  private final List<Rule> rules;
  private final int maxBoundedWords; // the largest MAX_WORDS among length-limited rules

  private BoilerplateClassifier(List<Rule> rules) {
    this.rules = rules;
    this.maxBoundedWords = rules.stream().mapToInt(Rule::maxWords).max().orElse(0);
  }

  /** The classifier with Marsad's rules. */
  public static BoilerplateClassifier standard() {
    return Holder.DEFAULT;
  }

  /** The kind of boilerplate {@code line} is, or null when it is article text. */
  public BoilerplateKind classify(String line) {
    int words = HeadingRule.wordCount(line, maxBoundedWords);
    if (words == 0) return null;
    // A paragraph longer than every length-limited rule is only checked against the anchored
    // any-length rules, which need no more than its beginning (most lines are paragraphs).
    String folded = FoldedText.fold(words > maxBoundedWords && line.length() > LONG_LINE_PREFIX
        ? line.substring(0, LONG_LINE_PREFIX) : line).toLowerCase(Locale.ROOT);
    for (Rule r : rules) {
      if (r.maxWords() > 0 && words > r.maxWords()) continue;
      if (r.matches(folded)) return r.kind();
    }
    return null;
  }

  private static List<Rule> load(String resource) {
    List<Rule> rules = new ArrayList<>();
    for (String line : ResourceLines.read(BoilerplateClassifier.class, resource)) {
      String[] f = line.split("\t", 3);
      if (f.length != 3) throw new IllegalStateException(resource + ": expected KIND<TAB>MAX_WORDS<TAB>regex: " + line);
      rules.add(new Rule(BoilerplateKind.valueOf(f[0].strip().toUpperCase(Locale.ROOT)), Integer.parseInt(f[1].strip()),
          Pattern.compile(f[2], Pattern.UNICODE_CHARACTER_CLASS), LiteralHints.of(f[2])));
    }
    return List.copyOf(rules);
  }
}
