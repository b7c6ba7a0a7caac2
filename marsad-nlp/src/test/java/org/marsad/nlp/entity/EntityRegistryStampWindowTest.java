package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The change stamps that {@link EntityRegistry#unchanged} compares stay bounded over a long ingest (session
 * 25: 13,391 → 31,036 keys per 1,000 SaudiNewsNet articles, none ever dropped), and dropping the old ones
 * never lets a kept answer go stale. Real names: persons, bodies and places of the 5-day SaudiNewsNet
 * registry, each registered by several articles, many more registrations than the window kept.
 */
class EntityRegistryStampWindowTest {
  private static final List<String[]> NAMES = List.of(
      new String[] {"PERS", "سيرغي لافروف", "لافروف"}, new String[] {"PERS", "جون كيري", "كيري"},
      new String[] {"PERS", "عادل الجبير", "الجبير"}, new String[] {"PERS", "سلمان بن عبدالعزيز", "الملك سلمان"},
      new String[] {"PERS", "محمد بن سلمان", "محمد بن سلمان"}, new String[] {"PERS", "علي عبدالله صالح", "صالح"},
      new String[] {"PERS", "عبدربه منصور هادي", "هادي"}, new String[] {"PERS", "باراك أوباما", "أوباما"},
      new String[] {"PERS", "جوزيف بلاتر", "بلاتر"}, new String[] {"PERS", "ميشيل بلاتيني", "بلاتيني"},
      new String[] {"PERS", "بشار الأسد", "الأسد"}, new String[] {"PERS", "حسن روحاني", "روحاني"},
      new String[] {"PERS", "محمد جواد ظريف", "ظريف"}, new String[] {"PERS", "رجب طيب أردوغان", "أردوغان"},
      new String[] {"PERS", "نوري المالكي", "المالكي"}, new String[] {"PERS", "حيدر العبادي", "العبادي"},
      new String[] {"PERS", "عبدالملك الحوثي", "الحوثي"}, new String[] {"PERS", "سنية صالح", "سنية صالح"},
      new String[] {"PERS", "صالح المطلق", "المطلق"}, new String[] {"PERS", "بنيامين نتنياهو", "نتنياهو"},
      new String[] {"ORG", "الأمم المتحدة", "الأمم المتحدة"}, new String[] {"ORG", "مجلس الأمن الدولي", "مجلس الأمن"},
      new String[] {"ORG", "الاتحاد الأوروبي", "الاتحاد الأوروبي"}, new String[] {"ORG", "فيفا", "الفيفا"},
      new String[] {"ORG", "جامعة الدول العربية", "الجامعة العربية"}, new String[] {"ORG", "حزب الله", "حزب الله"},
      new String[] {"LOC", "اليمن", "اليمن"}, new String[] {"LOC", "عدن", "عدن"}, new String[] {"LOC", "صنعاء", "صنعاء"},
      new String[] {"LOC", "الإمارات العربية المتحدة", "الإمارات"}, new String[] {"LOC", "موسكو", "موسكو"},
      new String[] {"LOC", "جنيف", "جنيف"}, new String[] {"LOC", "تركيا", "تركيا"}, new String[] {"LOC", "طهران", "طهران"});

  private static Set<String> aliases(String[] n) {
    return new LinkedHashSet<>(List.of(n[1], n[2]));
  }

  /** New persons keep coming in a long ingest: given names and family names of the registry's persons, combined. */
  private static final List<String> GIVEN = List.of("محمد", "عبدالله", "خالد", "أحمد", "سعود", "فهد", "ناصر", "علي", "حسن", "يوسف");
  private static final List<String> FAMILY = List.of("العتيبي", "القحطاني", "الشمري", "الدوسري", "الغامدي", "الزهراني", "الحربي",
      "المطيري", "السبيعي", "العنزي", "الشهري", "المالكي");

  /** Each new person once, in a place: their ids, Latin keys, alias slots and words are new stamps. */
  private static int registerNewNames(EntityRegistry registry, long window) {
    registry.keepStampsOf(window);
    int most = 0;
    for (String family : FAMILY) {
      for (String given : GIVEN) {
        registry.register("PERS", given + " " + family, Set.of(given + " " + family), 2);
        registry.register("LOC", "اليمن", Set.of("اليمن"), 1);
        most = Math.max(most, registry.stampCount());
      }
    }
    return most;
  }

  @Test
  void the_stamps_stay_bounded_as_new_names_keep_coming() {
    EntityRegistry unbounded = EntityRegistry.inMemory(Transliterator.rulesOnly());
    registerNewNames(unbounded, Long.MAX_VALUE / 4);
    EntityRegistry windowed = EntityRegistry.inMemory(Transliterator.rulesOnly());
    int most = registerNewNames(windowed, 20); // 240 registrations, the stamps of 20 to 40 kept
    assertThat(unbounded.stampCount()).as("every stamp kept").isGreaterThan(300);
    assertThat(most).as("most stamps kept at once with a window of 20 registrations").isLessThan(unbounded.stampCount() / 3);
  }

  @Test
  void a_kept_answer_is_the_fresh_answer_across_dropped_stamps() {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    registry.keepStampsOf(5); // dropped every 10 registrations: many recordings outlive the stamps they read
    List<String[]> lookups = new ArrayList<>();
    for (String[] n : NAMES) {
      lookups.add(new String[] {n[0], n[1]});
      lookups.add(new String[] {n[0], n[2]});
      String[] w = n[1].split(" ");
      if (w.length > 1) lookups.add(new String[] {n[0], w[w.length - 1]});
    }
    Map<Integer, EntityRegistry.Recorded<Optional<EntityRecord>>> kept = new LinkedHashMap<>();
    for (int i = 0; i < lookups.size(); i++) {
      String[] n = lookups.get(i);
      kept.put(i, registry.recording(() -> registry.resolve(n[0], n[1])));
    }
    int compared = 0, redone = 0;
    for (int round = 0; round < 6; round++) {
      for (int j = 0; j < NAMES.size(); j++) {
        // a name registered once early only (round 0), then others: its readers' stamps are dropped long before they are checked
        String[] n = NAMES.get((j * 7 + round * 5) % NAMES.size());
        if (round > 0 && j % 3 == 0) continue;
        registry.register(n[0], n[1], aliases(n), 1 + (round + j) % 9);
        for (int i = 0; i < lookups.size(); i++) {
          if ((i + j) % 13 != 0) continue; // each kept answer checked now and then, as an alert is on the articles it is matched against
          String[] l = lookups.get(i);
          var k = kept.get(i);
          Optional<EntityRecord> fresh = registry.resolve(l[0], l[1]);
          if (registry.unchanged(k.reads())) {
            compared++;
            assertThat(k.value()).as("%s %s kept, round %d after %s", l[0], l[1], round, n[1]).isEqualTo(fresh);
          } else {
            redone++;
            kept.put(i, registry.recording(() -> registry.resolve(l[0], l[1])));
          }
        }
      }
    }
    assertThat(compared).as("answers kept and compared").isGreaterThan(100);
    assertThat(redone).as("answers looked up again").isGreaterThan(50);
  }
}
