package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.nlp.article.RawDocument;

/** Test sink: keeps every document, its extras and every failure. */
public final class CollectingSink implements DocumentSink {
  /** One failure as reported. */
  public record Failure(String origin, String reason, byte[] bytes) {}

  public final List<RawDocument> documents = new ArrayList<>();
  public final List<Map<String, String>> extras = new ArrayList<>();
  public final List<Failure> failures = new ArrayList<>();

  @Override
  public void accept(RawDocument document) {
    throw new AssertionError("readers must call accept(document, extras)");
  }

  @Override
  public void accept(RawDocument document, Map<String, String> extras) {
    documents.add(document);
    this.extras.add(extras);
  }

  @Override
  public void failed(String origin, String reason, byte[] bytes) {
    failures.add(new Failure(origin, reason, bytes));
  }

  /** The document whose origin ends with the given suffix. */
  public RawDocument byOriginSuffix(String suffix) {
    return documents.stream().filter(d -> d.origin().endsWith(suffix)).findFirst()
        .orElseThrow(() -> new AssertionError("no document from *" + suffix + " in " + documents.stream().map(RawDocument::origin).toList()));
  }
}
