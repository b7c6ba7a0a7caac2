package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The section-free link (session 26, lane stories26; a measurement option, off by default): a new event's link into a
 * story must reach the bar once the section words' part of its text cosine is taken off. Session 26 traced the unrelated pairs of the largest stories of
 * the two gold days to their links; half the links that held only unrelated pairs rested on the words every report of
 * a section says (the Gulf bourses' report brought in the Saudi index's, which brought in bank loans and STC's
 * results: points, shares, index, trading). Shortened real reports of August 2015 (SaudiNewsNet, al-Riyadh and
 * al-Sharq al-Awsat); the entity ids are set by hand.
 */
class SectionFreeLinkTest {
  private static final Instant DAY0 = Instant.parse("2015-08-01T08:00:00Z");

  private static StoryInput article(String id, int day, int hour, String title, String text, String... entities) {
    return new StoryInput(id, title, text, "src", DAY0.plus(day, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS), Set.of(entities));
  }

  /** A week of other news before the markets, so that the document frequencies are a stream's, not two articles'. */
  private static void otherNews(StoryClusterer c) {
    String[][] reports = {
        {"الدفاع المدني يحذر من السيول في منطقة عسير",
            "حذرت المديرية العامة للدفاع المدني من الأمطار الرعدية وجريان السيول في الأودية بمنطقة عسير خلال الأيام المقبلة."},
        {"صحة الرياض تطلق حملة للتطعيم ضد الحصبة",
            "أطلقت المديرية العامة للشؤون الصحية بمنطقة الرياض حملة تطعيم ضد الحصبة تستهدف الأطفال في المدارس والمراكز الصحية."},
        {"تعليم جدة يعلن نتائج حركة النقل الخارجي للمعلمين",
            "أعلنت الإدارة العامة للتعليم بمحافظة جدة نتائج حركة النقل الخارجي للمعلمين والمعلمات للعام الدراسي الجديد."},
        {"سوق عكاظ يستقبل زواره بعروض الشعر والفروسية",
            "استقبل سوق عكاظ في الطائف زواره بعروض الشعر والمسرح والفروسية في دورته التاسعة بحضور أمير منطقة مكة المكرمة."},
        {"أمانة جدة تطلق حملة لإزالة العشوائيات",
            "أطلقت أمانة محافظة جدة حملة لإزالة المباني العشوائية في أحياء جنوب المحافظة بمشاركة الدفاع المدني والشرطة."}};
    for (int i = 0; i < 30; i++) {
      String[] r = reports[i % reports.length];
      c.assign(article("bg" + i, i % 4, i % 24, r[0], r[1]));
    }
  }

  private static StoryInput gulfBourses() {
    return article("m1", 8, 0, "أسواق الأسهم الخليجية ترتفع بعد صعود النفط",
        "ارتفعت مؤشرات أسواق الأسهم الخليجية في تعاملات الأمس مدعومة بصعود أسعار النفط، وصعد مؤشر سوق دبي 1.2 في المئة "
            + "إلى 4012 نقطة، وارتفع مؤشر بورصة قطر 0.8 في المئة، فيما تراجعت أسهم البنوك في الكويت وسط تداولات ضعيفة.",
        "loc:gulf", "loc:dubai", "loc:qatar", "loc:kuwait");
  }

  private static StoryInput saudiIndex() {
    return article("m2", 9, 6, "سوق الأسهم السعودية يغلق مرتفعا بتداولات بلغت 4 مليارات ريال",
        "أغلق مؤشر سوق الأسهم السعودية جلسة الأمس مرتفعا 44 نقطة إلى مستوى 8699 نقطة، بتداولات بلغت قيمتها 4 مليارات ريال، "
            + "وارتفعت أسهم 120 شركة مقابل تراجع أسهم 38 شركة، وقاد الارتفاع سهم سابك وأسهم قطاع المصارف.",
        "loc:saudi", "org:tadawul");
  }

  private static StoryInput zinjibarTaken() {
    return article("y1", 8, 0, "المقاومة الشعبية تحرر زنجبار وتتقدم نحو لودر في أبين",
        "حررت المقاومة الشعبية بمساندة طيران التحالف مدينة زنجبار عاصمة محافظة أبين، وتقدمت نحو مدينة لودر بعد فرار ميليشيات "
            + "الحوثي وقوات المخلوع صالح، وقال قائد ميداني إن المقاومة تسيطر على معظم مديريات أبين.",
        "loc:yemen", "loc:zinjibar", "loc:abyan", "org:houthi");
  }

  private static StoryInput zinjibarAftermath() {
    return article("y2", 11, 6, "الأهالي يعودون إلى زنجبار بعد طرد الحوثيين من أبين",
        "بدأ مئات النازحين العودة إلى منازلهم في مدينة زنجبار بمحافظة أبين بعد طرد ميليشيات الحوثي منها، فيما تعمل المقاومة "
            + "الشعبية على تطهير المدينة من الألغام التي زرعتها الميليشيات في الطرقات والمباني الحكومية.",
        "loc:yemen", "loc:zinjibar", "loc:abyan", "org:houthi");
  }

  private static StoryClusterer clusterer(double sectionFreeLink) {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.defaults().withSectionFreeLink(sectionFreeLink));
    otherNews(c);
    return c;
  }

  @Test
  void the_saudi_index_does_not_continue_the_gulf_bourses_story_on_the_markets_words_alone() {
    StoryClusterer guarded = clusterer(StoryClusterer.Settings.SECTION_FREE_LINK_TRIED);
    String gulf = guarded.assign(gulfBourses());
    assertThat(guarded.assign(saudiIndex())).as("another market, another day: another story").isNotEqualTo(gulf);

    StoryClusterer before = clusterer(StoryClusterer.Settings.defaults().sectionFreeLink());
    String gulfBefore = before.assign(gulfBourses());
    assertThat(before.assign(saudiIndex())).as("off by default: the section's words link them (session 23's markets chain)")
        .isEqualTo(gulfBefore);
  }

  @Test
  void a_follow_up_linked_by_its_subject_still_continues_the_story() {
    StoryClusterer guarded = clusterer(StoryClusterer.Settings.SECTION_FREE_LINK_TRIED);
    String taken = guarded.assign(zinjibarTaken());
    assertThat(guarded.eventOf("y1")).isNotNull();
    assertThat(guarded.assign(zinjibarAftermath())).as("the return to Zinjibar continues the story of its taking").isEqualTo(taken);
    assertThat(guarded.eventOf("y2")).as("a new event of the story (three days on: past the event window)")
        .isNotEqualTo(guarded.eventOf("y1"));
  }

  @Test
  void the_journal_rules_name_the_section_free_link_only_when_it_is_on() {
    StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
    String off = new StoryClusterer(d).replayRules();
    assertThat(off).doesNotContain("section");
    assertThat(new StoryClusterer(d.withSectionFreeLink(0.12)).replayRules()).isEqualTo(off + " section-free link 0.12");
  }
}
