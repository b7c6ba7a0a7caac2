package org.marsad.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/** An entity as a token span ({@code start} inclusive, {@code end} exclusive) with its type. */
public record EntitySpan(int start, int end, EntityType type) {

  /**
   * The entities of an IOB2 tag sequence, read as conlleval does: an {@code I-X} that does not
   * continue an entity of type X starts a new one.
   */
  public static List<EntitySpan> fromTags(String[] tags) {
    List<EntitySpan> out = new ArrayList<>();
    int start = -1;
    EntityType cur = null;
    for (int i = 0; i <= tags.length; i++) {
      String t = i < tags.length ? tags[i] : "O";
      EntityType type = t.length() > 2 ? EntityType.parse(t.substring(2)) : null;
      boolean continues = type != null && t.startsWith("I-") && type == cur;
      if (cur != null && !continues) {
        out.add(new EntitySpan(start, i, cur));
        cur = null;
      }
      if (type != null && !continues) {
        cur = type;
        start = i;
      }
    }
    return out;
  }

  /** IOB2 tags for entities over {@code n} tokens. */
  public static String[] toTags(List<EntitySpan> spans, int n) {
    String[] tags = new String[n];
    java.util.Arrays.fill(tags, "O");
    for (EntitySpan s : spans) {
      tags[s.start()] = "B-" + s.type();
      for (int i = s.start() + 1; i < s.end(); i++) tags[i] = "I-" + s.type();
    }
    return tags;
  }
}
