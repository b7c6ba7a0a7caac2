package org.marsad.app.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDataDirLock {
  @TempDir Path data;
  @TempDir Path other;

  @Test
  void one_writer_per_data_directory_until_it_lets_go() throws Exception {
    try (DataDirLock first = DataDirLock.acquire(data)) {
      assertThatThrownBy(() -> DataDirLock.acquire(data)).isInstanceOf(IOException.class)
          .hasMessage("data directory " + data + " is in use by another marsad process (one writer per data directory;"
              + " give each ingester its own --data, see docs/solr.md)");
      DataDirLock.acquire(other).close(); // another data directory is another writer's
    }
    DataDirLock.acquire(data).close(); // released: the next writer gets in
    assertThat(data.resolve(DataDirLock.FILE_NAME)).exists();
  }
}
