package org.marsad.app.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * A registry file written before the known aliases filed المملكة under السعودية (two entities,
 * two ids), opened with today's code: المملكة's id becomes a redirect to السعودية's. Shared by
 * the tests of merged-id expansion and of the pages that count an entity under its old ids.
 */
public final class RegistryBeforeTheSaudiJoin {
  public static final String SAUDI = EntityRegistry.idFor("LOC", "السعودية");
  public static final String KINGDOM = EntityRegistry.idFor("LOC", "المملكة");

  private RegistryBeforeTheSaudiJoin() {}

  /** Writes the older file into {@code dir} and opens it there. */
  public static EntityRegistry open(Path dir) throws IOException {
    Files.writeString(dir.resolve(EntityRegistry.FILE_NAME),
        line(SAUDI, "السعودية", "Alsewdyt", 1) + line(KINGDOM, "المملكة", "Almmlkt", 2));
    return EntityRegistry.open(dir, Transliterator.rulesOnly());
  }

  private static String line(String id, String name, String latin, int count) {
    return "{\"id\":\"" + id + "\",\"type\":\"LOC\",\"canonical\":\"" + name + "\",\"latin\":\"" + latin
        + "\",\"count\":" + count + ",\"aliases\":[\"" + EntityRegistry.key(name) + "\"]}\n";
  }
}
