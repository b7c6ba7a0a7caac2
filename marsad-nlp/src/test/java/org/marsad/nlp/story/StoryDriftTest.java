package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story is a chain of events linked one at a time. An event that links to the story's most
 * peripheral event but shares nothing with what the story is mostly about must not continue it
 * (the agreement check); a real continuation must. Titles and texts are shortened real reports
 * of July 2015 (SaudiNewsNet): the Houthi leader killed in Saada, the fighting in Aden, an army
 * commander's Eid visit to the troops on the Yemeni border, and the Board of Grievances' Eid
 * greetings to its staff, which the QA ingest of session 13 found chained into the Yemen story.
 */
class StoryDriftTest {
  private static final Instant DAY1 = Instant.parse("2015-07-21T08:00:00Z");

  private static StoryInput article(String id, int day, int hour, String title, String text, String... entities) {
    return new StoryInput(id, title, text, "src-" + id, DAY1.plus(day, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS), Set.of(entities));
  }

  /** The Yemen story's events and the background that gives the document frequencies some sense. */
  private static void tellTheYemenStory(StoryClusterer c) {
    c.assign(article("bg1", 0, 0, "الهلال يفوز على النصر في ديربي الرياض",
        "فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة الدوري السعودي للمحترفين التي أقيمت على ملعب الملك فهد الدولي بالرياض.", "org:hilal"));
    c.assign(article("bg2", 0, 1, "لافروف وكيري يبحثان الأزمة السورية",
        "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي اليوم سبل تسوية الأزمة في سورية ومكافحة الإرهاب.", "per:lavrov"));
    c.assign(article("bg3", 0, 2, "ارتفاع أسعار النفط في الأسواق العالمية",
        "ارتفعت أسعار النفط في تعاملات اليوم مع تراجع المخزونات الأمريكية وتوقعات بزيادة الطلب في الأسواق الآسيوية.", "org:opec"));
    c.assign(article("y1", 0, 3, "مقتل القيادي أبو يحيى الحوثي في غارة للتحالف بصعدة",
        "قتل القيادي في جماعة الحوثي أبو يحيى الحوثي في غارة جوية شنتها طائرات التحالف العربي على مواقع الميليشيات في محافظة صعدة شمال اليمن، بحسب مصادر محلية.",
        "per:abu-yahya", "org:houthi", "loc:saada", "loc:yemen", "org:coalition"));
    c.assign(article("y2", 0, 5, "غارات التحالف تقتل قياديا حوثيا في صعدة",
        "أكدت مصادر يمنية مقتل أبو يحيى الحوثي أحد أبرز قيادات جماعة الحوثي في غارة لطائرات التحالف العربي استهدفت مواقع الميليشيات في صعدة.",
        "per:abu-yahya", "org:houthi", "loc:saada", "org:coalition"));
    c.assign(article("y3", 1, 0, "المقاومة الشعبية تتقدم في عدن بدعم من التحالف",
        "تقدمت المقاومة الشعبية والجيش الموالي للرئيس عبدربه منصور هادي في أحياء عدن بدعم من طائرات التحالف العربي، وسط تراجع ميليشيات الحوثي وقوات المخلوع صالح في جنوب اليمن.",
        "org:resistance", "per:hadi", "loc:aden", "org:coalition", "org:houthi", "loc:yemen"));
    c.assign(article("y4", 2, 0, "قائد القوات البرية يعايد الجنود المرابطين على الحد الجنوبي",
        "عايد قائد القوات البرية الجنود المرابطين على الحد الجنوبي مع اليمن بمناسبة عيد الفطر المبارك، ونقل لهم تهاني القيادة وتقديرها لتضحياتهم في مواجهة ميليشيات الحوثي.",
        "org:land-forces", "loc:yemen", "org:houthi"));
  }

  private static final String[] GREETINGS = {"ديوان المظالم يعايد منسوبيه بمناسبة عيد الفطر",
      "عايد رئيس ديوان المظالم منسوبي الديوان بمناسبة عيد الفطر المبارك، ونقل لهم تهاني القيادة وتمنياته لهم بالتوفيق في أعمالهم.",
      "org:diwan"};
  private static final String[] AIRSTRIKES = {"التحالف يستهدف مواقع الحوثيين في صعدة ومحيط عدن",
      "شنت طائرات التحالف العربي غارات جديدة على مواقع ميليشيات الحوثي وقوات صالح في صعدة ومحيط عدن، فيما واصلت المقاومة الشعبية تقدمها في جنوب اليمن.",
      "org:coalition", "org:houthi", "loc:saada", "loc:aden", "org:resistance"};

  private static StoryInput greetings() {
    return article("d1", 3, 0, GREETINGS[0], GREETINGS[1], GREETINGS[2]);
  }

  private static StoryInput airstrikes() {
    return article("c1", 3, 2, AIRSTRIKES[0], AIRSTRIKES[1], java.util.Arrays.copyOfRange(AIRSTRIKES, 2, AIRSTRIKES.length));
  }

  @Test
  void the_yemen_events_including_the_border_eid_visit_form_one_story() {
    StoryClusterer c = new StoryClusterer();
    tellTheYemenStory(c);
    String yemen = c.assign(article("y1", 0, 3, "", ""));
    assertThat(c.eventOf("y3")).as("Aden is another event").isNotEqualTo(c.eventOf("y1"));
    assertThat(c.assign(article("y3", 1, 0, "", ""))).isEqualTo(yemen);
    assertThat(c.assign(article("y4", 2, 0, "", ""))).as("the troops' Eid visit on the Yemeni border continues it").isEqualTo(yemen);
  }

  @Test
  void an_eid_greeting_linking_only_to_the_border_visit_starts_its_own_story_while_new_airstrikes_continue_the_war() {
    StoryClusterer c = new StoryClusterer();
    tellTheYemenStory(c);
    String yemen = c.assign(article("y1", 0, 3, "", ""));
    assertThat(c.assign(greetings())).isNotEqualTo(yemen);
    assertThat(c.assign(airstrikes())).isEqualTo(yemen);
  }

  @Test
  void without_the_agreement_check_the_greeting_chains_into_the_war_story() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults().withStoryAgreement(0));
    tellTheYemenStory(c);
    assertThat(c.assign(greetings())).isEqualTo(c.assign(article("y1", 0, 3, "", "")));
  }

  @Test
  void the_check_reads_the_same_story_events_after_saving_and_reopening(@TempDir Path dir) throws Exception {
    StoryClusterer first = new StoryClusterer();
    tellTheYemenStory(first);
    first.save(dir);
    StoryClusterer reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    String yemen = reopened.assign(article("y1", 0, 3, "", ""));
    assertThat(reopened.assign(greetings())).isNotEqualTo(yemen);
    assertThat(reopened.assign(airstrikes())).isEqualTo(yemen);
  }

  @Test
  void the_sample_is_the_largest_events_ties_in_creation_order() {
    EventCluster small = new EventCluster("e0", 0, "s"), big = new EventCluster("e1", 1, "s"), tie = new EventCluster("e2", 2, "s");
    TermVector v = TermVector.normalised(java.util.Map.of("يمن", 1.0));
    big.add(article("b1", 0, 0, "t", "x"), v);
    big.add(article("b2", 0, 0, "t", "x"), v);
    small.add(article("s1", 0, 0, "t", "x"), v);
    tie.add(article("t1", 0, 0, "t", "x"), v);
    assertThat(StoryClusterer.largest(java.util.List.of(small, big, tie), 2)).containsExactly(big, small);
  }
}
