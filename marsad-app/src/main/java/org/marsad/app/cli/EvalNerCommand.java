package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.nlp.ner.NerCorpus;
import org.marsad.nlp.ner.NerEvaluation;
import org.marsad.nlp.ner.NerScorer;
import org.marsad.nlp.ner.NerTagger;
import org.marsad.nlp.ner.TaggedSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval ner}: CoNLL entity-level precision/recall/F1 and tagging speed. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Score the named-entity tagger on a token<space>tag file (CoNLL layout, or the flat original ANERcorp).")
public final class EvalNerCommand implements Callable<Integer> {
  private static final int WARM_UP_PASSES = 2;

  @Option(names = "--test", required = true, description = "Test file.")
  Path test;

  @Option(names = "--model", description = "Model file (default: the shipped model).")
  Path model;

  @Option(names = "--from-line", defaultValue = "1", description = "First line to use, 1-based (125306 = CAMeL test portion of the original ANERcorp).")
  int fromLine;

  @Option(names = "--documents", defaultValue = "0",
      description = "Tag in consecutive documents of N sentences with the document-consistency pass (0: sentence by sentence, default).")
  int documents;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    EvalInputs.requireFile(test);
    if (model != null) EvalInputs.requireFile(model);
    List<TaggedSentence> corpus = NerCorpus.read(test, fromLine);
    EvalInputs.requireSome(corpus.size(), "tagged sentences" + (fromLine > 1 ? " from line " + fromLine : ""), test);
    NerTagger tagger = model != null ? NerTagger.load(model) : NerTagger.defaultTagger();
    for (int i = 0; i < WARM_UP_PASSES; i++) evaluate(tagger, corpus); // so the speed is the steady state
    NerEvaluation e = evaluate(tagger, corpus);
    if (json) {
      ObjectMapper om = new ObjectMapper();
      ObjectNode root = om.createObjectNode();
      root.put("test", test.toString());
      root.put("fromLine", fromLine);
      root.put("documents", documents);
      root.put("sentences", e.sentences());
      root.put("tokens", e.tokens());
      root.put("tokensPerSecond", Math.round(e.tokensPerSecond()));
      root.put("tokensPerCpuSecond", Math.round(e.tokensPerCpuSecond()));
      ObjectNode types = root.putObject("scores");
      for (Map.Entry<String, NerScorer.Score> s : e.scores().entrySet()) types.set(s.getKey(), om.valueToTree(s.getValue()));
      System.out.println(om.writeValueAsString(root));
    } else {
      System.out.printf("%-6s %9s %9s %9s %7s %7s %7s%n", "type", "precision", "recall", "F1", "gold", "pred", "correct");
      for (Map.Entry<String, NerScorer.Score> s : e.scores().entrySet()) {
        NerScorer.Score v = s.getValue();
        System.out.printf("%-6s %9.2f %9.2f %9.2f %7d %7d %7d%n", s.getKey(), v.precision(), v.recall(), v.f1(),
            v.gold(), v.predicted(), v.correct());
      }
      System.out.printf("%d sentences, %d tokens, %.0f tokens/s wall, %.0f tokens per CPU-second (one thread)%n",
          e.sentences(), e.tokens(), e.tokensPerSecond(), e.tokensPerCpuSecond());
    }
    return MarsadCli.EXIT_OK;
  }

  private NerEvaluation evaluate(NerTagger tagger, List<TaggedSentence> corpus) {
    return documents > 0 ? NerEvaluation.runInDocuments(tagger, corpus, documents) : NerEvaluation.run(tagger, corpus);
  }
}
