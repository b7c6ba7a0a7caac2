package org.marsad.store;

import java.io.IOException;

/**
 * The store's backend does not answer: every node of a SolrCloud collection failed or was gone
 * for the whole retry window. Not a bug and not bad input, and it may pass: the HTTP API answers
 * it with a 503 that says so instead of an internal error, and the CLI prints its message.
 */
public final class StoreUnavailableException extends IOException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
