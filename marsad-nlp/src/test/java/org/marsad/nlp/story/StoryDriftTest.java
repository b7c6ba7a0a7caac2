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
    yemenStory(0, 1, 2).forEach(c::assign);
  }

  /** The articles of {@link #tellTheYemenStory}: background and y1, y2 on day {@code killed}, Aden on {@code aden}, the border visit on {@code visit}. */
  private static java.util.List<StoryInput> yemenStory(int killed, int aden, int visit) {
    java.util.List<StoryInput> c = new java.util.ArrayList<>();
    c.add(article("bg1", killed, 0, "الهلال يفوز على النصر في ديربي الرياض",
        "فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة الدوري السعودي للمحترفين التي أقيمت على ملعب الملك فهد الدولي بالرياض.", "org:hilal"));
    c.add(article("bg2", killed, 1, "لافروف وكيري يبحثان الأزمة السورية",
        "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي اليوم سبل تسوية الأزمة في سورية ومكافحة الإرهاب.", "per:lavrov"));
    c.add(article("bg3", killed, 2, "ارتفاع أسعار النفط في الأسواق العالمية",
        "ارتفعت أسعار النفط في تعاملات اليوم مع تراجع المخزونات الأمريكية وتوقعات بزيادة الطلب في الأسواق الآسيوية.", "org:opec"));
    c.add(article("y1", killed, 3, "مقتل القيادي أبو يحيى الحوثي في غارة للتحالف بصعدة",
        "قتل القيادي في جماعة الحوثي أبو يحيى الحوثي في غارة جوية شنتها طائرات التحالف العربي على مواقع الميليشيات في محافظة صعدة شمال اليمن، بحسب مصادر محلية.",
        "per:abu-yahya", "org:houthi", "loc:saada", "loc:yemen", "org:coalition"));
    c.add(article("y2", killed, 5, "غارات التحالف تقتل قياديا حوثيا في صعدة",
        "أكدت مصادر يمنية مقتل أبو يحيى الحوثي أحد أبرز قيادات جماعة الحوثي في غارة لطائرات التحالف العربي استهدفت مواقع الميليشيات في صعدة.",
        "per:abu-yahya", "org:houthi", "loc:saada", "org:coalition"));
    c.add(article("y3", aden, 0, "المقاومة الشعبية تتقدم في عدن بدعم من التحالف",
        "تقدمت المقاومة الشعبية والجيش الموالي للرئيس عبدربه منصور هادي في أحياء عدن بدعم من طائرات التحالف العربي، وسط تراجع ميليشيات الحوثي وقوات المخلوع صالح في جنوب اليمن.",
        "org:resistance", "per:hadi", "loc:aden", "org:coalition", "org:houthi", "loc:yemen"));
    c.add(article("y4", visit, 0, "قائد القوات البرية يعايد الجنود المرابطين على الحد الجنوبي",
        "عايد قائد القوات البرية الجنود المرابطين على الحد الجنوبي مع اليمن بمناسبة عيد الفطر المبارك، ونقل لهم تهاني القيادة وتقديرها لتضحياتهم في مواجهة ميليشيات الحوثي.",
        "org:land-forces", "loc:yemen", "org:houthi"));
    return c;
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
  void the_sample_is_the_largest_events_in_the_window_ties_in_creation_order() {
    EventCluster small = new EventCluster("e0", 0, "s"), big = new EventCluster("e1", 1, "s"), tie = new EventCluster("e2", 2, "s");
    EventCluster old = new EventCluster("e3", 3, "s");
    TermVector v = TermVector.normalised(java.util.Map.of("يمن", 1.0));
    big.add(article("b1", 10, 0, "t", "x"), v);
    big.add(article("b2", 10, 0, "t", "x"), v);
    small.add(article("s1", 10, 0, "t", "x"), v);
    tie.add(article("t1", 10, 0, "t", "x"), v);
    for (int i = 0; i < 3; i++) old.add(article("o" + i, 2, 0, "t", "x"), v); // the largest, 8 days before
    StoryEventsBySize bySize = new StoryEventsBySize();
    for (EventCluster e : java.util.List.of(small, big, tie, old)) bySize.add(e);
    Instant now = DAY1.plus(10, ChronoUnit.DAYS);
    long week = java.time.Duration.ofDays(7).getSeconds();
    assertThat(bySize.sample("s", null, now, week, null, 2)).containsExactly(big, small);
    assertThat(bySize.sample("s", big, now, week, null, 2)).as("not the linked event").containsExactly(small, tie);
    assertThat(bySize.size("s")).as("8 days old: out of the window, not yet past the horizon").isEqualTo(4);
    bySize.sample("s", null, now, week, now.minus(java.time.Duration.ofDays(7)), 2);
    assertThat(bySize.size("s")).as("past the horizon: dropped when met").isEqualTo(3);
    bySize.grow(small, () -> { small.add(article("s2", 10, 1, "t", "x"), v); small.add(article("s3", 10, 1, "t", "x"), v); });
    assertThat(bySize.sample("s", null, now, week, null, 2)).as("re-placed by its new size").containsExactly(small, big);
    bySize.grow(old, () -> old.add(article("o3", 10, 2, "t", "x"), v));
    assertThat(bySize.size("s")).as("an open event dropped as too old comes back when a late article joins it").isEqualTo(4);
    assertThat(bySize.sample("s", null, now, week, null, 1)).containsExactly(old);
  }

  /**
   * The second review's restart stream: the Yemen story's only other event (day 6) is in the
   * window when the greeting arrives (day 10), its first events (day 0) are not. With the sample
   * pruned only on save, an uninterrupted run still saw day 0 and decided otherwise than a run
   * reopened every day (at agreement 0.06); with the window both decide alike, at any setting.
   */
  @Test
  void restarts_do_not_change_the_stories_when_only_old_events_would_disagree(@TempDir Path dir) throws Exception {
    for (double agreement : new double[] {0.06, StoryClusterer.Settings.defaults().storyAgreement()}) {
      StoryClusterer.Settings settings = StoryClusterer.Settings.defaults().withStoryAgreement(agreement);
      java.util.List<StoryInput> stream = java.util.List.of(
          at("bg1", 0, "الهلال يفوز على النصر في ديربي الرياض", "فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة الدوري السعودي للمحترفين التي أقيمت على ملعب الملك فهد الدولي بالرياض.", "org:hilal"),
          at("bg2", 0, "لافروف وكيري يبحثان الأزمة السورية", "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي اليوم سبل تسوية الأزمة في سورية ومكافحة الإرهاب.", "per:lavrov"),
          at("bg3", 0, "ارتفاع أسعار النفط في الأسواق العالمية", "ارتفعت أسعار النفط في تعاملات اليوم مع تراجع المخزونات الأمريكية وتوقعات بزيادة الطلب في الأسواق الآسيوية.", "org:opec"),
          at("y1", 0.1, "مقتل القيادي أبو يحيى الحوثي في غارة للتحالف بصعدة", "قتل القيادي في جماعة الحوثي أبو يحيى الحوثي في غارة جوية شنتها طائرات التحالف العربي على مواقع الميليشيات في محافظة صعدة شمال اليمن، بحسب مصادر محلية.", "per:abu-yahya", "org:houthi", "loc:saada", "loc:yemen", "org:coalition"),
          at("y2", 0.2, "غارات التحالف تقتل قياديا حوثيا في صعدة", "أكدت مصادر يمنية مقتل أبو يحيى الحوثي أحد أبرز قيادات جماعة الحوثي في غارة لطائرات التحالف العربي استهدفت مواقع الميليشيات في صعدة.", "per:abu-yahya", "org:houthi", "loc:saada", "org:coalition"),
          at("y4", 6, "قائد القوات البرية يعايد الجنود المرابطين على الحد الجنوبي", "عايد قائد القوات البرية الجنود المرابطين على الحد الجنوبي مع اليمن بمناسبة عيد الفطر المبارك، ونقل لهم تهاني القيادة وتقديرها لتضحياتهم في مواجهة ميليشيات الحوثي.", "org:land-forces", "loc:yemen", "org:houthi"),
          at("bg4", 9.6, "ارتفاع أسعار الذهب", "ارتفعت أسعار الذهب في تعاملات اليوم مع تراجع الدولار الأمريكي في الأسواق العالمية.", "org:gold"),
          at("d1", 10, "ديوان المظالم يعايد منسوبيه بمناسبة عيد الفطر", "عايد رئيس ديوان المظالم منسوبي الديوان بمناسبة عيد الفطر المبارك، ونقل لهم تهاني القيادة وتمنياته لهم بالتوفيق في أعمالهم.", "org:diwan"));
      assertThat(storiesReopenedDaily(stream, settings, dir)).as("agreement " + agreement)
          .isEqualTo(storiesUninterrupted(stream, settings));
    }
  }

  /** Each article's story, one process over the whole stream. */
  private static java.util.Map<String, String> storiesUninterrupted(java.util.List<StoryInput> stream, StoryClusterer.Settings settings) {
    StoryClusterer once = new StoryClusterer(settings);
    java.util.Map<String, String> stories = new java.util.LinkedHashMap<>();
    for (StoryInput in : stream) stories.put(in.id(), once.assign(in));
    return stories;
  }

  /** Each article's story, the state saved and reopened at every change of day (one ingest per day). */
  private static java.util.Map<String, String> storiesReopenedDaily(java.util.List<StoryInput> stream, StoryClusterer.Settings settings, Path dir)
      throws Exception {
    StoryClusterer daily = new StoryClusterer(settings);
    java.util.Map<String, String> stories = new java.util.LinkedHashMap<>();
    String day = null;
    for (StoryInput in : stream) {
      String today = in.published().toString().substring(0, 10);
      if (day != null && !today.equals(day)) {
        daily.save(dir);
        daily = StoryClusterer.open(dir, settings);
      }
      day = today;
      stories.put(in.id(), daily.assign(in));
    }
    return stories;
  }

  private static StoryInput at(String id, double day, String title, String text, String... entities) {
    return new StoryInput(id, title, text, "src-" + id, Instant.parse("2015-07-21T08:00:00Z").plus((long) (day * 24), ChronoUnit.HOURS), Set.of(entities));
  }

  /**
   * The reviewer's restart case (session 13, F1): the Yemen story's first event (day 0) is past
   * the link window when the greeting arrives (day 10); Aden (day 5) and the border visit (day 6)
   * are not; new airstrikes on day 7 continue the war. Uninterrupted and saved-and-reopened at every day change, as one ingest per day
   * does, the stories are the same: the first event is out of the sample in both (before, it
   * was in the uninterrupted sample only, until a save closed it).
   */
  @Test
  void an_uninterrupted_run_and_one_reopened_every_day_make_the_same_stories(@TempDir Path dir) throws Exception {
    java.util.List<StoryInput> stream = tenDays();
    java.util.Map<String, String> once = storiesUninterrupted(stream, StoryClusterer.Settings.defaults());
    assertThat(storiesReopenedDaily(stream, StoryClusterer.Settings.defaults(), dir)).isEqualTo(once);
    String yemen = once.get("y1");
    assertThat(once.get("y3")).isEqualTo(yemen);
    assertThat(once.get("y4")).isEqualTo(yemen);
    assertThat(once.get("d1")).as("the greeting links only to the border visit; Aden, in the window, disagrees").isNotEqualTo(yemen);
    assertThat(once.get("c1")).as("new airstrikes continue the war").isEqualTo(yemen);
  }

  /**
   * The sample holds only events within the link window of the article. With the Yemen story's
   * first event and the border visit only (no Aden), the greeting on day 6 is refused: the
   * story's one other event, the killing in Saada, is 6 days before it and disagrees. On day 10
   * that event is past the window, the border visit is all the story has there, and nothing
   * disagrees: the greeting joins (the check needs a second event in the window to act).
   */
  @Test
  void an_event_past_the_link_window_is_out_of_the_sample() {
    for (int day : new int[] {6, 10}) {
      StoryClusterer c = new StoryClusterer();
      yemenStory(0, 0, 6).stream().filter(in -> !in.id().equals("y3")).forEach(c::assign);
      String yemen = c.assign(article("y1", 0, 3, "", ""));
      assertThat(c.assign(article("y4", 6, 0, "", ""))).isEqualTo(yemen);
      String greeting = c.assign(article("d1", day, 6, GREETINGS[0], GREETINGS[1], GREETINGS[2]));
      if (day == 6) assertThat(greeting).as("one other event in the window, which disagrees").isNotEqualTo(yemen);
      else assertThat(greeting).as("no other event in the window").isEqualTo(yemen);
    }
  }

  /**
   * Refused by the story it links to best, a new event tries the next linkable one: the Board of
   * Grievances' greeting, refused by the Yemen story, continues a university's Eid greeting
   * (its best link without the check is the border visit).
   */
  @Test
  void refused_by_the_best_story_the_event_continues_the_next_one() {
    StoryInput university = article("g1", 2, 6, "جامعة الملك سعود تهنئ منسوبيها بعيد الفطر",
        "هنأ مدير جامعة الملك سعود منسوبي الجامعة بمناسبة عيد الفطر المبارك، متمنيا لهم التوفيق في أعمالهم.", "org:ksu");
    StoryClusterer off = new StoryClusterer(StoryClusterer.Settings.defaults().withStoryAgreement(0));
    tellTheYemenStory(off);
    off.assign(university);
    assertThat(off.assign(greetings())).as("best link: the Yemen story").isEqualTo(off.assign(article("y1", 0, 3, "", "")));
    StoryClusterer c = new StoryClusterer();
    tellTheYemenStory(c);
    String universityStory = c.assign(university);
    assertThat(universityStory).isNotEqualTo(c.assign(article("y1", 0, 3, "", "")));
    assertThat(c.assign(greetings())).isEqualTo(universityStory);
    assertThat(c.eventOf("d1")).as("another event of that story").isNotEqualTo(c.eventOf("g1"));
  }

  private static java.util.List<StoryInput> tenDays() {
    java.util.List<StoryInput> out = yemenStory(0, 5, 6);
    out.add(article("c1", 7, 2, AIRSTRIKES[0], AIRSTRIKES[1], java.util.Arrays.copyOfRange(AIRSTRIKES, 2, AIRSTRIKES.length)));
    out.add(article("bg4", 9, 14, "ارتفاع أسعار الذهب", "ارتفعت أسعار الذهب في تعاملات اليوم مع تراجع الدولار الأمريكي في الأسواق العالمية.", "org:gold"));
    out.add(article("d1", 10, 0, GREETINGS[0], GREETINGS[1], GREETINGS[2]));
    return out;
  }
}
