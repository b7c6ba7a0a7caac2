package org.marsad.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.io.DurableFiles;

/**
 * {@code alerts.json} is replaced as the collection files are: the new file forced before its rename,
 * the directory after it ({@code DurableSavesTest}'s pattern; a test cannot pull the plug).
 */
class TestAlertsDurable {
  @TempDir Path data;
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopWatching() {
    DurableFiles.witness(null);
  }

  @Test
  void alerts_json_is_forced_before_its_rename_and_its_directory_after() throws Exception {
    AlertRepository repo = new AlertRepository(data, new QueryMatcher(), Clock.systemUTC());
    repo.create(new AlertDraft("لافروف", "لافروف", null, true)); // the old file
    Path file = data.resolve(AlertRepository.FILE_NAME);
    byte[] old = Files.readAllBytes(file);
    DurableFiles.witness(event -> {
      if (event.startsWith("force ")) { // the new bytes are on disk before the name points at them
        assertThat(file).as("not yet renamed when its temporary file is forced").hasBinaryContent(old);
      } else if (event.startsWith("force-dir ")) {
        assertThat(file).as("renamed before the directory is forced").content().contains("وقف الأعمال القتالية");
      }
      seen.add(event);
    });
    repo.create(new AlertDraft("الهدنة في سوريا", "\"وقف الأعمال القتالية\"", null, true));
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).startsWith("force " + data.resolve(AlertRepository.FILE_NAME)).endsWith(".tmp");
    assertThat(seen.get(1)).isEqualTo("force-dir " + data);
  }
}
