package org.marsad.nlp.anatomy;

import java.util.ArrayList;
import java.util.List;

/**
 * Literal strings one of which must occur in any text a regex can match, read off the regex
 * itself: the leading literal run of each top-level alternative (or of each alternative of a
 * leading group). Checking {@code String.contains} first spares running dozens of patterns
 * whose leading alternations Java's regex engine would try at every position of every line.
 * An empty list means "no hint: always run the regex".
 */
final class LiteralHints {
  private static final String META = "\\[](){}.*+?^$|";

  private LiteralHints() {}

  static List<String> of(String regex) {
    String r = skipLookbehind(regex);
    if (r.startsWith("^")) return List.of(); // anchored rules are cheap already
    List<String> alternatives = topLevelAlternatives(r);
    if (alternatives.size() == 1 && r.startsWith("(")) {
      int close = matchingParen(r, 0);
      if (close < 0) return List.of();
      alternatives = topLevelAlternatives(r.substring(r.startsWith("(?:") ? 3 : 1, close));
    }
    List<String> hints = new ArrayList<>();
    for (String alt : alternatives) {
      String lit = leadingLiteral(alt);
      if (lit.isEmpty()) return List.of();
      hints.add(lit);
    }
    return List.copyOf(hints);
  }

  private static String skipLookbehind(String r) {
    if (!r.startsWith("(?<!") && !r.startsWith("(?<=")) return r;
    int close = matchingParen(r, 0);
    return close < 0 ? r : r.substring(close + 1);
  }

  private static List<String> topLevelAlternatives(String r) {
    List<String> out = new ArrayList<>();
    int depth = 0, start = 0;
    boolean inClass = false;
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '\\') { i++; continue; }
      if (inClass) { if (c == ']') inClass = false; continue; }
      if (c == '[') inClass = true;
      else if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (c == '|' && depth == 0) { out.add(r.substring(start, i)); start = i + 1; }
    }
    out.add(r.substring(start));
    return out;
  }

  private static int matchingParen(String r, int open) {
    int depth = 0;
    boolean inClass = false;
    for (int i = open; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '\\') { i++; continue; }
      if (inClass) { if (c == ']') inClass = false; continue; }
      if (c == '[') inClass = true;
      else if (c == '(') depth++;
      else if (c == ')' && --depth == 0) return i;
    }
    return -1;
  }

  /** Literal characters up to the first regex construct; a quantified last char is dropped. */
  private static String leadingLiteral(String alt) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < alt.length(); i++) {
      char c = alt.charAt(i);
      if (c == '\\') {
        if (i + 1 < alt.length() && META.indexOf(alt.charAt(i + 1)) >= 0 || i + 1 < alt.length() && alt.charAt(i + 1) == '/') {
          sb.append(alt.charAt(++i));
          continue;
        }
        break; // \d, \s, \b…: not a literal
      }
      if (META.indexOf(c) >= 0) {
        if ((c == '?' || c == '*' || c == '{') && sb.length() > 0) sb.setLength(sb.length() - 1);
        break;
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
