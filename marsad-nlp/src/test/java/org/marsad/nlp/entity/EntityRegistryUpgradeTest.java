package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry written before the current {@link NameKey} (session 8 keys) keeps its ids. */
class EntityRegistryUpgradeTest {
  @TempDir Path dir;

  @Test
  void aliases_stored_under_an_older_key_are_found_under_the_current_one() throws Exception {
    // Session 8 stored aliases match-normalised only: عبد apart, the descriptor kept.
    Files.writeString(dir.resolve("entities.jsonl"),
        "{\"id\":\"pers-0a1b2c3d4e5f\",\"type\":\"PERS\",\"canonical\":\"علي عبد الله صالح\",\"latin\":\"Ali Abd Allah Salh\","
            + "\"count\":40,\"aliases\":[\"علي عبد الله صالح\"]}\n"
            + "{\"id\":\"org-0a1b2c3d4e5f\",\"type\":\"ORG\",\"canonical\":\"تنظيم داعش\",\"latin\":\"Tnzim Da'sh\","
            + "\"count\":90,\"aliases\":[\"تنظيم داعش\"]}\n",
        StandardCharsets.UTF_8);
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(r.resolve("PERS", "علي عبدالله صالح")).map(EntityRecord::id).contains("pers-0a1b2c3d4e5f");
    assertThat(r.register("PERS", "علي عبد الله صالح", Set.of("علي عبد الله صالح"), 1).id()).isEqualTo("pers-0a1b2c3d4e5f");
    assertThat(r.register("ORG", "داعش", Set.of("داعش"), 1).id()).isEqualTo("org-0a1b2c3d4e5f");
    assertThat(r.register("ORG", "تنظيم داعش", Set.of("تنظيم داعش"), 1).id()).isEqualTo("org-0a1b2c3d4e5f");
    assertThat(r.all()).hasSize(2);
  }
}
