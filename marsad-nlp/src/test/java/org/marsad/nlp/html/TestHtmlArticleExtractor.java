package org.marsad.nlp.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.NoArticleException;

class TestHtmlArticleExtractor {
  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  static String fixture(String name) {
    try (InputStream in = TestHtmlArticleExtractor.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void agency_page_title_time_and_body_without_menus_shares_comments_or_related() {
    ExtractedPage p = extractor.extract(fixture("sana-article.html"), "https://sana.sy/?p=812345");
    assertThat(p.title()).isEqualTo("الجيش يعيد الأمن إلى قرى في ريف حماة الشمالي");
    assertThat(p.published()).isEqualTo("2016-04-12T13:45:10+03:00");
    assertThat(p.blocks().get(0)).isEqualTo("حماة-سانا");
    assertThat(p.blocks()).contains("عودة الأهالي إلى منازلهم في قرى الريف الشمالي");
    String all = String.join("\n", p.blocks());
    assertThat(all).contains("وأوضح محافظ حماة أن المحافظة وضعت خطة")
        .doesNotContain("منوعات")                        // navigation
        .doesNotContain("فيسبوك")                        // share buttons
        .doesNotContain("الله يحمي الجيش")                // comments
        .doesNotContain("محافظ حماة يتفقد الخدمات")        // related posts
        .doesNotContain("الأكثر قراءة")                   // sidebar
        .doesNotContain("جميع الحقوق محفوظة")             // footer
        .doesNotContain("عاجل");                          // ticker
  }

  @Test
  void br_separated_copy_with_json_ld_date_and_site_suffix_in_og_title() {
    ExtractedPage p = extractor.extract(fixture("gulf-newspaper.html"), null);
    assertThat(p.title()).isEqualTo("أمانة جدة تطلق مبادرة لتشجير الأحياء");
    assertThat(p.published()).isEqualTo("2015-08-11T09:30:00+03:00");
    assertThat(p.blocks()).hasSize(5);
    assertThat(p.blocks().get(0)).isEqualTo("سارة العتيبي – جدة");
    assertThat(p.blocks().get(1)).startsWith("أطلقت أمانة محافظة جدة اليوم");
    String all = String.join("\n", p.blocks());
    assertThat(all).doesNotContain("اقرأ أيضا").doesNotContain("إغلاق مخبز").doesNotContain("استطلاع")
        .doesNotContainPattern("(^|\\s)شارك(\\s|$)"); // the share button, not the body's "بمشاركة"
    assertThat(p.blocks()).noneMatch(b -> b.contains("تشجير") && b.contains("أمانة جدة") && b.split(" ").length < 6); // tag list
  }

  @Test
  void h1_title_over_twitter_title_time_element_and_subheadings_kept() {
    ExtractedPage p = extractor.extract(fixture("reuters-style.html"), null);
    assertThat(p.title()).isEqualTo("ارتفاع احتياطيات مصر من النقد الأجنبي إلى 18.5 مليار دولار في يوليو");
    assertThat(p.published()).isEqualTo("2015-08-09T14:05:00Z");
    assertThat(p.blocks().get(0)).startsWith("القاهرة (رويترز) - قال البنك المركزي المصري");
    assertThat(p.blocks()).contains("ضغوط على الجنيه").noneMatch(b -> b.contains("تغطية ذات صلة") || b.contains("بقلم"));
  }

  @Test
  void section_index_page_has_no_article() {
    assertThatThrownBy(() -> extractor.extract(fixture("section-index.html"), null))
        .isInstanceOf(NoArticleException.class).hasMessage("no article text found in the HTML page");
  }

  @Test
  void empty_and_script_only_pages_have_no_article() {
    assertThatThrownBy(() -> extractor.extract("<html><body><script>var a = 'نص طويل جدا داخل سكربت لا يعد مقالا';</script></body></html>", null))
        .isInstanceOf(NoArticleException.class);
    assertThatThrownBy(() -> extractor.extract("", null)).isInstanceOf(NoArticleException.class);
  }
}
