package org.marsad.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Entry point for reading inputs of every supported kind (files, directories, archives, WARC,
 * JSON Lines, JSON arrays, TREC, HTML, plain text). SKELETON: the ingest-readers work fills it in.
 */
public final class Sources {
  private Sources() {}

  /** Reads every document under the given paths (directories recursively) into the sink. */
  public static void read(List<Path> paths, DocumentSink sink) {
    throw new UnsupportedOperationException("skeleton: implemented by the ingest-readers work");
  }
}
