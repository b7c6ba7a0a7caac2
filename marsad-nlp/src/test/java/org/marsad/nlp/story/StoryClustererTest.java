package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryClustererTest {
  private static final Instant DAY1 = Instant.parse("2015-08-01T08:00:00Z");

  private static StoryInput article(String id, String source, Instant t, String title, String text, String... entities) {
    return new StoryInput(id, title, text, source, t, Set.of(entities));
  }

  private static final String LAVROV_1 = "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي اليوم "
      + "سبل تعزيز وقف الأعمال القتالية في سورية ومكافحة الإرهاب وإغلاق الحدود التركية السورية.";
  private static final String LAVROV_2 = "أجرى لافروف وكيري اتصالا هاتفيا تناول تعزيز وقف الأعمال القتالية في سورية "
      + "وإيصال المساعدات الإنسانية، وطرح الوزير الروسي ضرورة إغلاق الحدود التركية السورية أمام المسلحين.";
  private static final String FOOTBALL_1 = "فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة الدوري السعودي للمحترفين "
      + "التي أقيمت على ملعب الملك فهد الدولي بالرياض وسط حضور جماهيري كبير.";
  private static final String FOOTBALL_2 = "حقق الهلال فوزا مثيرا على النصر بهدفين لهدف في ديربي الرياض ضمن الدوري السعودي للمحترفين "
      + "على ملعب الملك فهد الدولي، ليعزز صدارته للترتيب.";

  @Test
  void two_sources_telling_one_event_share_a_story_and_other_events_do_not() {
    StoryClusterer c = new StoryClusterer();
    String a1 = c.assign(article("a1", "sana", DAY1, "لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية في سورية", LAVROV_1, "per:lavrov", "per:kerry"));
    String f1 = c.assign(article("f1", "riyadh", DAY1.plus(1, ChronoUnit.HOURS), "الهلال يفوز على النصر في ديربي الرياض", FOOTBALL_1, "org:hilal", "org:nassr"));
    String a2 = c.assign(article("a2", "aawsat", DAY1.plus(3, ChronoUnit.HOURS), "اتصال بين لافروف وكيري حول وقف الأعمال القتالية", LAVROV_2, "per:lavrov", "per:kerry"));
    String f2 = c.assign(article("f2", "okaz", DAY1.plus(5, ChronoUnit.HOURS), "الهلال يتغلب على النصر ويعزز صدارته", FOOTBALL_2, "org:hilal"));

    assertThat(a2).isEqualTo(a1);
    assertThat(f2).isEqualTo(f1);
    assertThat(a1).isNotEqualTo(f1);
    assertThat(c.assign(article("a1", "sana", DAY1, "x", "y"))).as("re-assigning a known article is a no-op").isEqualTo(a1);

    List<Story> stories = c.stories(null, null);
    assertThat(stories).hasSize(2);
    Story lavrov = stories.stream().filter(s -> s.id().equals(a1)).findFirst().orElseThrow();
    assertThat(lavrov.articleIds()).containsExactly("a1", "a2");
    assertThat(lavrov.sources()).containsExactly("sana", "aawsat");
    assertThat(lavrov.label()).contains("لافروف");
    assertThat(lavrov.first()).isEqualTo(DAY1);
  }

  @Test
  void a_saved_clusterer_reopened_by_another_process_continues_its_stories(@TempDir Path dir) throws Exception {
    StoryClusterer first = new StoryClusterer();
    String lavrov = first.assign(article("a1", "sana", DAY1, "لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية في سورية", LAVROV_1, "per:lavrov", "per:kerry"));
    String football = first.assign(article("f1", "riyadh", DAY1.plus(1, ChronoUnit.HOURS), "الهلال يفوز على النصر في ديربي الرياض", FOOTBALL_1, "org:hilal", "org:nassr"));
    first.save(dir);

    StoryClusterer second = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    assertThat(second.assign(article("a2", "aawsat", DAY1.plus(3, ChronoUnit.HOURS), "اتصال بين لافروف وكيري حول وقف الأعمال القتالية", LAVROV_2, "per:lavrov", "per:kerry")))
        .isEqualTo(lavrov);
    assertThat(second.assign(article("f2", "okaz", DAY1.plus(5, ChronoUnit.HOURS), "الهلال يتغلب على النصر ويعزز صدارته", FOOTBALL_2, "org:hilal")))
        .isEqualTo(football);
    assertThat(second.assign(article("a1", "sana", DAY1, "x", "y"))).as("an article of the first run keeps its story").isEqualTo(lavrov);
    assertThat(second.eventOf("a2")).isEqualTo(second.eventOf("a1"));
    Story s = second.stories(null, null).stream().filter(x -> x.id().equals(lavrov)).findFirst().orElseThrow();
    assertThat(s.articleIds()).containsExactly("a1", "a2");
    assertThat(s.label()).contains("لافروف");
  }

  @Test
  void events_far_behind_the_newest_article_are_closed_when_it_moves_and_keep_their_story(@TempDir Path dir) throws Exception {
    StoryClusterer c = new StoryClusterer();
    String old = c.assign(article("a1", "sana", DAY1, "لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية في سورية", LAVROV_1, "per:lavrov"));
    c.assign(article("f1", "riyadh", DAY1.plus(30, ChronoUnit.DAYS), "الهلال يفوز على النصر في ديربي الرياض", FOOTBALL_1, "org:hilal"));
    assertThat(c.events.get(0).isClosed()).as("closed when the newest article moved, before any save").isTrue();
    c.save(dir);
    assertThat(c.eventsByTerm.values()).allSatisfy(posting -> assertThat(posting).noneMatch(EventCluster::isClosed));
    StoryClusterer reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    Story s = reopened.stories(null, DAY1.plus(1, ChronoUnit.DAYS)).get(0);
    assertThat(s.id()).isEqualTo(old);
    assertThat(s.label()).startsWith("لافروف وكيري");
    assertThat(reopened.events.get(0).isClosed()).isTrue();
    assertThat(reopened.events.get(1).isClosed()).isFalse();
  }

  @Test
  void opening_a_directory_without_state_gives_an_empty_clusterer(@TempDir Path dir) throws Exception {
    assertThat(StoryClusterer.open(dir, StoryClusterer.Settings.defaults()).stories(null, null)).isEmpty();
  }

  @Test
  void an_event_days_later_continues_the_story_but_beyond_the_link_window_starts_a_new_one() {
    StoryClusterer c = new StoryClusterer();
    String first = c.assign(article("a1", "sana", DAY1, "لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية في سورية", LAVROV_1, "per:lavrov"));
    String fourDaysLater = c.assign(article("a2", "aawsat", DAY1.plus(4, ChronoUnit.DAYS), "لافروف وكيري يبحثان مجددا وقف الأعمال القتالية في سورية", LAVROV_2, "per:lavrov"));
    String monthLater = c.assign(article("a3", "okaz", DAY1.plus(30, ChronoUnit.DAYS), "لافروف وكيري يبحثان وقف الأعمال القتالية في سورية", LAVROV_1, "per:lavrov"));
    assertThat(fourDaysLater).isEqualTo(first);
    assertThat(monthLater).isNotEqualTo(first);
  }

  @Test
  void stories_are_filtered_by_time_span() {
    StoryClusterer c = new StoryClusterer();
    c.assign(article("a1", "sana", DAY1, "لافروف وكيري", LAVROV_1));
    c.assign(article("f1", "riyadh", DAY1.plus(10, ChronoUnit.DAYS), "الهلال والنصر", FOOTBALL_1));
    assertThat(c.stories(DAY1.plus(5, ChronoUnit.DAYS), null)).extracting(Story::articleIds).containsExactly(List.of("f1"));
  }
}
