package org.marsad.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns exceptions escaping a command into one readable line and an exit code: input
 * problems are exit 1 without a stack trace; anything else is a bug and keeps its trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    if (ex instanceof IllegalArgumentException || ex instanceof IOException || ex instanceof UncheckedIOException) {
      cl.getErr().println("marsad: " + ex.getMessage());
      return MarsadCli.EXIT_BAD_INPUT;
    }
    ex.printStackTrace(cl.getErr());
    return 3;
  }
}
