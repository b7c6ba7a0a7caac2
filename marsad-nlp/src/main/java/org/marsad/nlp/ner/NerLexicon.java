package org.marsad.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.text.ArabicNormalizer;

/**
 * Word lists behind the tagger's lexical features, stored inside the model so a model file is
 * self-contained. Everything is keyed by match-normalised words and holds a bit mask of
 * {@link EntityType}s:
 * <ul>
 *   <li><b>name words</b>: words that occur in gazetteer names, split into the first word of a
 *       name and later words (derived from a gazetteer at training time: single words and
 *       their types only, never the name pairs themselves);</li>
 *   <li><b>triggers</b>: words that often come right before an entity of a type ({@code السيد},
 *       {@code وزارة}, {@code مدينة}), counted in the training data and seeded with a short
 *       hand list;</li>
 *   <li><b>seen entity words</b>: {@link SeenNames}, built from the training data;</li>
 *   <li><b>word classes</b>: {@link WordClusters} learnt from unlabelled news, when given at
 *       training time;</li>
 *   <li><b>Brown clusters</b>: {@link BrownClusters} paths of stems, when given at training time.</li>
 * </ul>
 */
public final class NerLexicon {
  private static final int MIN_TRIGGER_COUNT = 3;
  private static final double MIN_TRIGGER_RATIO = 0.3;

  /** Hand-seeded triggers: titles and kinds of places/bodies that precede names in news. */
  private static final Map<EntityType, List<String>> SEED_TRIGGERS = Map.of(
      EntityType.PERS, List.of("السيد", "السيده", "الرئيس", "الوزير", "وزير", "الملك", "الامير", "الشيخ",
          "الدكتور", "د", "العقيد", "اللواء", "العميد", "الجنرال", "المستشار", "النائب", "رئيس", "نظيره",
          "نظيرته", "المتحدث", "الناطق", "السفير", "المبعوث", "المندوب", "البابا", "الفنان", "الكاتب",
          "المدرب", "اللاعب", "الرئيسه", "الملكه", "الاميره", "القاضي", "المحامي", "الشاعر"),
      EntityType.ORG, List.of("وزاره", "شركه", "جامعه", "منظمه", "حركه", "حزب", "جمعيه", "مؤسسه",
          "وكاله", "هيئه", "مجلس", "اتحاد", "بنك", "مصرف", "صحيفه", "قناه", "نادي", "فريق", "جبهه",
          "تنظيم", "لجنه", "معهد", "مركز", "مجموعه"),
      EntityType.LOC, List.of("مدينه", "محافظه", "ولايه", "منطقه", "اقليم", "بلده", "قريه", "جزيره",
          "جزر", "نهر", "بحر", "جبل", "بحيره", "عاصمه", "دوله", "جمهوريه", "مملكه", "اماره", "مقاطعه",
          "ضاحيه", "حي", "مخيم", "بلاد", "شمال", "جنوب", "شرق", "غرب", "وسط"));

  private final Map<String, Integer> firstWords;
  private final Map<String, Integer> laterWords;
  private final Map<String, Integer> triggers;
  private final SeenNames seen;
  private final Map<String, Integer> clusters; // (coarse << 16) | fine
  private final Map<String, Integer> brown; // clustered form -> packed path (BrownClusters.pack)

  private NerLexicon(Map<String, Integer> firstWords, Map<String, Integer> laterWords, Map<String, Integer> triggers,
      Map<String, Integer> seen, Map<String, Integer> clusters, Map<String, Integer> brown) {
    this.firstWords = firstWords;
    this.laterWords = laterWords;
    this.triggers = triggers;
    this.seen = new SeenNames(seen);
    this.clusters = clusters;
    this.brown = brown;
  }

  /** The Brown cluster path of a stem ({@link BrownClusters#form}), or null. */
  String brownPath(String stem) {
    Integer p = brown.get(stem);
    return p == null ? null : BrownClusters.unpack(p);
  }

  /** True if the lexicon carries Brown clusters (models trained with a Brown {@code --clusters} file). */
  boolean hasBrown() {
    return !brown.isEmpty();
  }

  /** This lexicon without its Brown clusters. */
  NerLexicon withoutBrown() {
    return new NerLexicon(firstWords, laterWords, triggers, seen.masks(), clusters, Map.of());
  }

  /** True if the lexicon carries word classes (models trained with {@code --clusters}). */
  boolean hasClusters() {
    return !clusters.isEmpty();
  }

  /** The word class of {@code word} (match-normalised) as {@code (coarse << 16) | fine}, or -1. */
  int cluster(String word) {
    Integer c = clusters.get(word);
    return c == null ? -1 : c;
  }

  /** Words the training data uses inside entities (see {@link SeenNames}). */
  SeenNames seenNames() {
    return seen;
  }

  /** An empty lexicon (features then come from the words alone). */
  public static NerLexicon empty() {
    return new NerLexicon(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** Types whose gazetteer names start with {@code word} (match-normalised). */
  int firstWordMask(String word) {
    return firstWords.getOrDefault(word, 0);
  }

  /** Types whose gazetteer names continue with {@code word}. */
  int laterWordMask(String word) {
    return laterWords.getOrDefault(word, 0);
  }

  /** Types that {@code word} (without conjunction) tends to precede. */
  int triggerMask(String word) {
    return triggers.getOrDefault(word, 0);
  }

  /** Sizes, for logs and docs. */
  public String describe() {
    return firstWords.size() + " first name words, " + laterWords.size() + " later name words, "
        + triggers.size() + " triggers, " + seen.masks().size() + " seen entity words, " + clusters.size() + " classified words, " + brown.size() + " Brown-clustered words";
  }

  /** Serialised form: one {@code kind<TAB>word<TAB>mask} line per entry, sorted (stable bytes). */
  byte[] toBytes() {
    StringBuilder sb = new StringBuilder();
    append(sb, 'f', firstWords);
    append(sb, 'l', laterWords);
    append(sb, 't', triggers);
    append(sb, 's', seen.masks());
    append(sb, 'c', clusters);
    append(sb, 'b', brown);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void append(StringBuilder sb, char kind, Map<String, Integer> m) {
    for (Map.Entry<String, Integer> e : new TreeMap<>(m).entrySet()) {
      sb.append(kind).append('\t').append(e.getKey()).append('\t').append(e.getValue()).append('\n');
    }
  }

  /** Reads {@link #toBytes()} output. */
  static NerLexicon fromBytes(byte[] bytes) {
    Map<String, Integer> f = new HashMap<>(), l = new HashMap<>(), t = new HashMap<>(), s = new HashMap<>(), c = new HashMap<>(),
        b = new HashMap<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      String[] p = line.split("\t");
      if (p.length != 3) continue;
      Map<String, Integer> m = switch (p[0]) {
        case "f" -> f;
        case "l" -> l;
        case "t" -> t;
        case "s" -> s;
        case "c" -> c;
        case "b" -> b;
        default -> throw new IllegalArgumentException("bad lexicon line: " + line);
      };
      m.put(p[1], Integer.parseInt(p[2]));
    }
    return new NerLexicon(f, l, t, s, c, b);
  }

  /** Builds a lexicon from training sentences and, optionally, a gazetteer. */
  public static final class Builder {
    private final Map<String, Integer> firstWords = new HashMap<>();
    private final Map<String, Integer> laterWords = new HashMap<>();
    private final Map<String, int[]> triggerCounts = new HashMap<>();
    private final Map<String, Integer> wordCounts = new HashMap<>();
    private Map<String, Integer> seen = Map.of();
    private Map<String, Integer> clusters = Map.of();
    private Map<String, Integer> brown = Map.of();

    /** Adds Brown clusters learnt from unlabelled text. */
    public Builder addBrown(BrownClusters b) {
      brown = b.packed();
      return this;
    }

    /** Adds word classes learnt from unlabelled text. */
    public Builder addClusters(WordClusters c) {
      clusters = c.packed();
      return this;
    }

    /** Counts which words precede the start of each entity type (the trigger lists). */
    public Builder addTrainingSentences(List<TaggedSentence> sentences) {
      seen = SeenNames.build(sentences).masks();
      for (TaggedSentence s : sentences) {
        String[] tags = s.tags();
        for (int i = 0; i + 1 < s.size(); i++) {
          String w = ArabicClitics.withoutConjunction(ArabicNormalizer.match(s.tokens()[i]));
          wordCounts.merge(w, 1, Integer::sum);
          if (tags[i + 1].startsWith("B-")) {
            EntityType t = EntityType.parse(tags[i + 1].substring(2));
            if (t != null) triggerCounts.computeIfAbsent(w, k -> new int[EntityType.values().length])[t.ordinal()]++;
          }
        }
      }
      return this;
    }

    /**
     * Adds the words of an ANETAC-style gazetteer ({@code CLASS english… arabic…} per line;
     * PERSON, LOCATION, ORGANIZATION). Only Arabic-script words and their types are kept.
     */
    public Builder addGazetteer(Path file) throws IOException {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          int sp = line.indexOf(' ');
          if (sp < 0) continue;
          EntityType type = switch (line.substring(0, sp)) {
            case "PERSON" -> EntityType.PERS;
            case "LOCATION" -> EntityType.LOC;
            case "ORGANIZATION" -> EntityType.ORG;
            default -> null;
          };
          if (type == null) continue;
          addName(type, arabicWords(line.substring(sp + 1)));
        }
      }
      return this;
    }

    /** Adds one name (its words in order) of a type. */
    public Builder addName(EntityType type, List<String> words) {
      for (int i = 0; i < words.size(); i++) {
        String w = ArabicNormalizer.match(words.get(i));
        if (w.length() < 2) continue;
        (i == 0 ? firstWords : laterWords).merge(w, type.bit(), (a, b) -> a | b);
      }
      return this;
    }

    private static List<String> arabicWords(String s) {
      java.util.ArrayList<String> out = new java.util.ArrayList<>();
      for (String w : s.split(" ")) {
        if (!w.isEmpty() && w.charAt(0) >= '\u0600' && w.charAt(0) <= '\u06FF') out.add(w);
      }
      return out;
    }

    public NerLexicon build() {
      Map<String, Integer> triggers = new HashMap<>();
      SEED_TRIGGERS.forEach((t, ws) -> ws.forEach(w -> triggers.merge(w, t.bit(), (a, b) -> a | b)));
      triggerCounts.forEach((w, counts) -> {
        int total = wordCounts.getOrDefault(w, 0);
        for (EntityType t : EntityType.values()) {
          int c = counts[t.ordinal()];
          if (c >= MIN_TRIGGER_COUNT && c >= MIN_TRIGGER_RATIO * total) triggers.merge(w, t.bit(), (a, b) -> a | b);
        }
      });
      return new NerLexicon(Map.copyOf(firstWords), Map.copyOf(laterWords), Map.copyOf(triggers), seen, Map.copyOf(clusters), Map.copyOf(brown));
    }
  }
}
