package org.marsad.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.app.eval.ArcdConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval arcd-convert}: ARCD (SQuAD JSON) to the files {@code eval retrieval} reads. */
@Command(
    name = "arcd-convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert ARCD (SQuAD JSON) into the files that 'eval retrieval' reads.",
      "Writes docs.jsonl (paragraphs), queries.jsonl (questions) and qrels.tsv (each",
      "question relevant to its own paragraph) into --out."
    })
public final class EvalArcdConvertCommand implements Callable<Integer> {
  @Option(names = "--arcd", required = true, description = "ARCD file, e.g. arcd-test.json")
  Path arcd;

  @Option(names = "--out", required = true, description = "Output directory (created if needed)")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ArcdConverter.Counts n = ArcdConverter.convert(arcd, out);
    spec.commandLine().getOut().printf("wrote %d documents and %d queries to %s%n", n.docs(), n.queries(), out);
    return MarsadCli.EXIT_OK;
  }
}
