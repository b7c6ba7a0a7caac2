package org.marsad.app.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.SpoolDirectory;
import org.marsad.ingest.Sources;
import org.marsad.nlp.article.RawDocument;

/**
 * Something that pushes raw documents (and read failures) into a sink, on the calling thread.
 * The sink's {@code accept} blocks when the pipeline is busy, which is how back-pressure reaches
 * the reader.
 */
@FunctionalInterface
public interface DocumentSource {
  /** The path that stands for standard input on a command line ({@code marsad ingest -}). */
  Path STDIN_PATH = Path.of("-");
  /** The origin of what is read from standard input (in failures, the quarantine, JSON Lines origins {@code stdin:LINE}). */
  String STDIN_ORIGIN = "stdin";

  void read(DocumentSink sink) throws Exception;

  /** Every input under the given paths, through the ingest readers ({@link Sources#read}). */
  static DocumentSource of(List<Path> paths) {
    return sink -> Sources.read(paths, sink);
  }

  /**
   * As {@link #of(List)}, without walking into the data directory (its index, log, quarantine),
   * and where the path {@code -} ({@link #STDIN_PATH}) is {@code stdin}, read in its turn as a
   * file of any supported format (the bytes decide, as there is no name).
   */
  static DocumentSource of(List<Path> paths, Path dataDir, InputStream stdin) {
    return of(paths, dataDir, stdin, ReadOptions.defaults());
  }

  /** As {@link #of(List, Path, InputStream)} with the given read options (limits, where streams are spooled). */
  static DocumentSource of(List<Path> paths, Path dataDir, InputStream stdin, ReadOptions options) {
    return sink -> {
      for (Path path : paths) {
        if (path.equals(STDIN_PATH)) Sources.read(STDIN_ORIGIN, "", stdin, sink, options);
        else Sources.read(List.of(path), sink, options, dataDir);
      }
    };
  }

  /**
   * Where an ingest into {@code dataDir} copies the zips and WARCs that arrive as streams (inside an
   * archive, on standard input) to read them as files: {@code DATA/tmp}, emptied at each start while the
   * data directory is locked ({@link SpoolDirectory#clean}), so a copy left by {@code kill -9} goes.
   */
  static Path spoolDir(Path dataDir) {
    return dataDir.resolve("tmp");
  }

  /** Fixed documents (tests, in-memory inputs). */
  static DocumentSource of(Iterable<RawDocument> documents) {
    return sink -> {
      for (RawDocument d : documents) sink.accept(d);
    };
  }
}
