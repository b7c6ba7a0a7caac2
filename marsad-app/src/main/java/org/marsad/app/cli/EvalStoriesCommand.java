package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.eval.StoriesEvaluation;
import org.marsad.app.Marsad;
import org.marsad.nlp.story.BCubed;
import org.marsad.nlp.story.StoryClusterer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval stories}: B-cubed of story clustering on the hand-labelled gold set. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Score story clustering against the hand-labelled SaudiNewsNet gold set (B-cubed P/R/F1).",
      "Clusters every SaudiNewsNet article of the gold set's days into stories (in publication order)",
      "and prints B-cubed precision, recall and F1 over the labelled articles, at story and event level."
    })
public final class EvalStoriesCommand implements Callable<Integer> {
  @Option(names = "--saudinewsnet", paramLabel = "DIR", defaultValue = "../shared/data/saudinewsnet",
      description = "SaudiNewsNet folder (default: ${DEFAULT-VALUE})")
  Path corpusDir;

  @Option(names = "--days", split = ",", defaultValue = "2015-08-10,2015-08-11",
      description = "Days to cluster, comma-separated (default: ${DEFAULT-VALUE})")
  List<String> days;

  @Option(names = "--gold", paramLabel = "FILE", description = "Gold TSV url<TAB>story<TAB>event (default: the shipped set)")
  Path gold;

  @Option(names = "--split",
      description = {"Gold half to score: dev (for choosing thresholds), test or all (default: test; all for a",
          "judging file, one whose header has a line beginning '" + StoriesEvaluation.JUDGING_SET_MARKER + "': it has no halves)"})
  String split;

  @Option(names = "--link", description = "Story link threshold (default: the clusterer's)")
  Double link;

  @Option(names = "--join", description = "Join threshold (default: the clusterer's)")
  Double join;

  @Option(names = "--link-entity-floor", paramLabel = "N",
      description = "At the link step, divide the entity overlap by at least N ids (default: the clusterer's; 1 = no floor)")
  Integer linkEntityFloor;

  @Option(names = "--story-agreement", paramLabel = "X",
      description = "A link also needs the article's mean link similarity to the story's largest events >= X (default: the clusterer's; 0 = no check)")
  Double storyAgreement;

  @Option(names = "--subject-share", paramLabel = "X",
      description = "A new event continues a broad story only when it shares with the linked event an id named by at most this share of the stream outside the story (default: the clusterer's; 0 = no check)")
  Double subjectShare;

  @Option(names = "--subjectless", paramLabel = "ANSWER",
      description = "With --subject-share on (required), what a link with no subject to ask about does: REFUSE, TEXT_ONLY_PASSES (no shared id) or NO_SUBJECT_PASSES (the article names no rare id) (default: the clusterer's)")
  StoryClusterer.Settings.Subjectless subjectless;

  @Option(names = "--young-story-link", paramLabel = "X",
      description = "The link score a new event needs to continue a story with no other event in its link window (default: the clusterer's; 0 = the link threshold)")
  Double youngStoryLink;

  @Option(names = "--section-free-anchor", paramLabel = "X",
      description = "The cosine a new event needs with its story's first event once the section words (match, shares, audience…) are left out (default: the clusterer's; 0 = off)")
  Double sectionFreeAnchor;

  @Option(names = "--section-free-link", paramLabel = "X",
      description = "The link score a new event needs once the section words' part of its text cosine is taken off (default: the clusterer's; 0 = off)")
  Double sectionFreeLink;

  @Option(names = "--sweep", description = "Score a grid of join × link thresholds (for choosing them on --split dev)")
  boolean sweep;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(names = "--restart-daily", description = {
      "Also cluster with the state saved and reopened at every change of day (one ingest process per day)",
      "and print those scores too (JSON: restartedDaily {story, event, stories})."})
  boolean restartDaily;

  @Option(names = "--explain", description = "Diagnostic: print every gold story of the split with its articles' predicted story/event and entity ids.")
  boolean explain;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<Path> corpus = new ArrayList<>();
    for (String d : days) {
      Path p = corpusDir.resolve(d + ".zip");
      if (!Files.isRegularFile(p)) throw new IllegalArgumentException(p + ": no such SaudiNewsNet day file");
      corpus.add(p);
    }
    StoryClusterer.Settings s = StoryClusterer.Settings.defaults();
    s = new StoryClusterer.Settings(join != null ? join : s.joinThreshold(), link != null ? link : s.linkThreshold(),
        s.entityWeight(), s.eventWindow(), s.linkWindow(), linkEntityFloor != null ? linkEntityFloor : s.linkEntityFloor(),
        storyAgreement != null ? storyAgreement : s.storyAgreement());
    s = s.withYoungStoryLink(youngStoryLink != null ? youngStoryLink : StoryClusterer.Settings.defaults().youngStoryLink());
    s = s.withSectionFreeAnchor(sectionFreeAnchor != null ? sectionFreeAnchor : StoryClusterer.Settings.defaults().sectionFreeAnchor());
    s = s.withSectionFreeLink(sectionFreeLink != null ? sectionFreeLink : StoryClusterer.Settings.defaults().sectionFreeLink());
    if (subjectShare != null) s = s.withSubjectShare(subjectShare);
    if (subjectless != null) s = s.withSubjectless(subjectless);
    requireTheRuleFor(subjectless, s);
    Object goldName = gold != null ? gold : "the shipped gold set";
    split = halfToScore(StoriesEvaluation.isJudgingSet(gold), split, goldName);
    List<StoriesEvaluation.GoldLabel> labels = StoriesEvaluation.split(StoriesEvaluation.loadGold(gold), split);
    EvalInputs.requireSome(labels.size(), "labelled articles (split " + split + ")", goldName);
    PrintWriter out = spec.commandLine().getOut();
    List<org.marsad.nlp.article.Article> analysed = StoriesEvaluation.analyze(corpus, Marsad.analyzer());
    // Before any clustering (minutes on a long stream), in every mode: a gold file of other days than
    // --days has nothing to score, and that is an error, not a score or a grid over no article.
    if (StoriesEvaluation.labelledAmong(analysed, labels) == 0) {
      throw new IllegalArgumentException("no labelled article of " + goldName
          + " (split " + split + ") is among the articles of --days " + String.join(",", days));
    }
    if (explain) {
      StoriesEvaluation.explain(analysed, labels, s, out);
      return MarsadCli.EXIT_OK;
    }
    if (sweep) {
      out.printf(Locale.ROOT, "%5s %5s %9s %9s%n", "join", "link", "story F1", "event F1");
      for (double j : new double[] {0.25, 0.30, 0.35, 0.40, 0.45}) {
        for (double l : new double[] {0.12, 0.18, 0.24, 0.30}) {
          StoriesEvaluation.Result g = StoriesEvaluation.cluster(analysed, labels, sweepPoint(s, j, l));
          out.printf(Locale.ROOT, "%5.2f %5.2f %9.4f %9.4f%n", j, l, g.story().f1(), g.event().f1());
        }
      }
      out.flush();
      return MarsadCli.EXIT_OK;
    }
    StoriesEvaluation.Result r = StoriesEvaluation.cluster(analysed, labels, s);
    StoriesEvaluation.Result restarted = null;
    if (restartDaily) {
      Path state = Files.createTempDirectory("marsad-stories");
      try {
        restarted = StoriesEvaluation.cluster(analysed, labels, s, state);
      } finally {
        try (var files = Files.list(state)) {
          for (Path p : files.toList()) Files.delete(p);
        }
        Files.delete(state);
      }
    }
    if (json) {
      ObjectMapper m = new ObjectMapper();
      ObjectNode root = m.createObjectNode();
      root.put("split", split).put("articles", r.articles()).put("labelled", r.labelled()).put("stories", r.stories());
      put(root.putObject("story"), r.story());
      put(root.putObject("event"), r.event());
      ObjectNode base = root.putObject("singletons");
      put(base.putObject("story"), r.singletonsStory());
      put(base.putObject("event"), r.singletonsEvent());
      if (restarted != null) {
        ObjectNode rd = root.putObject("restartedDaily");
        rd.put("stories", restarted.stories());
        put(rd.putObject("story"), restarted.story());
        put(rd.putObject("event"), restarted.event());
      }
      out.println(m.writeValueAsString(root));
    } else {
      out.printf(Locale.ROOT, "%d articles clustered into %d stories; %d labelled articles scored%n", r.articles(), r.stories(), r.labelled());
      out.printf(Locale.ROOT, "%-22s %9s %9s %9s%n", "B-cubed", "precision", "recall", "F1");
      row(out, "marsad vs stories", r.story());
      row(out, "marsad vs events", r.event());
      row(out, "singletons vs stories", r.singletonsStory());
      row(out, "singletons vs events", r.singletonsEvent());
      if (restarted != null) {
        out.printf(Locale.ROOT, "restarted daily (state saved and reopened between days): %d stories%n", restarted.stories());
        row(out, "restarted vs stories", restarted.story());
        row(out, "restarted vs events", restarted.event());
      }
    }
    out.flush();
    return MarsadCli.EXIT_OK;
  }

  /**
   * The gold half to score: {@code asked} (test when not given) for a gold file with dev/test halves;
   * all of a judging file, whose stories are not split by label hash (a default of test would score
   * about half of its rows, with no warning), and dev or test asked of it is refused.
   */
  static String halfToScore(boolean judgingSet, String asked, Object goldName) {
    if (!judgingSet) return asked != null ? asked : "test";
    if (asked != null && !asked.equals("all")) {
      throw new IllegalArgumentException(goldName + " is a judging set (header '" + StoriesEvaluation.JUDGING_SET_MARKER
          + "'): it has no dev/test halves, score it with --split all (the default for it), not --split " + asked);
    }
    return "all";
  }

  /**
   * {@code --subjectless} is read only by the named-subject rule: without a subject share (the rule off,
   * the default) it would score the default clustering under a variant's name, so it is refused.
   */
  static void requireTheRuleFor(StoryClusterer.Settings.Subjectless asked, StoryClusterer.Settings s) {
    if (asked != null && s.subjectShare() <= 0) {
      throw new IllegalArgumentException("--subjectless " + asked + " is read only with the named-subject rule on:"
          + " give --subject-share X (X > 0; the rule is off by default)");
    }
  }

  /** The settings {@code s} at one point of the join × link grid: every other setting, the subject share and the young-story link too, kept. */
  static StoryClusterer.Settings sweepPoint(StoryClusterer.Settings s, double join, double link) {
    return new StoryClusterer.Settings(join, link, s.entityWeight(), s.eventWindow(), s.linkWindow(), s.linkEntityFloor(),
        s.storyAgreement(), s.agreementTextGate(), s.broadStoryTextGate(), s.subjectShare(), s.subjectless(),
        s.broadStoryAgreement(), s.anchorCosine(), s.youngStoryLink(), s.sectionFreeAnchor(), s.sectionFreeLink());
  }

  private static void put(ObjectNode o, BCubed.Score s) {
    o.put("precision", round(s.precision())).put("recall", round(s.recall())).put("f1", round(s.f1()));
  }

  private static void row(PrintWriter out, String name, BCubed.Score s) {
    out.printf(Locale.ROOT, "%-22s %9.4f %9.4f %9.4f%n", name, s.precision(), s.recall(), s.f1());
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
