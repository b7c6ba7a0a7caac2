package org.marsad.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.eval.AntCorpus;
import org.marsad.app.eval.AsndCorpus;
import org.marsad.nlp.topic.LabelledText;
import org.marsad.nlp.topic.TopicClassifier;
import org.marsad.nlp.topic.TopicTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad train topics --out MODEL}: the product topic model, trained on the train
 * splits of both datasets (ANT train, ASND trn + dev) with the product settings of
 * {@link TopicTrainer}. Deterministic: same data, same model.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = "Train the shipped topic model on the ANT and ASND train splits.")
public final class TrainTopicsCommand implements Callable<Integer> {
  @Mixin SharedDataOption data;

  @Option(names = "--out", required = true, paramLabel = "MODEL",
      description = "Model file to write (the shipped one is marsad-nlp/src/main/resources/org/marsad/nlp/topic/topic-model.bin).")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<LabelledText> train = new ArrayList<>();
    int ant = 0;
    for (AntCorpus.Doc doc : AntCorpus.read(data.resolve(AntCorpus.PATH))) {
      if (!doc.isTest()) { train.add(doc.labelled()); ant++; }
    }
    Path asnd = data.resolve(AsndCorpus.PATH);
    train.addAll(AsndCorpus.read(asnd, "trn"));
    train.addAll(AsndCorpus.read(asnd, "dev"));
    TopicClassifier model = new TopicTrainer().train(train);
    model.save(out);
    spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%d bytes): %d ANT + %d ASND training examples%n",
        out, Files.size(out), ant, train.size() - ant);
    return 0;
  }
}
