package org.marsad.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks of option values that picocli's types cannot express (a count of at least 0, a page
 * from 1). A bad value is a usage error, as an option picocli cannot convert: the message, the
 * command's usage and exit code 2 (README, "Exit codes").
 */
final class OptionCheck {
  private OptionCheck() {}

  /** Fails with {@code message} as a usage error unless {@code ok}. */
  static void require(CommandSpec spec, boolean ok, String message) {
    if (!ok) throw new ParameterException(spec.commandLine(), message);
  }
}
