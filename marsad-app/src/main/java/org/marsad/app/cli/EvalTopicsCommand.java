package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.app.eval.AntCorpus;
import org.marsad.app.eval.AsndCorpus;
import org.marsad.app.eval.ClassificationScores;
import org.marsad.app.eval.EvalReport;
import org.marsad.app.eval.TopicEvaluation;
import org.marsad.nlp.topic.LabelledText;
import org.marsad.nlp.topic.TopicTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad eval topics}: trains per dataset on its train split (ANT: DOCNO number not
 * divisible by 5; ASND: trn) and scores the test split (ANT: divisible by 5; ASND: tst) for
 * Marsad's classifier, naive Bayes and the majority class.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = "Topic classification on ANT and ASND against majority and naive-Bayes baselines.")
public final class EvalTopicsCommand implements Callable<Integer> {
  @Mixin SharedDataOption data;

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Option(names = "--dataset", split = ",", paramLabel = "NAME", description = "ant, asnd or both (default).")
  List<String> datasets = List.of("ant", "asnd");

  @Option(names = "--algorithm", hidden = true) String algorithm = TopicTrainer.ALGORITHM;
  @Option(names = "--iterations", hidden = true) int iterations = TopicTrainer.ITERATIONS;
  @Option(names = "--cutoff", hidden = true) int cutoff = TopicTrainer.CUTOFF;
  @Option(names = "--l2", hidden = true) double l2 = TopicTrainer.L2;
  @Option(names = "--asnd-test", hidden = true, description = "Score ASND on this split (dev while tuning).")
  String asndTest = "tst";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    TopicEvaluation eval = new TopicEvaluation(new TopicTrainer(algorithm, iterations, cutoff, l2));
    Map<String, Map<String, ClassificationScores>> results = new LinkedHashMap<>();
    for (String d : datasets) {
      switch (d) {
        case "ant" -> {
          List<LabelledText> train = new ArrayList<>(), test = new ArrayList<>();
          for (AntCorpus.Doc doc : AntCorpus.read(data.resolve(AntCorpus.PATH))) {
            (doc.isTest() ? test : train).add(doc.labelled());
          }
          results.put("ant", eval.run(train, test));
        }
        case "asnd" -> {
          Path dir = data.resolve(AsndCorpus.PATH);
          results.put("asnd", eval.run(AsndCorpus.read(dir, "trn"), AsndCorpus.read(dir, asndTest)));
        }
        default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown dataset: " + d);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = new ObjectMapper().createObjectNode();
      results.forEach((name, systems) -> root.set(name, EvalReport.classificationJson(systems)));
      out.println(root); // one line, as every eval --json (docs/eval.md)
    } else {
      results.forEach((name, systems) -> EvalReport.printClassification(out, name, systems, TopicEvaluation.MARSAD));
    }
    out.flush();
    return 0;
  }
}
