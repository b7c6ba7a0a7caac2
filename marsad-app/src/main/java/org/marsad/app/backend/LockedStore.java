package org.marsad.app.backend;

import java.io.IOException;
import org.marsad.store.ArticleStore;
import org.marsad.store.ForwardingArticleStore;

/** A store that holds its data directory's {@link DataDirLock} until it is closed. */
final class LockedStore extends ForwardingArticleStore {
  private final DataDirLock lock;

  LockedStore(ArticleStore store, DataDirLock lock) {
    super(store);
    this.lock = lock;
  }

  /** Closes the store, then lets the next writer in. */
  @Override
  public void close() throws IOException {
    try {
      delegate.close();
    } finally {
      lock.close();
    }
  }
}
