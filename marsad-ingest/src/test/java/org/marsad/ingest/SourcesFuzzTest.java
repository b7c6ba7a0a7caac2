package org.marsad.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.marsad.nlp.article.RawDocument;

/**
 * Fuzz targets for the input readers, one per container format; the name only hints, the
 * bytes decide (a fuzzed {@code .jsonl} may well sniff as TREC). {@link Sources#read} documents
 * that nothing escapes it: every bad input is a {@link DocumentSink#failed} call with a one-line
 * reason. So any exception is a finding, and so are a blank or multi-line reason, a document
 * without an origin or body, and a body larger than the document limit. The limit is small
 * here (64 KiB) so that the fuzzer reaches the over-limit paths.
 * Regression inputs: src/test/resources/org/marsad/ingest/SourcesFuzzTestInputs/&lt;method&gt;/.
 */
class SourcesFuzzTest {
  private static final ReadOptions OPTIONS = ReadOptions.defaults().withMaxDocumentBytes(64 * 1024).withMaxArchiveDepth(2);

  @FuzzTest(maxDuration = "10m")
  void jsonLines(byte[] input) {
    read("fuzz.jsonl", input);
  }

  @FuzzTest(maxDuration = "10m")
  void jsonArray(byte[] input) {
    read("fuzz.json", input);
  }

  @FuzzTest(maxDuration = "10m")
  void trec(byte[] input) {
    read("fuzz.trec", input);
  }

  @FuzzTest(maxDuration = "10m")
  void warc(byte[] input) {
    read("fuzz.warc", input);
  }

  /** Zip and gzip archives (the magic bytes decide which). */
  @FuzzTest(maxDuration = "10m")
  void archive(byte[] input) {
    read("fuzz.zip", input);
  }

  private static void read(String name, byte[] input) {
    CollectingSink sink = new CollectingSink();
    Sources.read("fuzz/" + name, name, new ByteArrayInputStream(input), sink, OPTIONS);
    for (CollectingSink.Failure f : sink.failures) {
      if (f.origin() == null || f.reason() == null || f.reason().isBlank() || f.reason().contains("\n")) {
        throw new AssertionError("failure without origin or a one-line reason: " + f.origin() + ": " + f.reason());
      }
    }
    for (RawDocument d : sink.documents) {
      if (d.origin() == null || d.body() == null) {
        throw new AssertionError("document without origin or body: " + d);
      }
      if (d.body().length() > OPTIONS.maxDocumentBytes()) {
        throw new AssertionError("document of " + d.body().length() + " chars over the limit: " + d.origin());
      }
    }
  }
}
