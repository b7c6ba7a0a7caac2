package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chain particles are left out of Latin matching whatever the transliterator spells them. */
class EntityRegistryLatinParticlesTest {
  @TempDir Path dir;

  @Test
  void a_particle_spelt_by_a_name_list_is_not_a_word_a_query_means() throws Exception {
    Path names = dir.resolve("names.txt");
    Files.writeString(names, "PERS Bin بن\nPERS Salman سلمان\nPERS Mohammed محمد\nPERS Al آل\nPERS Saud سعود\n", StandardCharsets.UTF_8);
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.withNameList(names));
    EntityRecord prince = r.register("PERS", "محمد بن سلمان آل سعود", Set.of("محمد بن سلمان آل سعود"), 3);
    assertThat(prince.latin()).isEqualTo("Mohammed Bin Salman Al Saud");
    assertThat(r.findByLatin("Salman")).extracting(EntityRecord::id).containsExactly(prince.id());
    assertThat(r.findByLatin("Ban")).isEmpty(); // بن spelt Bin has the key of Ban
    assertThat(r.findByLatin("Ali")).isEmpty(); // آل spelt Al has the key of Ali
    EntityRecord king = r.register("PERS", "سلمان بن عبد العزيز", Set.of("سلمان بن عبد العزيز"), 5); // عبد العزيز: two words, one key word
    assertThat(r.findByLatin("Ban")).isEmpty();
    assertThat(r.findByLatin("Salman")).extracting(EntityRecord::id).containsExactly(king.id(), prince.id());
  }
}
