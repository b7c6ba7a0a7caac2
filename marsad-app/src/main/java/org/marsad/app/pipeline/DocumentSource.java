package org.marsad.app.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.Sources;
import org.marsad.nlp.article.RawDocument;

/**
 * Something that pushes raw documents (and read failures) into a sink, on the calling thread.
 * The sink's {@code accept} blocks when the pipeline is busy, which is how back-pressure reaches
 * the reader.
 */
@FunctionalInterface
public interface DocumentSource {
  void read(DocumentSink sink) throws Exception;

  /** Every input under the given paths, through the ingest readers ({@link Sources#read}). */
  static DocumentSource of(List<Path> paths) {
    return sink -> Sources.read(paths, sink);
  }

  /** As {@link #of(List)}, without walking into the data directory (its index, log, quarantine). */
  static DocumentSource of(List<Path> paths, Path dataDir) {
    return sink -> Sources.read(paths, sink, ReadOptions.defaults(), dataDir);
  }

  /** Fixed documents (tests, in-memory inputs). */
  static DocumentSource of(Iterable<RawDocument> documents) {
    return sink -> {
      for (RawDocument d : documents) sink.accept(d);
    };
  }
}
