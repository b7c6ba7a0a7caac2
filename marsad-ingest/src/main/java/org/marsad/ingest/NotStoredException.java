package org.marsad.ingest;

/**
 * Thrown by a {@link DocumentSink} that could not keep a good document for a reason of its own
 * (disk full, an I/O error, shutting down): the document is not at fault and must be offered
 * again later. A bad document is reported with {@link DocumentSink#failed} instead.
 *
 * <p>The feed watcher leaves the item unseen, ends the poll of that feed and backs off as for a
 * failing feed, so the page is fetched again at a later poll (session 17 QA, F9: a page the store
 * could not take was quarantined and marked seen, lost for good). File readers stop: the
 * exception leaves {@link Sources#read} and the caller decides.
 */
public final class NotStoredException extends RuntimeException {
  public NotStoredException(String message, Throwable cause) {
    super(message, cause);
  }
}
