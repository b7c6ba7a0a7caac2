package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestQuotationMarks {
  private static List<String> quoted(String text) {
    return QuotationMarks.find(text).stream().map(s -> text.substring(s.innerStart(), s.innerEnd())).toList();
  }

  @Test
  void curlyQuotesArePairedInOrder() {
    assertThat(quoted("وقال بيسكوف “إن اتخاذ قرار غير ممكن” ثم “داعش”")).containsExactly("إن اتخاذ قرار غير ممكن", "داعش");
  }

  @Test
  void swappedCurlyQuotesStillPair() {
    assertThat(quoted("وقال ”نحن هنا“.")).containsExactly("نحن هنا");
  }

  @Test
  void guillemetsStraightAndSingleQuotes() {
    assertThat(quoted("في بيان «هذه التوغلات انتهاك واضح» و\"الربيع العربي\" و‘كلمة’"))
        .containsExactly("هذه التوغلات انتهاك واضح", "الربيع العربي", "كلمة");
  }

  @Test
  void aQuotationDoesNotRunOverALineBreak() {
    assertThat(quoted("قال “أول سطر\nوثاني سطر” انتهى")).isEmpty();
  }

  @Test
  void anUnpairedMarkIsIgnored() {
    assertThat(quoted("وأضاف أنه \"في بعض الأحوال يجري تقاضي تكاليف.")).isEmpty();
  }
  @Test
  void anUnpairedMarkAfterAColonRunsToTheEndOfTheParagraph() {
    // held-out set 2, alriyadh 1069900: the closing mark was forgotten
    assertThat(quoted("وقالت جوجل في مدونتها: \"هل تجد نفسك دائما تحاول تفادي الوقوف في صفوف طويلة؟ \nسطر آخر"))
        .containsExactly("هل تجد نفسك دائما تحاول تفادي الوقوف في صفوف طويلة؟");
  }
}
