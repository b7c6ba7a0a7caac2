package org.marsad.nlp.anatomy;

import java.util.HashSet;
import java.util.Set;
import org.marsad.nlp.date.FoldedText;
import org.marsad.nlp.util.ResourceLines;

/**
 * A set of names (agencies, places) compared after folding: match-level normalisation, dots
 * and spaces removed, so that "أ.ف.ب" equals "ا ف ب" and "أبهــا" equals "ابها".
 */
final class NameList {
  private final Set<String> keys = new HashSet<>();

  private NameList() {}

  static NameList load(String resource) {
    NameList list = new NameList();
    for (String line : ResourceLines.read(NameList.class, resource)) list.keys.add(key(line));
    return list;
  }

  boolean contains(String name) {
    return name != null && !name.isBlank() && keys.contains(key(name));
  }

  static String key(String name) {
    String f = FoldedText.fold(name);
    StringBuilder sb = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c != ' ' && c != '.' && c != '·') sb.append(c);
    }
    return sb.toString();
  }
}
