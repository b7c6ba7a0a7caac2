package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Genre chains: in a Saudi stream the kingdom and Mecca are named by a large share of all articles,
 * so two ids shared with any Mecca-region story gave an overlap of 2/5 and 0.10 of agreement on
 * their own, and every Mecca-region report agreed with every other (session 13 review, F4). In the
 * agreement an event's shared entities now count only when the article also shares text with it.
 * Texts are hand-written short reports in the style SaudiNewsNet carries in July/August 2015 (the
 * Mecca governor's projects, the Holy Capital municipality's campaign against slums, Mecca news of
 * the weeks before; Yemen politics); the entity ids are set by hand, not produced by the NER, so
 * this checks the clustering arithmetic, not the entity pipeline. The first test fails on the code
 * before session 14 (the slums campaign joins the governor's story).
 */
class GenreChainTest {
  private static final Instant DAY0 = Instant.parse("2015-07-21T08:00:00Z");
  private static final String SAUDI = "loc:saudi", MECCA = "loc:makkah", YEMEN = "loc:yemen", TRAIN = "org:haramain-train";

  private static StoryInput article(String id, int day, int hour, String title, String text, String... entities) {
    return new StoryInput(id, title, text, "src", DAY0.plus(day, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS), Set.of(entities));
  }

  /** Three days of Mecca news a week before the story (out of its link window): the kingdom and Mecca become common ids. */
  private static void earlierMeccaNews(StoryClusterer c) {
    String[][] reports = {
        {"الرئاسة العامة لشؤون المسجد الحرام تستعد لاستقبال المعتمرين",
            "أكملت الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي استعداداتها لاستقبال المعتمرين والزوار في مكة المكرمة خلال العشر الأواخر."},
        {"الدفاع المدني بمكة يحذر من السيول",
            "حذرت المديرية العامة للدفاع المدني في منطقة مكة المكرمة من الأمطار الرعدية وجريان السيول في الأودية خلال الأيام المقبلة."},
        {"صحة مكة تطلق حملة للتطعيم ضد الحصبة",
            "أطلقت المديرية العامة للشؤون الصحية بمنطقة مكة المكرمة حملة تطعيم ضد الحصبة تستهدف الأطفال في المدارس والمراكز الصحية."},
        {"تعليم مكة يعلن نتائج حركة النقل الخارجي للمعلمين",
            "أعلنت الإدارة العامة للتعليم بمنطقة مكة المكرمة نتائج حركة النقل الخارجي للمعلمين والمعلمات للعام الدراسي الجديد."}};
    for (int i = 0; i < 36; i++) {
      String[] r = reports[i % reports.length];
      c.assign(article("bg" + i, i % 3, i % 24, r[0], r[1], SAUDI, MECCA));
    }
  }

  /** The governor's two events (days 10 and 13, too far apart to be one event): a story about his projects. */
  private static void governorsProjects(StoryClusterer c) {
    c.assign(article("g1", 10, 0, "أمير منطقة مكة المكرمة يدشن مشروع توسعة مطار الطائف",
        "دشن صاحب السمو الملكي الأمير خالد الفيصل أمير منطقة مكة المكرمة مشروع توسعة مطار الطائف الإقليمي بتكلفة تتجاوز مليار ريال، ويستوعب المطار بعد التوسعة خمسة ملايين مسافر سنويا.",
        SAUDI, MECCA, "pers:khalid-faisal", "loc:taif"));
    c.assign(article("g2", 13, 0, "أمير منطقة مكة المكرمة يفتتح ملتقى شباب مكة في جدة",
        "افتتح صاحب السمو الملكي الأمير خالد الفيصل أمير منطقة مكة المكرمة ملتقى شباب مكة في جدة بمشاركة ألفي شاب وشابة من محافظات المنطقة.",
        SAUDI, MECCA, "pers:khalid-faisal", "loc:jeddah"));
  }

  private static StoryInput slumsCampaign() {
    return article("m1", 14, 0, "أمانة العاصمة المقدسة تطلق حملة لإزالة العشوائيات في مكة المكرمة",
        "أطلقت أمانة العاصمة المقدسة حملة لإزالة المباني العشوائية في أحياء مكة المكرمة بمشاركة الدفاع المدني والشرطة ضمن استعدادات موسم الحج.",
        SAUDI, MECCA, "org:amana-makkah");
  }

  private static StoryInput airportVisit() {
    return article("g3", 14, 2, "أمير منطقة مكة المكرمة يتفقد أعمال توسعة مطار الطائف",
        "تفقد صاحب السمو الملكي الأمير خالد الفيصل أمير منطقة مكة المكرمة سير العمل في مشروع توسعة مطار الطائف الإقليمي، واطلع على مراحل التنفيذ.",
        SAUDI, MECCA, "pers:khalid-faisal", "loc:taif");
  }

  @Test
  void a_mecca_report_sharing_only_the_common_ids_does_not_continue_the_governors_story() {
    StoryClusterer c = new StoryClusterer();
    earlierMeccaNews(c);
    governorsProjects(c);
    String governor = c.assign(article("g1", 10, 0, "", ""));
    assertThat(c.assign(article("g2", 13, 0, "", ""))).as("the governor's second event continues his story").isEqualTo(governor);
    assertThat(c.assign(slumsCampaign())).as("the municipality's campaign is another story").isNotEqualTo(governor);
    assertThat(c.assign(airportVisit())).as("his visit to the airport works continues it").isEqualTo(governor);
  }

  @Test
  void the_genre_chain_stays_apart_after_a_save_and_reopen(@TempDir Path dir) throws Exception {
    StoryClusterer c = new StoryClusterer();
    earlierMeccaNews(c);
    governorsProjects(c);
    c.save(dir);
    StoryClusterer reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    String governor = reopened.assign(article("g1", 10, 0, "", ""));
    assertThat(reopened.assign(slumsCampaign())).isNotEqualTo(governor);
    assertThat(reopened.assign(airportVisit())).isEqualTo(governor);
  }

  /**
   * A country in the news is named by many articles (here 40 relief reports before the story), but
   * shared with an event whose text the article shares too it is evidence: the GCC secretary
   * general meeting the UN envoy continues the story of the Yemeni president's talks, although the
   * event the agreement checks it against (the president with his advisers) shares only Yemen and
   * words with it. Session 14's first fix dropped such ids and lost three Yemen-politics dev articles.
   */
  @Test
  void a_yemen_politics_report_sharing_a_common_country_and_text_continues_the_story() {
    StoryClusterer c = new StoryClusterer();
    String[][] relief = {
        {"مركز الملك سلمان للإغاثة يسير قافلة مساعدات غذائية إلى اليمن",
            "سير مركز الملك سلمان للإغاثة والأعمال الإنسانية قافلة جديدة من المساعدات الغذائية والطبية إلى المحافظات اليمنية المتضررة."},
        {"الهلال الأحمر يوزع سلالا غذائية على النازحين اليمنيين",
            "وزعت جمعية الهلال الأحمر سلالا غذائية وخياما على الأسر النازحة في المناطق الحدودية ضمن برنامج الإغاثة العاجلة."},
        {"منظمة الصحة العالمية تحذر من انتشار حمى الضنك",
            "حذرت منظمة الصحة العالمية من انتشار حمى الضنك في عدن والمكلا بسبب نقص المياه النظيفة وانقطاع الكهرباء عن المستشفيات."},
        {"وصول سفينة وقود إلى ميناء الحديدة",
            "وصلت إلى ميناء الحديدة سفينة محملة بالوقود والدقيق بعد أسابيع من التوقف لتخفيف معاناة السكان في المدن الساحلية."}};
    for (int i = 0; i < 40; i++) {
      String[] r = relief[i % relief.length];
      c.assign(article("r" + i, i % 3, i % 24, r[0], r[1], SAUDI, YEMEN));
    }
    String hadi = c.assign(article("y1", 10, 0, "الرئيس اليمني يناقش المستجدات السياسية مع مستشاريه",
        "ناقش الرئيس اليمني عبدربه منصور هادي في الرياض مع مستشاريه المستجدات السياسية والميدانية وجهود استعادة الشرعية وتنفيذ قرار مجلس الأمن الدولي.",
        YEMEN, "pers:hadi"));
    assertThat(c.assign(article("y2", 13, 0, "الرئيس اليمني يستقبل المبعوث الأممي إلى اليمن",
        "استقبل الرئيس اليمني عبدربه منصور هادي في الرياض المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد وبحثا المستجدات السياسية وتنفيذ قرار مجلس الأمن الدولي.",
        YEMEN, "pers:hadi", "pers:ould-cheikh", "org:un"))).as("the envoy's visit continues the president's story").isEqualTo(hadi);
    assertThat(c.assign(article("y3", 14, 0, "الأمين العام لمجلس التعاون يبحث مع المبعوث الأممي المستجدات في اليمن",
        "بحث الأمين العام لمجلس التعاون لدول الخليج العربية عبداللطيف الزياني مع المبعوث الخاص للأمين العام للأمم المتحدة إسماعيل ولد الشيخ أحمد المستجدات السياسية وجهود استعادة الشرعية في اليمن.",
        YEMEN, "pers:ould-cheikh", "org:un", "org:gcc"))).as("the GCC meeting with the envoy continues it").isEqualTo(hadi);
  }

  /**
   * A broad story (session 15): a week of the Haramain high-speed train, one developing story in
   * six events (the governor at the Jeddah station, the minister's date for the trial runs, the
   * first carriages at Jeddah port, the last rails, a first test run, the ticket prices).
   * The municipality's slums campaign, directed "by the prince", shares the kingdom, Mecca and a
   * few words (a station, kilometres, "early next year") with its events, text cosine 0.005–0.15:
   * enough for the narrow gate, so on the code before session 15 it continued the train's story,
   * as a week of Mecca-region news chains into one. A story with five or more other events in the
   * window asks for the broad gate before the shared ids count, and the campaign starts its own
   * story; a new report on the train (a fresh id, so it is clustered) still continues it.
   */
  @Test
  void in_a_broad_story_a_report_sharing_the_common_ids_and_little_text_starts_its_own() {
    StoryClusterer narrow = new StoryClusterer(StoryClusterer.Settings.defaults().withBroadStoryTextGate(
        StoryClusterer.Settings.DEFAULT_AGREEMENT_TEXT_GATE));
    earlierMeccaNews(narrow);
    haramainTrainWeek(narrow);
    assertThat(narrow.assign(slumsCampaignByThePrince())).as("the narrow gate, as before session 15")
        .isEqualTo(narrow.assign(article("t0", 8, 0, "", "")));
    StoryClusterer c = new StoryClusterer();
    earlierMeccaNews(c);
    haramainTrainWeek(c);
    String train = c.assign(article("t0", 8, 0, "", ""));
    assertThat(c.assign(slumsCampaignByThePrince())).as("the campaign starts its own story").isNotEqualTo(train);
    assertThat(c.assign(trainStationVisit())).as("a new report on the train continues its story").isEqualTo(train);
  }

  private static StoryInput slumsCampaignByThePrince() {
    return article("m1", 14, 0, "أمانة العاصمة المقدسة تطلق حملة لإزالة العشوائيات في مكة المكرمة",
        "أطلقت أمانة العاصمة المقدسة حملة لإزالة المباني العشوائية في أحياء مكة المكرمة بتوجيه من الأمير وبمشاركة الدفاع المدني"
            + " والشرطة وبلديات الأمانة الفرعية، وتشمل المرحلة الأولى 120 مبنى قرب محطة الحافلات على مسار الطريق الدائري الثالث"
            + " بطول 12 كيلومترا على أن تكتمل أعمال الإزالة مطلع العام المقبل.", SAUDI, MECCA, "org:amana-makkah");
  }

  private static StoryInput trainStationVisit() {
    return article("t6", 14, 2, "أمير منطقة مكة المكرمة يتفقد محطة قطار الحرمين في مكة",
        "تفقد الأمير خالد الفيصل أمير منطقة مكة المكرمة محطة قطار الحرمين السريع في حي الرصيفة بمكة المكرمة، واطلع على أعمال الربط مع شبكة النقل العام.",
        SAUDI, MECCA, TRAIN, "pers:khalid-faisal");
  }

  /** The Haramain train's week: six events on days 8–13 (a day apart, each on another step of the project). */
  private static void haramainTrainWeek(StoryClusterer c) {
    String[][] events = {
        {"أمير منطقة مكة المكرمة يتفقد محطة قطار الحرمين في جدة",
            "تفقد الأمير خالد الفيصل أمير منطقة مكة المكرمة محطة قطار الحرمين السريع في حي السليمانية بجدة، واطلع على نسب الإنجاز في مبنى المحطة والأرصفة.",
            "pers:khalid-faisal"},
        {"وزير النقل: التشغيل التجريبي لقطار الحرمين مطلع العام المقبل",
            "أعلن وزير النقل أن التشغيل التجريبي لقطار الحرمين السريع بين مكة المكرمة والمدينة المنورة سيبدأ مطلع العام المقبل بعد اكتمال أعمال الإشارات والاتصالات.",
            "pers:transport-minister"},
        {"وصول أول دفعة من قطارات الحرمين إلى ميناء جدة الإسلامي",
            "وصلت إلى ميناء جدة الإسلامي أول دفعة من عربات قطار الحرمين السريع المصنعة في إسبانيا، تمهيدا لنقلها إلى ورش الصيانة في مكة المكرمة.",
            "loc:spain"},
        {"الخطوط الحديدية تنهي مد القضبان بين مكة والمدينة",
            "أنهت المؤسسة العامة للخطوط الحديدية مد القضبان على كامل مسار قطار الحرمين السريع البالغ طوله 450 كيلومترا بين مكة المكرمة والمدينة المنورة.",
            "org:railways"},
        {"أول رحلة تجريبية لقطار الحرمين بين المدينة المنورة ورابغ",
            "انطلقت أول رحلة تجريبية لقطار الحرمين السريع من محطة المدينة المنورة إلى محطة رابغ بسرعة تجاوزت 250 كيلومترا في الساعة.",
            "loc:madinah"},
        {"هيئة النقل العام تعتمد أسعار تذاكر قطار الحرمين",
            "اعتمدت هيئة النقل العام أسعار تذاكر قطار الحرمين السريع للدرجتين الأولى والاقتصادية، وتبدأ من 40 ريالا للرحلة بين جدة ومكة المكرمة.",
            "org:transport-authority"}};
    for (int i = 0; i < events.length; i++) {
      c.assign(article("t" + i, 8 + i, 0, events[i][0], events[i][1], SAUDI, MECCA, TRAIN, events[i][2]));
    }
  }
}
