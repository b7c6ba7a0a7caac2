package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.testkit.SharedData;

/**
 * A registry rebuilt from an article's stored entities ({@link MentionGroups#ofStored}) is fed what
 * ingest fed it: the enricher's in-article groups, not the ids its registry gave them (two spellings a
 * registry joined are two registrations again, so a change to the registry can part them).
 */
class MentionGroupsTest {
  @Test
  void the_stored_entities_of_the_seed_story_rebuild_the_registry_the_enricher_built() {
    String[] lines = SharedData.seedText().split("\n");
    String text = String.join("\n", Arrays.copyOfRange(lines, 1, lines.length - 5));
    EntityRegistry ingested = EntityRegistry.inMemory(Transliterator.rulesOnly());
    List<Entity> stored = new EntityEnricher(NerTagger.defaultTagger(), ingested).entities(text);

    List<MentionGroups.Group> groups = MentionGroups.ofStored(stored, text);
    EntityRegistry rebuilt = EntityRegistry.inMemory(Transliterator.rulesOnly());
    for (MentionGroups.Group g : groups) rebuilt.register(g.type(), g.canonical(), g.aliases(), g.mentions());

    assertThat(entitiesOf(rebuilt)).isEqualTo(entitiesOf(ingested));
    assertThat(groups).anySatisfy(g -> assertThat(g.aliases()).contains("سيرغي لافروف", "لافروف"));
  }

  @Test
  void spellings_a_registry_joined_are_registered_apart_again() {
    // ids as a registry gave them: السعودية and سعودية (MISC, the gentilic) one entity
    String text = "وقعت الشركة السعودية للكهرباء عقدا مع شركة سعودية أخرى.";
    List<Entity> stored = List.of(stored(text, "السعودية", "MISC", "id-saudi"), stored(text, "سعودية", "MISC", "id-saudi"));
    assertThat(MentionGroups.ofStored(stored, text)).extracting(MentionGroups.Group::canonical).containsExactly("السعودية", "سعودية");
  }

  private static Entity stored(String text, String mention, String type, String id) {
    int at = text.indexOf(" " + mention + " ") + 1;
    return new Entity(mention, type, at, at + mention.length(), "السعودية", id, null);
  }

  private static List<String> entitiesOf(EntityRegistry r) {
    return r.all().stream().map(e -> e.type() + ":" + e.canonical() + "=" + e.count() + " " + new java.util.TreeSet<>(e.aliases())).sorted().toList();
  }
}
