package org.marsad.nlp.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Dateline;

class TestWireContinuations {
  private static final Dateline JEDDAH = new Dateline("جدة", "واس", "2015-08-10", "جدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس");

  private static Article article(String id, String title, Dateline dateline) {
    return new Article(id, title, null, null, "was", null, dateline, "", List.of(), List.of(), "نص", null, null,
        List.of(), List.of(), null, List.of(), null, null);
  }

  @Test
  void later_parts_of_a_wire_take_the_first_parts_dateline() {
    WireContinuations parts = new WireContinuations();
    parts.link(article("1", "عام / نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء", JEDDAH));
    Article second = parts.link(article("2", "عام / نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء        إضافة أولى", null));
    Article last = parts.link(article("6", "عام / نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء / اضافة خامسة واخيرة", null));
    assertThat(second.dateline()).isEqualTo(JEDDAH);
    assertThat(last.dateline()).isEqualTo(JEDDAH);
  }

  @Test
  void other_articles_and_parts_of_unknown_wires_are_left_alone() {
    WireContinuations parts = new WireContinuations();
    parts.link(article("1", "عام / نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء", JEDDAH));
    assertThat(parts.link(article("2", "رياضي / الهلال يواجه النصر في لندن", null)).dateline()).isNull();
    assertThat(parts.link(article("3", "عام / جامعة كوينزلاند تكرم مبتعثا سعوديا إضافة أولى وأخيرة", null)).dateline()).isNull();
    assertThat(WireContinuations.isContinuation("سياسي / وزير الخارجية يؤكد حرص المملكة")).isFalse();
    assertThat(WireContinuations.isContinuation("عام / جامعة كوينزلاند تكرم مبتعثا سعوديا إضافة أولى وأخيرة")).isTrue();
  }
}
