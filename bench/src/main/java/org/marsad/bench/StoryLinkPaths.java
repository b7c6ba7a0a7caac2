package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.StoryInput;
import org.marsad.nlp.util.ResourceLines;

/**
 * The link path that holds each hand-judged pair of one story together (session 26, lane stories26): the events of
 * the two articles, up to the event both descend from by links ({@link StoryClusterer.EventTrace#linkedEventId}),
 * and for each link on the way what it rested on ({@link StoryClusterer.LinkEvidence}: the text cosine and its
 * words, the shared entity ids). Then counts the links on the paths of {@code other} pairs (those on no path of an
 * {@code event} or {@code story} pair apart, the links that can only be wrong) by kind of evidence, and the words
 * that carry them. Run from {@link StoryDevPurity} with {@code -Dpaths=true}.
 */
final class StoryLinkPaths {
  /** One link: the event it brought in, and its trace. */
  private record Link(String storyId, StoryClusterer.EventTrace child) {}

  private final StoryClusterer clusterer;
  private final Map<String, StoryVariants.Input> byId;
  private final Predicate<String> sectionWord;
  private final Set<String> dateWords;
  private final Map<String, Map<String, StoryClusterer.EventTrace>> traces = new HashMap<>();

  StoryLinkPaths(StoryClusterer clusterer, Map<String, StoryVariants.Input> byId, Predicate<String> sectionWord) {
    this.clusterer = clusterer;
    this.byId = byId;
    this.sectionWord = sectionWord;
    this.dateWords = terms(ResourceLines.read(StoryLinkPaths.class, "date-words.txt"));
  }

  /** Words as story terms (normalised as the clusterer's vectors are). */
  static Set<String> terms(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) out.addAll(StoryClusterer.prepare(new StoryInput("w", "", w, null, null, Set.of())).termFrequencies().keySet());
    return out;
  }

  void report(Path judgments) throws IOException {
    Map<Link, List<String>> otherLinks = new LinkedHashMap<>();
    Set<String> sameLinks = new HashSet<>();
    Map<Link, List<String>> sameLinkPairs = new LinkedHashMap<>();
    int otherPairs = 0, otherInOneEvent = 0;
    System.out.printf(Locale.ROOT, "%nlink paths of the judged pairs held together (%s):%n", judgments);
    for (String line : Files.readAllLines(judgments)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      if (f.length < 3 || !byId.containsKey(f[0]) || !byId.containsKey(f[1])) continue;
      String[] ea = clusterer.eventOf(f[0]).split("/"), eb = clusterer.eventOf(f[1]).split("/");
      if (!ea[0].equals(eb[0])) continue;
      List<Link> path = path(ea[0], ea[1], eb[1]);
      boolean other = f[2].equals("other");
      if (other) {
        otherPairs++;
        if (path.isEmpty()) otherInOneEvent++;
        for (Link l : path) otherLinks.computeIfAbsent(l, k -> new ArrayList<>()).add(f[0] + " " + f[1]);
        System.out.printf(Locale.ROOT, "PATH other %s %s (%s) %d links | %s | %s%n", f[0], f[1], f.length > 3 ? f[3] : "",
            path.size(), cut(byId.get(f[0]).in().title(), 60), cut(byId.get(f[1]).in().title(), 60));
        for (Link l : path) System.out.println("    " + describe(l));
      } else if (f[2].equals("event") || f[2].equals("story")) {
        for (Link l : path) {
          sameLinks.add(l.child().eventId());
          sameLinkPairs.computeIfAbsent(l, k -> new ArrayList<>()).add(f[0] + " " + f[1]);
        }
      }
    }
    List<Link> wrongOnly = otherLinks.keySet().stream().filter(l -> !sameLinks.contains(l.child().eventId())).toList();
    System.out.printf(Locale.ROOT, "%n%d other pairs together (%d within one event); %d distinct links on their paths, "
        + "%d of them on no event/story pair's path%n", otherPairs, otherInOneEvent, otherLinks.size(), wrongOnly.size());
    tally("links on other pairs' paths", new ArrayList<>(otherLinks.keySet()), otherLinks);
    tally("links only on other pairs' paths", wrongOnly, otherLinks);
    Set<String> otherIds = new HashSet<>();
    for (Link l : otherLinks.keySet()) otherIds.add(l.child().eventId());
    List<Link> rightOnly = sameLinkPairs.keySet().stream().filter(l -> !otherIds.contains(l.child().eventId())).toList();
    tally("links only on event/story pairs' paths (for contrast)", rightOnly, sameLinkPairs);
  }

  /** The links between two events of one story: from each up to the first event both descend from. */
  private List<Link> path(String storyId, String a, String b) {
    Map<String, StoryClusterer.EventTrace> t = traces.computeIfAbsent(storyId, s -> {
      Map<String, StoryClusterer.EventTrace> m = new HashMap<>();
      for (StoryClusterer.EventTrace e : clusterer.trace(s)) m.put(e.eventId(), e);
      return m;
    });
    List<String> up = ancestors(t, a);
    Set<String> upB = new LinkedHashSet<>(ancestors(t, b));
    List<Link> out = new ArrayList<>();
    String common = null;
    for (String e : up) {
      if (upB.contains(e)) { common = e; break; }
      out.add(new Link(storyId, t.get(e)));
    }
    for (String e : upB) {
      if (e.equals(common)) break;
      out.add(new Link(storyId, t.get(e)));
    }
    return out;
  }

  private static List<String> ancestors(Map<String, StoryClusterer.EventTrace> t, String event) {
    List<String> out = new ArrayList<>();
    for (String e = event; e != null && t.containsKey(e); e = t.get(e).linkedEventId()) out.add(e);
    return out;
  }

  /** What can be said of a link's evidence, each independently (a link may have several or none of these). */
  List<String> flags(StoryClusterer.EventTrace e) {
    StoryClusterer.LinkEvidence ev = e.evidence();
    List<String> out = new ArrayList<>();
    if (ev == null) return List.of("no evidence (restored)");
    double cos = Math.max(ev.cosine(), 1e-9);
    if (e.agreement() >= 1) out.add("A young story: no other event in the window, agreement not checked");
    else if (e.agreement() < 0.12) out.add("B agreement under 0.12 (bar 0.10)");
    if (0.25 * ev.entityOverlap() >= 0.75 * ev.cosine()) out.add("C entity part of the score above the text part");
    if (ev.sectionPart() / cos >= 1.0 / 3) out.add("D section words a third of the cosine or more");
    if (!ev.terms().isEmpty() && ev.terms().get(0).getValue() / cos >= 1.0 / 3) out.add("E one word a third of the cosine or more");
    String kinds = entityKind(ev);
    if (kinds.equals("none")) out.add("F no entity id shared");
    else if (kinds.equals("loc")) out.add("F places only shared");
    else if (!kinds.contains("pers") && !kinds.contains("org")) out.add("F places/misc only shared");
    for (Map.Entry<String, Double> p : ev.terms().subList(0, Math.min(3, ev.terms().size()))) {
      if (dateWords.contains(p.getKey())) { out.add("G a date word among the top 3"); break; }
    }
    if (e.linkScore() < 0.16) out.add("H link score under 0.16 (bar 0.12)");
    return out;
  }

  String kind(StoryClusterer.LinkEvidence ev) {
    if (ev == null) return "no evidence";
    double cos = Math.max(ev.cosine(), 1e-9);
    if (0.25 * ev.entityOverlap() >= 0.75 * ev.cosine()) return "entities";
    if (ev.sectionPart() / cos >= 1.0 / 3) return "section words";
    return "subject words";
  }

  /** The kinds of entity ids a link shares (none, places only, an organisation, a person…). */
  static String entityKind(StoryClusterer.LinkEvidence ev) {
    if (ev == null) return "-";
    Set<String> kinds = new java.util.TreeSet<>();
    for (String id : ev.sharedEntities()) kinds.add(id.contains("-") ? id.substring(0, id.indexOf('-')) : id);
    return kinds.isEmpty() ? "none" : String.join("+", kinds);
  }

  private void tally(String title, List<Link> links, Map<Link, List<String>> pairsOf) {
    Map<String, int[]> byKind = new TreeMap<>(), byEntities = new TreeMap<>();
    Map<String, double[]> words = new HashMap<>(); // word → {links where it is the top word, links among top 3, summed cosine part, pairs}
    for (Link l : links) {
      StoryClusterer.LinkEvidence ev = l.child().evidence();
      int pairs = pairsOf.get(l).size();
      for (String f : flags(l.child())) count(byKind, f, pairs);
      count(byEntities, entityKind(ev), pairs);
      if (ev == null) continue;
      for (int i = 0; i < ev.terms().size(); i++) {
        double[] w = words.computeIfAbsent(ev.terms().get(i).getKey(), k -> new double[4]);
        if (i == 0) { w[0]++; w[3] += pairs; }
        if (i < 3) w[1]++;
        w[2] += ev.terms().get(i).getValue();
      }
    }
    double[] mean = new double[5];
    for (Link l : links) {
      StoryClusterer.EventTrace e = l.child();
      if (e.evidence() == null) continue;
      mean[0] += e.linkScore(); mean[1] += e.agreement() >= 1 ? 0 : e.agreement(); mean[2] += e.evidence().cosine();
      mean[3] += e.evidence().entityOverlap(); mean[4] += e.evidence().sectionPart() / Math.max(e.evidence().cosine(), 1e-9);
    }
    int size = Math.max(1, links.size());
    System.out.printf(Locale.ROOT, "%n%s (%d): mean link %.3f, agreement (checked ones, unchecked as 0) %.3f, cosine %.3f, "
        + "entity overlap %.3f, section words' share of the cosine %.3f%n", title, links.size(), mean[0] / size, mean[1] / size,
        mean[2] / size, mean[3] / size, mean[4] / size);
    System.out.printf(Locale.ROOT, "  by evidence (links, pairs through them; a link may count under several):%n");
    byKind.forEach((k, n) -> System.out.printf(Locale.ROOT, "  KIND  %4d %4d  %s%n", n[0], n[1], k));
    System.out.printf(Locale.ROOT, "  by the kinds of entity id shared:%n");
    byEntities.forEach((k, n) -> System.out.printf(Locale.ROOT, "  ENT   %4d %4d  %s%n", n[0], n[1], k));
    System.out.printf(Locale.ROOT, "  words (top word of N links, among the top 3 of N links, summed cosine part, pairs through the links it tops):%n");
    words.entrySet().stream()
        .sorted((x, y) -> x.getValue()[0] != y.getValue()[0] ? Double.compare(y.getValue()[0], x.getValue()[0])
            : Double.compare(y.getValue()[2], x.getValue()[2]))
        .limit(30)
        .forEach(e -> System.out.printf(Locale.ROOT, "  WORD  %3.0f %3.0f %6.3f %4.0f  %s%s%s%n", e.getValue()[0], e.getValue()[1],
            e.getValue()[2], e.getValue()[3], e.getKey(), sectionWord.test(e.getKey()) ? " (section)" : "",
            dateWords.contains(e.getKey()) ? " (date)" : ""));
  }

  private static void count(Map<String, int[]> m, String key, int pairs) {
    int[] n = m.computeIfAbsent(key, k -> new int[2]);
    n[0]++;
    n[1] += pairs;
  }

  private String describe(Link l) {
    StoryClusterer.EventTrace e = l.child();
    StoryClusterer.LinkEvidence ev = e.evidence();
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s <- %s link %.3f agreement %.3f", e.eventId(),
        e.linkedEventId(), e.linkScore(), e.agreement()));
    if (ev != null) {
      b.append(String.format(Locale.ROOT, " cos %.3f (section %.3f) ent %.2f [%s] %s: ", ev.cosine(), ev.sectionPart(),
          ev.entityOverlap(), kind(ev), ev.sharedEntities()));
      for (Map.Entry<String, Double> p : ev.terms().subList(0, Math.min(6, ev.terms().size()))) {
        b.append(String.format(Locale.ROOT, "%s %.3f  ", p.getKey(), p.getValue()));
      }
    }
    b.append("| ").append(cut(e.titles().isEmpty() ? "" : e.titles().get(0), 50)).append(" -> ").append(cut(e.linkedLabel(), 50));
    return b.toString();
  }

  private static String cut(String s, int n) {
    return s == null ? "" : s.length() > n ? s.substring(0, n) : s;
  }
}
