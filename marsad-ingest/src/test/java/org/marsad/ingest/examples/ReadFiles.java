package org.marsad.ingest.examples;

import java.nio.file.Path;
import java.util.Arrays;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.Sources;
import org.marsad.nlp.article.RawDocument;

/** Prints one line per document or failure in the given files, directories or archives. */
public final class ReadFiles {
  public static void main(String[] args) {
    Sources.read(Arrays.stream(args).map(Path::of).toList(), new DocumentSink() {
      @Override
      public void accept(RawDocument doc) {
        System.out.println(doc.origin() + "\t" + (doc.title() != null ? doc.title() : doc.body().lines().findFirst().orElse("")));
      }

      @Override
      public void failed(String origin, String reason, byte[] bytes) {
        System.err.println(origin + ": " + reason);
      }
    });
  }
}
