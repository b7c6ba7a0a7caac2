package org.marsad.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.stem.ArabicLightStemmer;

/**
 * Answer-type-aware passage scoring for question queries (session 25, lane answertype25): reads
 * the query's question frame ({@code answer-frames.tsv}: متى → DATE, كم → NUMBER, أين → PLACE,
 * من هو → PERSON …) and scores a document by how much of the query's IDF mass lies within a
 * window of words around a candidate answer of that type (a year or month for DATE, a figure or
 * number word for NUMBER, a listed place or place noun for PLACE, a person-name word for PERSON).
 * A query without a frame gets no bonus: its ranking must stay the store's.
 */
final class AnswerTypeRerank {
  enum Type { DATE, NUMBER, PLACE, PERSON, NAME, OTHER }

  record Frame(Type type, List<String> words) {}

  /** A query read once: its frame (null when none) and its content stems (frame and stop words left out). */
  record Question(Type type, Set<String> stems, boolean definition) {}

  /** Frames that ask what or who something is: the answer is a definition. */
  private static final Set<String> DEFINITION_FRAMES = Set.of("من هو", "من هي", "من هم", "ما هو", "ما هي", "ماهو", "ماهي", "ما معني");

  private final List<Frame> frames = new ArrayList<>();
  private final Map<String, Type> cueWords = new HashMap<>();
  private final Set<String> months = new HashSet<>();
  private final Set<String> numberWords = new HashSet<>();
  private final Set<String> places = new HashSet<>();
  private final Set<String> nameWords = new HashSet<>();
  private final Set<String> stopWords = new HashSet<>();

  AnswerTypeRerank() throws IOException {
    for (String line : lines("/org/marsad/bench/answer-frames.tsv")) {
      String[] cols = line.split("\t");
      // Normalised like the query (متى → متي), so the file can spell frames as people write them.
      frames.add(new Frame(Type.valueOf(cols[0]), words(cols[1])));
    }
    for (String line : lines("/org/marsad/bench/answer-type-words.tsv")) {
      String[] cols = line.split("\t");
      cueWords.put(words(cols[1]).get(0), Type.valueOf(cols[0]));
    }
    for (String line : lines("/org/marsad/nlp/date/months.txt")) months.add(words(line.split("\t")[0]).get(0));
    for (String line : lines("/org/marsad/nlp/ner/number-words.txt")) numberWords.add(words(line).get(0));
    for (String line : lines("/org/marsad/nlp/anatomy/cities.txt")) {
      List<String> w = words(line);
      if (w.size() == 1) places.add(w.get(0));
    }
    for (String line : lines("/org/marsad/nlp/entity/arabic-name-words.txt")) nameWords.add(words(line).get(0));
    for (String line : lines("/org/marsad/text/analysis/stopwords.txt")) stopWords.add(line.strip());
  }

  /** The query's frame and content stems. */
  Question read(String query) {
    List<String> w = words(query);
    Frame best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Frame f : frames) {
      int at = find(w, f.words());
      if (at < 0) continue;
      if (at < bestAt || (at == bestAt && f.words().size() > best.words().size())) {
        best = f;
        bestAt = at;
      }
    }
    Set<String> stems = new HashSet<>();
    for (int i = 0; i < w.size(); i++) {
      if (best != null && i >= bestAt && i < bestAt + best.words().size()) continue;
      String t = w.get(i);
      if (stopWords.contains(t) || t.length() < 2) continue;
      stems.add(ArabicLightStemmer.stem(t));
    }
    // A definition question is the frame first and a short subject: "من هو جبران خليل جبران".
    boolean definition = best != null && bestAt == 0 && DEFINITION_FRAMES.contains(String.join(" ", best.words())) && stems.size() <= 3;
    return new Question(best == null ? null : best.type(), stems, definition);
  }

  private static int find(List<String> w, List<String> frame) {
    for (int i = 0; i + frame.size() <= w.size(); i++) {
      boolean all = true;
      for (int j = 0; j < frame.size() && all; j++) {
        String t = w.get(i + j);
        all = t.equals(frame.get(j)) || (i == 0 && j == 0 && t.length() > 2 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف') && t.substring(1).equals(frame.get(j)));
      }
      if (all) return i;
    }
    return -1;
  }

  /** A document's words, match-normalised, with their light stems. */
  record Doc(List<String> words, List<String> stems) {}

  static Doc doc(String text) {
    List<String> w = words(text);
    List<String> s = new ArrayList<>(w.size());
    for (String t : w) s.add(ArabicLightStemmer.stem(t));
    return new Doc(w, s);
  }

  /**
   * The answer-type score of a document in [0, 1]: the largest share of the query's IDF mass
   * whose stems occur within {@code window} words of one candidate of the frame's type (the
   * candidate itself not a query word); 0 when the query has no checked type or the document no
   * candidate.
   */
  double score(Question q, Doc d, Map<String, Double> idf, double unseenIdf, int window) {
    if (q.type() == null || q.type() == Type.NAME || q.type() == Type.OTHER || q.stems().isEmpty()) return 0;
    double mass = mass(q.stems(), idf, unseenIdf);
    double best = 0;
    for (int i = 0; i < d.words().size(); i++) {
      if (q.stems().contains(d.stems().get(i)) || !isCandidate(q.type(), d.words().get(i))) continue;
      Set<String> near = new HashSet<>();
      for (int j = Math.max(0, i - window); j <= Math.min(d.words().size() - 1, i + window); j++) {
        if (q.stems().contains(d.stems().get(j))) near.add(d.stems().get(j));
      }
      best = Math.max(best, mass(near, idf, unseenIdf) / mass);
    }
    return best;
  }

  /** The largest share of the query's IDF mass within one span of {@code 2 window + 1} words (proximity). */
  static double proximity(Question q, Doc d, Map<String, Double> idf, double unseenIdf, int window) {
    if (q.type() == null || q.stems().isEmpty()) return 0;
    double mass = mass(q.stems(), idf, unseenIdf);
    double best = 0;
    for (int i = 0; i < d.words().size(); i++) {
      if (!q.stems().contains(d.stems().get(i))) continue;
      Set<String> near = new HashSet<>();
      for (int j = i; j <= Math.min(d.words().size() - 1, i + 2 * window); j++) {
        if (q.stems().contains(d.stems().get(j))) near.add(d.stems().get(j));
      }
      best = Math.max(best, mass(near, idf, unseenIdf) / mass);
    }
    return best;
  }

  /**
   * The share of the query's IDF mass within the document's first {@code lead} words: a
   * definition (من هو X، ما هي X) is answered where X opens the passage ("X هو …").
   */
  static double lead(Question q, Doc d, Map<String, Double> idf, double unseenIdf, int lead, boolean definitionsOnly) {
    if (q.type() == null || q.stems().isEmpty() || (definitionsOnly && !q.definition())) return 0;
    Set<String> near = new HashSet<>();
    for (int j = 0; j < Math.min(lead, d.words().size()); j++) {
      if (q.stems().contains(d.stems().get(j))) near.add(d.stems().get(j));
    }
    return mass(near, idf, unseenIdf) / mass(q.stems(), idf, unseenIdf);
  }

  private static double mass(Set<String> stems, Map<String, Double> idf, double unseenIdf) {
    double m = 0;
    for (String s : stems) m += idf.getOrDefault(s, unseenIdf);
    return m;
  }

  boolean isCandidate(Type type, String word) {
    String bare = cutPrefix(word);
    return switch (type) {
      case DATE -> isYear(word) || months.contains(word) || months.contains(bare) || cueWords.get(bare) == Type.DATE;
      case NUMBER -> hasDigit(word) || numberWords.contains(word) || numberWords.contains(bare);
      case PLACE -> places.contains(word) || places.contains(bare) || cueWords.get(bare) == Type.PLACE;
      case PERSON -> nameWords.contains(word) || nameWords.contains(bare);
      default -> false;
    };
  }

  /** One leading و ب ف ل, then ال, cut (وبالقاهره keeps بالقاهره; enough for candidates). */
  private static String cutPrefix(String w) {
    String s = w;
    if (s.length() > 3 && "وبفل".indexOf(s.charAt(0)) >= 0) s = s.substring(1);
    if (s.length() > 3 && s.startsWith("ال")) s = s.substring(2);
    return s;
  }

  private static boolean isYear(String w) {
    String digits = w.replaceAll("[^0-9]", "");
    if (digits.length() < 3 || digits.length() > 4 || digits.length() < w.length() - 2) return false;
    int v = Integer.parseInt(digits);
    return v >= 100 && v <= 2100;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return true;
    return false;
  }

  /** Match-normalised words (Arabic-Indic digits become ASCII): runs of letters and digits. */
  static List<String> words(String text) {
    String m = ArabicNormalizer.match(text);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= m.length(); i++) {
      boolean in = i < m.length() && Character.isLetterOrDigit(m.charAt(i));
      if (in && start < 0) start = i;
      if (!in && start >= 0) {
        out.add(m.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  private static List<String> lines(String resource) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = AnswerTypeRerank.class.getResourceAsStream(resource)) {
      if (in == null) throw new IOException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line.strip());
      }
    }
    return out;
  }
}
