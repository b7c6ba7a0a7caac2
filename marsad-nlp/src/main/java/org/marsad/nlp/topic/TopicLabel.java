package org.marsad.nlp.topic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.marsad.text.ArabicNormalizer;

/**
 * Marsad's product topic taxonomy: one label per article. It mixes two axes the way Arabic
 * newsrooms file their copy: subject desks (economy, sports, …) and the geography desks
 * {@link #LOCAL} (محليات, the publisher's own country) and {@link #INTERNATIONAL} (دولي). The
 * mapping of each training dataset onto it is in docs/topics.md.
 */
public enum TopicLabel {
  POLITICS("politics", "سياسة"),
  INTERNATIONAL("international", "دولي"),
  LOCAL("local", "محليات"),
  ECONOMY("economy", "اقتصاد"),
  SPORTS("sports", "رياضة"),
  CULTURE_ARTS("culture-arts", "ثقافة وفنون"),
  SOCIETY("society", "مجتمع"),
  HEALTH("health", "صحة"),
  SCIENCE_TECHNOLOGY("science-technology", "علوم وتقنية"),
  RELIGION("religion", "دين"),
  ENVIRONMENT("environment", "بيئة"),
  CRIME_SECURITY("crime-security", "جريمة وأمن"),
  EDUCATION("education", "تعليم"),
  OTHER("other", "منوعات");

  private final String key;
  private final String arabic;

  TopicLabel(String key, String arabic) {
    this.key = key;
    this.arabic = arabic;
  }

  /** The stable key used in JSON, the index and the model ("culture-arts"). */
  public String key() {
    return key;
  }

  /** The Arabic desk name shown to readers ("ثقافة وفنون"). */
  public String arabic() {
    return arabic;
  }

  /**
   * The label a reader may type for a topic: its key ({@code sports}, also {@code sport}, or one part
   * of a two-part key: {@code culture}) or its Arabic desk name in the forms a reader types, derived
   * from {@link #arabic()}: any spelling search folds alike, with or without ال on each word,
   * {@code وال}/{@code و} between words ({@code "الثقافة والفنون"}), one word of a two-word desk
   * ({@code ثقافة}, {@code أمن}) and the nisba adjective ({@code اقتصادي}, {@code السياسية},
   * {@code محلي}); empty for anything else (and for a form two desks share).
   */
  public static Optional<TopicLabel> byName(String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    String k = name.strip().toLowerCase(Locale.ROOT);
    for (TopicLabel l : values()) if (l.key.equals(k)) return Optional.of(l);
    Set<TopicLabel> found = Names.BY_FORM.getOrDefault(String.join(" ", words(name)), Set.of());
    if (found.isEmpty()) found = Names.BY_FORM.getOrDefault(k, Set.of());
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /** Every label as "key (desk name)", for an error message that lists what {@link #byName} takes. */
  public static String knownNames() {
    StringBuilder b = new StringBuilder();
    for (TopicLabel l : values()) b.append(b.length() > 0 ? ", " : "").append(l.key).append(" (").append(l.arabic).append(')');
    return b.toString();
  }

  /** The forms of each label's names, built once from the taxonomy (not a word list of its own). */
  private static final class Names {
    static final Map<String, Set<TopicLabel>> BY_FORM = build();

    private static Map<String, Set<TopicLabel>> build() {
      Map<String, Set<TopicLabel>> forms = new HashMap<>();
      for (TopicLabel l : values()) {
        List<String> words = words(l.arabic);
        add(forms, String.join(" ", words), l);
        for (String w : words) {
          add(forms, w, l);
          for (String n : nisba(w)) add(forms, n, l);
        }
        for (String part : l.key.split("-")) {
          add(forms, part, l);
          if (part.endsWith("s") && part.length() > 4) add(forms, part.substring(0, part.length() - 1), l); // sport, art
        }
      }
      return forms;
    }

    private static void add(Map<String, Set<TopicLabel>> forms, String form, TopicLabel l) {
      forms.computeIfAbsent(form, f -> EnumSet.noneOf(TopicLabel.class)).add(l);
    }

    /**
     * The relative adjective of a desk word, masculine and feminine, on match-folded text:
     * سياسه → سياسي, سياسيه; اقتصاد → اقتصادي; محليات → محلي; دولي → دوليه.
     */
    private static List<String> nisba(String w) {
      String base = w.endsWith("ات") && w.length() > 4 ? w.substring(0, w.length() - 2)
          : w.endsWith("ه") && w.length() > 2 ? w.substring(0, w.length() - 1) : w;
      if (base.endsWith("ي")) return List.of(base, base + "ه");
      return List.of(base + "ي", base + "يه");
    }
  }

  /**
   * A name's words as compared: match-folded, a lone و (and) dropped, و glued to a later word and a
   * leading ال removed ({@code "الثقافة والفنون"} → ثقافه فنون).
   */
  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : ArabicNormalizer.match(name.strip()).split("\\s+")) {
      if (w.isEmpty() || w.equals("و")) continue;
      if (!out.isEmpty() && w.startsWith("و") && w.length() > 3) w = w.substring(1);
      if (w.startsWith("ال") && w.length() > 3) w = w.substring(2);
      out.add(w);
    }
    return out;
  }

  /** The label with this key; IllegalArgumentException for an unknown key. */
  public static TopicLabel ofKey(String key) {
    String k = key.strip().toLowerCase(Locale.ROOT);
    for (TopicLabel l : values()) if (l.key.equals(k)) return l;
    throw new IllegalArgumentException("Unknown topic label: " + key);
  }
}
