package org.marsad.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;

/**
 * Turns exceptions escaping a command into one readable line and an exit code: input
 * problems are exit 1 without a stack trace; anything else is a bug and keeps its trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    Throwable problem = ex instanceof UncheckedIOException u && u.getCause() instanceof FileSystemException ? u.getCause() : ex;
    if (problem instanceof IllegalArgumentException || problem instanceof IOException || problem instanceof UncheckedIOException) {
      cl.getErr().println("marsad: " + message(problem));
      return MarsadCli.EXIT_BAD_INPUT;
    }
    ex.printStackTrace(cl.getErr());
    return 3;
  }

  /**
   * The exception's message; for a file-system error {@code FILE: reason}, since the JDK's
   * message is often the bare path ({@code NoSuchFileException}: "/no/such/dir/out.jsonl").
   */
  static String message(Throwable problem) {
    if (problem instanceof FileSystemException fs && fs.getFile() != null) {
      return fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "") + ": " + reason(fs);
    }
    return problem.getMessage();
  }

  /** Why an I/O operation failed, without the path a file-system exception repeats as its message. */
  static String reason(IOException e) {
    if (!(e instanceof FileSystemException fs)) return e.getMessage();
    if (fs.getReason() != null) return fs.getReason();
    if (fs instanceof NoSuchFileException) return "no such file or directory";
    if (fs instanceof AccessDeniedException) return "permission denied";
    if (fs instanceof FileAlreadyExistsException) return "already exists";
    if (fs instanceof NotDirectoryException) return "not a directory";
    if (fs instanceof DirectoryNotEmptyException) return "directory not empty";
    return fs.getClass().getSimpleName();
  }
}
