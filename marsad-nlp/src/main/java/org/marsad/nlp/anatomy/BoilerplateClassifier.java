package org.marsad.nlp.anatomy;

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
 * {@code KIND, MAX_WORDS, regex} per line, tried in order on the folded line. Thread-safe.
 */
public final class BoilerplateClassifier {
  private record Rule(BoilerplateKind kind, int maxWords, Pattern pattern) {}

  private static final class Holder {
    static final BoilerplateClassifier DEFAULT = new BoilerplateClassifier(load("boilerplate.txt"));
  }

  private final List<Rule> rules;

  private BoilerplateClassifier(List<Rule> rules) {
    this.rules = rules;
  }

  /** The classifier with Marsad's rules. */
  public static BoilerplateClassifier standard() {
    return Holder.DEFAULT;
  }

  /** The kind of boilerplate {@code line} is, or null when it is article text. */
  public BoilerplateKind classify(String line) {
    String folded = FoldedText.fold(line);
    if (folded.isEmpty()) return null;
    int words = folded.split("\\s+").length;
    for (Rule r : rules) {
      if (r.maxWords() > 0 && words > r.maxWords()) continue;
      if (r.pattern().matcher(folded).find()) return r.kind();
    }
    return null;
  }

  private static List<Rule> load(String resource) {
    List<Rule> rules = new ArrayList<>();
    for (String line : ResourceLines.read(resource)) {
      String[] f = line.split("\t", 3);
      if (f.length != 3) throw new IllegalStateException(resource + ": expected KIND<TAB>MAX_WORDS<TAB>regex: " + line);
      rules.add(new Rule(BoilerplateKind.valueOf(f[0].strip().toUpperCase(Locale.ROOT)), Integer.parseInt(f[1].strip()),
          Pattern.compile(f[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)));
    }
    return List.copyOf(rules);
  }
}
