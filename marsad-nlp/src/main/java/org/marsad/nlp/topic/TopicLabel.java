package org.marsad.nlp.topic;

import java.util.Locale;
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
   * The label a reader may type for a topic: its key ({@code sports}) or its Arabic desk name, in
   * any spelling search folds alike and with or without the article ({@code رياضة}, {@code الرياضة},
   * {@code "ثقافة وفنون"}); empty for anything else.
   */
  public static Optional<TopicLabel> byName(String name) {
    if (name == null || name.isBlank()) return Optional.empty();
    String k = name.strip().toLowerCase(Locale.ROOT);
    String arabic = withoutArticle(ArabicNormalizer.match(name.strip()));
    for (TopicLabel l : values()) {
      if (l.key.equals(k) || withoutArticle(ArabicNormalizer.match(l.arabic)).equals(arabic)) return Optional.of(l);
    }
    return Optional.empty();
  }

  /** The words without a leading ال: a desk name is typed both ways (الرياضة, رياضة). */
  private static String withoutArticle(String words) {
    StringBuilder b = new StringBuilder();
    for (String w : words.split("\\s+")) {
      if (b.length() > 0) b.append(' ');
      b.append(w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w);
    }
    return b.toString();
  }

  /** The label with this key; IllegalArgumentException for an unknown key. */
  public static TopicLabel ofKey(String key) {
    String k = key.strip().toLowerCase(Locale.ROOT);
    for (TopicLabel l : values()) if (l.key.equals(k)) return l;
    throw new IllegalArgumentException("Unknown topic label: " + key);
  }
}
