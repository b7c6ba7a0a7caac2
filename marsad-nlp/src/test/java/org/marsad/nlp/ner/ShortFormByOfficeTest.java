package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * A short form's articles ({@code عادل الجبير}) read as the one chain it shortens ({@code عادل بن أحمد الجبير})
 * when the offices written next to both say one man, and apart when an office next to the short form says
 * another man or a second chain shortens to it; the same in every order, and after reopening the file.
 * SaudiNewsNet sentences: almadina 81a06dd9 (2015-07-23), okaz 23849d01 and alyaum 10f74991 (2015-07-21..25); the
 * others are {@link ShortFormAcrossArticlesTest}'s (review of lane entities17, F1/F2).
 */
class ShortFormByOfficeTest {
  static final String JUBEIR_FULL = "أوضح معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير أن لقاء معالي وزير خارجية جمهورية مصر العربية الأستاذ "
      + "سامح شكري أمس مع صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية، تم خلاله بحث "
      + "العلاقات الثنائية التي تهم البلدين ودعم تعزيزها. فيما أكد معالي وزير الخارجية الأستاذ عادل الجبير من جانبه أن مصر جزء أساسي في "
      + "التحالف الذي تقوده المملكة لإعادة الشرعية في اليمن.";
  static final String JUBEIR_SHORT_1 = "ومن المقرر أن تلتقي مسؤولة السياسة الخارجية في الاتحاد الأوروبي بمسؤولين من بينهم وزير الخارجية عادل الجبير "
      + "لمناقشة القضايا الإقليمية والدولية ذات الاهتمام المشترك.";
  static final String JUBEIR_SHORT_2 = "حضر اللقاء وزير الدولة عضو مجلس الوزراء الدكتور مساعد العيبان، ووزير الخارجية عادل الجبير، ووزير الدولة عضو "
      + "مجلس الوزراء رئيس الديوان الملكي المكلف خالد العيسى، ووزير الثقافة والإعلام الدكتور عادل الطريفي الوزير المرافق.";

  private static EntityRegistry ingest(List<String> texts, EntityRegistry r) {
    EntityEnricher enricher = new EntityEnricher(NerTagger.defaultTagger(), r);
    for (String t : texts) enricher.entities(t);
    return r;
  }

  private static List<EntityRecord> persons(EntityRegistry r, String word) {
    return r.all().stream().filter(e -> e.type().equals("PERS") && e.canonical().contains(word)).toList();
  }

  @Test
  void al_jubeir_is_one_person_by_his_office_in_every_order() {
    String chain = EntityRegistry.idFor("PERS", "عادل بن أحمد الجبير"), shortForm = EntityRegistry.idFor("PERS", "عادل الجبير");
    for (List<String> order : permutations(List.of(JUBEIR_FULL, JUBEIR_SHORT_1, JUBEIR_SHORT_2))) {
      EntityRegistry r = ingest(order, EntityRegistry.inMemory(Transliterator.rulesOnly()));
      assertThat(r.resolve("PERS", "عادل الجبير").get().id()).isEqualTo(chain);
      assertThat(r.byId(shortForm).get().id()).isEqualTo(chain); // the short-only articles' id
      assertThat(r.mergedIds(chain)).contains(shortForm); // a search for him finds them
      List<EntityRecord> listed = persons(r, "الجبير");
      assertThat(listed).extracting(EntityRecord::id).containsExactly(chain);
      assertThat(listed.get(0).count()).isEqualTo(4); // 2 in his article, 1 in each other
    }
  }

  @Test
  void the_join_and_the_offices_survive_reopening_and_an_older_file_opens(@TempDir Path dir) throws Exception {
    String chain = EntityRegistry.idFor("PERS", "عادل بن أحمد الجبير");
    EntityRegistry r = ingest(List.of(JUBEIR_SHORT_1, JUBEIR_FULL), EntityRegistry.open(dir, Transliterator.rulesOnly()));
    r.save();
    EntityRegistry reopened = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(reopened.resolve("PERS", "عادل الجبير").get().id()).isEqualTo(chain);
    ingest(List.of(JUBEIR_SHORT_2), reopened);
    assertThat(persons(reopened, "الجبير")).extracting(EntityRecord::count).containsExactly(4L);
    // a file written before offices were kept: it opens, and without the evidence the two stay apart
    Path file = dir.resolve(EntityRegistry.FILE_NAME);
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replaceAll(",\"roles\":\\{[^}]*\\}", ""), StandardCharsets.UTF_8);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("\"roles\"");
    EntityRegistry old = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(persons(old, "الجبير")).hasSize(2);
  }

  // The attache's two articles as the enricher registers them, his office written the same way in both (the
  // tagger's roles of ShortFormAcrossArticlesTest's texts word it two ways, which joins nothing); the fisherman's
  // and the family elder's as it registers them.
  private static void attacheFull(EntityRegistry r) {
    r.register("PERS", "محمد بن عبدالله العيسى", Set.of("محمد بن عبدالله العيسى", "محمد العيسى"), 2, Set.of("الملحق الثقافي بامريكا"));
  }

  private static void attacheShort(EntityRegistry r) {
    r.register("PERS", "محمد العيسى", Set.of("محمد العيسى"), 1, Set.of("الملحق الثقافي"));
  }

  private static void fisherman(EntityRegistry r) {
    r.register("PERS", "محمد العيسى", Set.of("محمد العيسى"), 1, Set.of(MentionGroups.officeKey("الصياد")));
  }

  private static void elder(EntityRegistry r) {
    r.register("PERS", "محمد بن حمد العيسى", Set.of("محمد بن حمد العيسى", "محمد العيسى"), 2, Set.of(MentionGroups.officeKey("عميد الأسرة الشيخ")));
  }

  @Test
  void an_office_of_another_man_next_to_the_short_form_or_a_second_chain_ends_the_join_in_every_order() {
    List<java.util.function.Consumer<EntityRegistry>> articles = List.of(ShortFormByOfficeTest::attacheFull, ShortFormByOfficeTest::attacheShort,
        ShortFormByOfficeTest::fisherman, ShortFormByOfficeTest::elder);
    for (List<java.util.function.Consumer<EntityRegistry>> order : permutations(articles)) {
      EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
      for (int i = 0; i < order.size(); i++) {
        order.get(i).accept(r);
        Set<java.util.function.Consumer<EntityRegistry>> seen = Set.copyOf(order.subList(0, i + 1));
        if (!seen.contains(articles.get(1)) && !seen.contains(articles.get(2))) continue; // no short-only article yet: the chains' alias
        boolean joined = seen.contains(articles.get(0)) && seen.contains(articles.get(1)) && !seen.contains(articles.get(2)) && !seen.contains(articles.get(3));
        // one man by the office while only the attache's articles are in; the fisherman's office or a second chain ends it
        assertThat(r.resolve("PERS", "محمد العيسى").get().canonical()).isEqualTo(joined ? "محمد بن عبدالله العيسى" : "محمد العيسى");
      }
    }
  }

  @Test
  void a_personal_title_alone_is_no_evidence_the_deputy_minister_and_the_actor_stay_apart() {
    String shortForm = EntityRegistry.idFor("PERS", "عبدالله السدحان");
    String actorWithTitle = "وتحدث الدكتور عبدالله السدحان عن تجربته في الدراما، وقال الفنان إن المسلسل سيعود في رمضان المقبل.";
    for (List<String> order : permutations(List.of(ShortFormAcrossArticlesTest.DEPUTY_MINISTER, ShortFormAcrossArticlesTest.ACTOR, actorWithTitle))) {
      EntityRegistry r = ingest(order, EntityRegistry.inMemory(Transliterator.rulesOnly()));
      assertThat(r.resolve("PERS", "عبدالله السدحان").get().id()).isEqualTo(shortForm);
    }
  }

  static <T> List<List<T>> permutations(List<T> items) {
    if (items.size() <= 1) return List.of(items);
    List<List<T>> out = new ArrayList<>();
    for (T first : items) {
      List<T> rest = new ArrayList<>(items);
      rest.remove(first);
      for (List<T> p : permutations(rest)) {
        List<T> withFirst = new ArrayList<>(List.of(first));
        withFirst.addAll(p);
        out.add(withFirst);
      }
    }
    return out;
  }
}
