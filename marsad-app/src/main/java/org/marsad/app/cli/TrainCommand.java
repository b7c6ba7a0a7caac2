package org.marsad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad train MODEL-KIND}: groups the training commands. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model (see the subcommands).",
    subcommands = {TrainNerCommand.class})
public final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing model kind (e.g. 'ner')");
  }
}
