package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy goes where its original is, and an article without a publication time does not move
 * the clusterer's clock (session 16: one undated article stamped with the ingest time closed
 * every event of a 2015 archive at each save, and later copies started stories of their own).
 */
class CopiesAndUndatedArticlesTest {
  private static final Instant DAY1 = Instant.parse("2015-07-21T08:00:00Z");
  private static final String FIRE = "سيطرت فرق الدفاع المدني في العاصمة المقدسة على حريق نشب في مستودع لقطع غيار السيارات "
      + "بحي الشرائع دون تسجيل أي إصابات، وأوضح المتحدث الرسمي أن الفرق باشرت الحادث فور تلقي البلاغ.";
  private static final String FOOTBALL = "فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة الدوري السعودي للمحترفين "
      + "التي أقيمت على ملعب الملك فهد الدولي بالرياض وسط حضور جماهيري كبير.";
  private static final String EID = "احتفل أهالي المنطقة الشرقية بعيد الفطر المبارك في الحدائق والواجهات البحرية "
      + "وسط برامج ترفيهية للأطفال والعائلات أعدتها الأمانة.";

  private static StoryInput article(String id, Instant t, String title, String text, String... entities) {
    return new StoryInput(id, title, text, "src-" + id, t, Set.of(entities));
  }

  @Test
  void an_undated_article_does_not_close_the_events_of_an_archive_on_save(@TempDir Path dir) throws Exception {
    StoryClusterer c = new StoryClusterer();
    String fire = c.assign(article("fire1", DAY1, "مدني مكة يسيطر على حريق بمستودع لقطع الغيار", FIRE, "loc:mecca"));
    c.assign(article("undated", null, "الهلال يفوز على النصر", FOOTBALL, "org:hilal"));
    assertThat(c.newest).as("the undated article takes the clock, it does not move it").isEqualTo(DAY1);
    c.save(dir);

    StoryClusterer reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    String again = reopened.assign(article("fire2", DAY1.plus(5, ChronoUnit.HOURS),
        "الدفاع المدني يخمد حريقا في مستودع قطع غيار بمكة", FIRE + " وقال إن أسباب الحريق قيد التحقيق.", "loc:mecca"));
    assertThat(again).as("the archive's event is still open").isEqualTo(fire);
  }

  @Test
  void a_copy_joins_its_originals_event_even_a_closed_one(@TempDir Path dir) throws Exception {
    StoryClusterer c = new StoryClusterer();
    String fire = c.assign(article("fire1", DAY1, "مدني مكة يسيطر على حريق بمستودع لقطع الغيار", FIRE, "loc:mecca"));
    c.assign(article("eid", DAY1.plus(30, ChronoUnit.DAYS), "الشرقية تحتفل بالعيد", EID, "loc:east"));
    c.save(dir); // thirty days on: the fire's event is closed
    StoryClusterer reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());

    StoryInput copy = article("fire-copy", DAY1.plus(2, ChronoUnit.HOURS), "مدني العاصمة المقدسة يسيطر على حريق نشب بمستودع", FIRE, "loc:mecca");
    assertThat(reopened.assign(StoryClusterer.prepare(copy), "fire1")).isEqualTo(fire);
    assertThat(reopened.eventOf("fire-copy")).isEqualTo(reopened.eventOf("fire1"));
    assertThat(reopened.stories(null, null).stream().filter(s -> s.id().equals(fire)).findFirst().orElseThrow().articleIds())
        .containsExactly("fire1", "fire-copy");
  }

  @Test
  void a_copy_of_an_open_event_joins_it_and_one_of_an_unknown_original_is_placed_as_usual() {
    StoryClusterer c = new StoryClusterer();
    String fire = c.assign(article("fire1", DAY1, "مدني مكة يسيطر على حريق بمستودع لقطع الغيار", FIRE, "loc:mecca"));
    // Off topic on purpose: similarity alone would open a new event; the duplicate link decides.
    assertThat(c.assign(StoryClusterer.prepare(article("linked", DAY1.plus(1, ChronoUnit.HOURS), "الهلال يفوز", FOOTBALL)), "fire1"))
        .isEqualTo(fire);
    assertThat(c.eventOf("linked")).isEqualTo(c.eventOf("fire1"));
    String eid = c.assign(StoryClusterer.prepare(article("eid", DAY1.plus(2, ChronoUnit.HOURS), "الشرقية تحتفل بالعيد", EID)), "never-seen");
    assertThat(eid).isNotEqualTo(fire);
  }
}
