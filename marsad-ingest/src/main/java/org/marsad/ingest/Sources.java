package org.marsad.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.marsad.ingest.reader.InputReader;

/**
 * Entry point for reading inputs of every supported kind: plain text, HTML, JSON Lines, JSON
 * arrays, TREC {@code <DOC>} files, WARC (plain or gzip), saved RSS and Atom feeds (item by item),
 * and zip / gzip archives of any of
 * them, nested too; directories are read recursively in path order. The format is sniffed from
 * the bytes, with the file name as a hint. Nothing stops on a bad input: every failure goes to
 * {@link DocumentSink#failed} with a one-line reason, and reading goes on. Formats, field
 * names, limits and failure reasons: docs/ingest-formats.md.
 */
public final class Sources {
  private Sources() {}

  /** Reads every document under the given paths (directories recursively) into the sink. */
  public static void read(List<Path> paths, DocumentSink sink) {
    read(paths, sink, ReadOptions.defaults());
  }

  /** Reads every document under the given paths with explicit limits. */
  public static void read(List<Path> paths, DocumentSink sink, ReadOptions options) {
    read(paths, sink, options, null);
  }

  /**
   * As {@link #read(List, DocumentSink, ReadOptions)}, but a directory walk does not enter
   * {@code skipped} (Marsad's data directory: {@code marsad ingest --data ./data .} must not read
   * its own index, log and quarantine back in). A path named explicitly is still read.
   */
  public static void read(List<Path> paths, DocumentSink sink, ReadOptions options, Path skipped) {
    InputReader reader = new InputReader(options, sink).skippingInWalks(skipped);
    for (Path path : paths) {
      reader.readPath(path);
    }
  }

  /**
   * Reads one stream of any supported format (standard input, an upload); the caller closes it.
   *
   * @param origin where it comes from, for documents and failures
   * @param name   a file name whose extension hints at the format (may be empty)
   */
  public static void read(String origin, String name, InputStream in, DocumentSink sink, ReadOptions options) {
    new InputReader(options, sink).readStream(origin, name, in);
  }
}
