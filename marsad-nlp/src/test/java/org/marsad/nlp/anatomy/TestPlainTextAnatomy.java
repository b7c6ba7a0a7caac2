package org.marsad.nlp.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.NoArticleException;
import org.marsad.nlp.article.Boilerplate;
import org.marsad.nlp.article.BoilerplateKind;
import org.marsad.nlp.article.Section;
import org.marsad.testkit.SharedData;

class TestPlainTextAnatomy {
  private final PlainTextAnatomy anatomy = PlainTextAnatomy.standard();

  @Test
  void seed_dateline_sections_and_footer() {
    String seed = SharedData.seedText();
    List<String> lines = seed.lines().toList();
    Anatomy a = anatomy.parse(seed, null);

    assertThat(a.dateline().city()).isEqualTo("موسكو");
    assertThat(a.dateline().agency()).isEqualTo("سانا");
    assertThat(a.title()).isNull();
    assertThat(a.lead()).isEqualTo(lines.get(1).strip());

    assertThat(a.sections()).hasSize(4);
    assertThat(a.sections()).extracting(Section::heading)
        .containsExactly(null, lines.get(7).strip(), lines.get(14).strip(), lines.get(20).strip());
    assertThat(a.sections().get(0).paragraphs()).hasSize(6);

    List<String> footer = lines.subList(lines.size() - 5, lines.size()).stream().map(String::strip).toList();
    assertThat(a.boilerplate()).extracting(Boilerplate::text).containsExactlyElementsOf(footer);
    for (String f : footer) assertThat(a.text()).doesNotContain(f);
    assertThat(a.text()).doesNotContain("telegram").doesNotContain("0940777186").doesNotContain("موسكو-سانا");
    assertThat(a.boilerplate()).extracting(Boilerplate::kind).contains(BoilerplateKind.PROMO, BoilerplateKind.URL, BoilerplateKind.PHONE);
  }

  @Test
  void text_is_headings_and_paragraphs_separated_by_blank_lines() {
    Anatomy a = anatomy.parse(SharedData.seedText(), null);
    List<String> expected = new ArrayList<>();
    for (Section s : a.sections()) {
      if (s.heading() != null) expected.add(s.heading());
      expected.addAll(s.paragraphs());
    }
    assertThat(a.text()).isEqualTo(String.join("\n\n", expected));
  }

  @Test
  void title_with_category_label_then_dateline() {
    String text = """
        سياسي / رئيس الوزراء اللبناني يلتقي رئيس مجلس نواب الباراغواي
        بيروت 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس
        التقى رئيس مجلس الوزراء اللبناني تمام سلام في بيروت اليوم رئيس مجلس نواب الباراغواي الذي يزور لبنان حاليا.
        وجرى خلال اللقاء بحث تطورات الأوضاع العامة في لبنان والمنطقة والعلاقات الثنائية بين البلدين.
        // انتهى //
        12:29 ت م
        """;
    Anatomy a = anatomy.parse(text, null);
    assertThat(a.title()).isEqualTo("رئيس الوزراء اللبناني يلتقي رئيس مجلس نواب الباراغواي");
    assertThat(a.titleCategory()).isEqualTo("سياسي");
    assertThat(a.dateline().city()).isEqualTo("بيروت");
    assertThat(a.dateline().date()).isEqualTo("2015-08-10");
    assertThat(a.lead()).startsWith("التقى رئيس مجلس الوزراء");
    assertThat(a.sections()).hasSize(1);
    assertThat(a.boilerplate()).extracting(Boilerplate::kind).containsExactly(BoilerplateKind.OTHER, BoilerplateKind.OTHER);
    assertThat(a.text()).doesNotContain("انتهى").doesNotContain("12:29");
  }

  @Test
  void a_first_line_ending_with_a_colon_introduces_the_text_and_is_no_title() {
    // An SPA cabinet-session continuation (SaudiNewsNet, was, 2015-08-10): the item label "سادساً :" opens it.
    String text = """
        سادساً :
        بعد الاطلاع على ما رفعه معالي رئيس الهيئة العامة للطيران المدني رئيس مجلس إدارة المؤسسة العامة للخطوط الجوية العربية السعودية، قرر مجلس الوزراء الموافقة على نظام المؤسسة.
        // يتبع //
        19:23 ت م
        """;
    Anatomy a = anatomy.parse(text, null);
    assertThat(a.title()).isNull();
    assertThat(a.lead()).isEqualTo("سادساً :");
    assertThat(a.text()).startsWith("سادساً :\n\nبعد الاطلاع");
  }

  @Test
  void a_title_ending_with_a_dash_a_semicolon_or_a_long_colon_line_is_still_a_title() {
    // Real first lines (SaudiNewsNet alyaum/aljazirah 2015-08, an ANT title, a sabq title ending in an entity):
    // only a short label ("سادساً :") or a line ending in a comma leads into the text.
    String body = "\nأدى صاحب السمو الملكي الأمير بندر بن عبدالعزيز صلاة الميت أمس في جامع الإمام تركي بن عبدالله بمدينة الرياض، وقدم التعازي لأسرة الفقيد.";
    for (String title : List.of(
        "الأمير بندر بن عبدالعزيز يؤدي صلاة الميت على الشيخ مهنا بن عبدالرحمن أبا الخيل - رحمه الله -",
        "ذكريات من أبها.. أمّي حليمة -11-",
        "وفاة الشيخ مهنا أبا الخيل -رحمه الله-",
        "إنَّ الله لا يُحِبُّ الْفَرِحِين: ولكنَّ ذلك ليْسَ على إطْلاقِهِ (2 ـ 5):",
        "تعيينات حكّام الجولة الثالثة لمرحلة البلاي أوت :",
        "أمير الرياض يستقبل رئيس &quot;هيئة الاستثمار&quot;")) {
      assertThat(anatomy.parse(title + body, null).title()).as(title).isEqualTo(title);
    }
    assertThat(anatomy.parse("الخبر الأول:" + body, null).title()).isNull();
    assertThat(anatomy.parse("وفي الرياض، قال مدير الشرطة،" + body, null).title()).isNull();
  }

  @Test
  void a_reporter_alone_after_the_place_and_a_dash_is_a_byline_not_the_lead() {
    // 3alyoum, SaudiNewsNet 2015-08-10: "مكة المكرمة – حامد القرشي" is the whole first line.
    String text = """
        مكة المكرمة – حامد القرشي
        أدخل قرد الرعب في قلوب مرتادي مهرجان “من أجل مكة”، وأوضح عدد من الحاضرين للمهرجان أنهم تفاجأوا مساء البارحة بقرد يتجول بجانب موقع المهرجان.
        """;
    Anatomy a = anatomy.parse(text, null);
    assertThat(a.dateline().city()).isEqualTo("مكة المكرمة");
    assertThat(a.lead()).startsWith("أدخل قرد الرعب");
    assertThat(a.boilerplate()).containsExactly(new Boilerplate("حامد القرشي", BoilerplateKind.BYLINE));
    assertThat(a.text()).doesNotContain("حامد القرشي");
    // a one-word desk credit is not a name: it stays where it is
    assertThat(anatomy.parse("عين اليوم – متابعات\nأعلنت وزارة الصحة اليوم تسجيل حالات جديدة.", null).boilerplate()).isEmpty();
    // after the agency alone, the words after the dash are mostly an unlisted place (3alyoum, SaudiNewsNet 2015-07/08): not a byline
    for (String place : List.of("لوس أنجليس", "سان فرانسيسكو", "لاس فيجاس")) {
      Anatomy p = anatomy.parse("عين اليوم – " + place + "\nأعلنت شركة أبل اليوم عن نتائجها للربع الثالث من العام وسط توقعات بتراجع مبيعات هواتفها.", null);
      assertThat(p.boilerplate()).as(place).isEmpty();
      assertThat(p.text()).as(place).contains(place);
    }
  }

  @Test
  void container_title_is_kept_and_split() {
    Anatomy a = anatomy.parse("جدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nنفذت مديرية الشؤون الصحية بمحافظة جدة جولات رقابية على المنشآت الصحية الخاصة.",
        "عام / صحة جدة تنفذ جولات رقابية");
    assertThat(a.title()).isEqualTo("صحة جدة تنفذ جولات رقابية");
    assertThat(a.titleCategory()).isEqualTo("عام");
  }

  @Test
  void inline_dateline_leaves_the_lead_and_reporter_goes_to_boilerplate() {
    Anatomy a = anatomy.parse("فهد العتيبي- سبق: تدخل الأرض في نهر من الشهب التي يخلفها مذنب سويفت تتل، حيث تبرز زخات شهابية كثيفة.\n"
        + "وتصل الزخات إلى ذروتها مع بزوغ فجر الخميس، وهي فرصة مميزة لهواة التصوير.", "شهب الغوليات تنير السماء");
    assertThat(a.dateline().agency()).isEqualTo("سبق");
    assertThat(a.lead()).startsWith("تدخل الأرض");
    assertThat(a.boilerplate()).containsExactly(new Boilerplate("فهد العتيبي", BoilerplateKind.BYLINE));
    assertThat(a.text()).doesNotContain("فهد العتيبي");
  }

  @Test
  void short_last_line_is_not_a_heading_and_unpunctuated_paragraphs_are_not_split() {
    Anatomy a = anatomy.parse("""
        أغلق مؤشر سوق الأسهم السعودية اليوم على ارتفاع بنسبة 1.56 بالمئة ليغلق عند مستوى 8834 نقطة.
        وشهدت تداولات اليوم ارتفاعا في معظم القطاعات
        وتصدر قطاع المصارف الارتفاعات بنسبة اثنين بالمئة تلاه قطاع البتروكيماويات
        """, null);
    assertThat(a.sections()).hasSize(1);
    assertThat(a.sections().get(0).paragraphs()).hasSize(3);
  }

  @Test
  void a_line_cut_inside_a_quotation_is_not_a_heading() {
    Anatomy a = anatomy.parse("""
        ارتفعت أرباح الشركة في الربع الثاني من العام بنسبة عشرين بالمئة مقارنة بالفترة نفسها من العام الماضي.
        وقال رئيس مجلس إدارة الشركة «إن الأداء الإيجابي لـ
        الربع الثاني يعكس نمو المبيعات في الأسواق المحلية والخارجية على حد سواء».
        """, null);
    assertThat(a.sections()).hasSize(1);
  }

  /** Two stories pasted together, each with its footer: the footer's plain middle line goes both times. */
  @Test
  void a_line_repeating_a_footer_line_is_set_aside_too() {
    String copy = "نص الخبر الأول عن اجتماع وزراء الخارجية في العاصمة السورية اليوم.\n"
        + "تابعونا على فيسبوك\nقناة الوكالة الرسمية\nhttps://t.me/sana\n";
    Anatomy a = anatomy.parse("دمشق-سانا\n" + copy + "نص الخبر الثاني عن موضوع آخر تماما في مدينة حلب.\n" + copy, null);

    assertThat(a.text()).doesNotContain("قناة الوكالة الرسمية").doesNotContain("فيسبوك")
        .contains("نص الخبر الأول").contains("نص الخبر الثاني");
    assertThat(a.boilerplate()).extracting(Boilerplate::text).filteredOn("قناة الوكالة الرسمية"::equals).hasSize(2);
  }

  @Test
  void body_of_nothing_but_boilerplate_has_no_article() {
    assertThatThrownBy(() -> anatomy.parse("تابعونا عبر تطبيق واتس أب :\nhttps://telegram.me/x\n", null))
        .isInstanceOf(NoArticleException.class).hasMessage("no article text");
  }

  /** Real Saudi Press Agency copy: every item whose first line is signed واس gets city, agency and date. */
  @Test
  void saudi_press_agency_items_from_saudinewsnet() throws Exception {
    Path zip = SharedData.require("data/saudinewsnet/2015-08-10.zip");
    int checked = 0;
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        for (JsonNode item : new ObjectMapper().readTree(z.readAllBytes())) {
          if (!item.path("source").asText().equals("was")) continue;
          String content = item.path("content").asText();
          String first = content.strip().lines().findFirst().orElse("");
          if (!first.matches(".*(^|[^\\p{L}]|م)واس[^\\p{L}\\p{N}]*$")) continue;
          Anatomy a = anatomy.parse(content, item.path("title").asText());
          assertThat(a.dateline()).as(first).isNotNull();
          assertThat(a.dateline().city()).as(first).isNotBlank();
          assertThat(a.dateline().agency()).as(first).isEqualTo("واس");
          LocalDate crawled = LocalDate.parse(item.path("date_extracted").asText().substring(0, 10));
          assertThat(LocalDate.parse(a.dateline().date())).as(first).isBetween(crawled.minusDays(2), crawled);
          assertThat(a.text()).as(first).doesNotContain("// انتهى //");
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }
}
