package org.marsad.nlp.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestDateFinder {

  private static LocalDate only(String text) {
    List<DateMention> all = DateFinder.findAll(text);
    assertThat(all).as("dates in: %s", text).hasSize(1);
    return all.get(0).date();
  }

  @ParameterizedTest(name = "Levantine {0}")
  @CsvSource({
      "كانون الثاني, 1", "شباط, 2", "آذار, 3", "نيسان, 4", "أيار, 5", "حزيران, 6",
      "تموز, 7", "آب, 8", "أيلول, 9", "تشرين الأول, 10", "تشرين الثاني, 11", "كانون الأول, 12"})
  void levantine_month_names(String month, int number) {
    assertThat(only("عقد الاجتماع في 15 " + month + " 2016 في دمشق")).isEqualTo(LocalDate.of(2016, number, 15));
  }

  @ParameterizedTest(name = "Egyptian/Gulf {0}")
  @CsvSource({
      "يناير, 1", "فبراير, 2", "مارس, 3", "أبريل, 4", "ابريل, 4", "إبريل, 4", "مايو, 5", "يونيو, 6", "يونيه, 6",
      "يوليو, 7", "أغسطس, 8", "اغسطس, 8", "سبتمبر, 9", "أكتوبر, 10", "اكتوبر, 10", "نوفمبر, 11", "ديسمبر, 12"})
  void egyptian_and_gulf_month_names_with_spelling_variants(String month, int number) {
    assertThat(only("صدر القرار يوم 3 " + month + " 2015 م")).isEqualTo(LocalDate.of(2015, number, 3));
  }

  @ParameterizedTest(name = "Maghreb {0}")
  @CsvSource({"جانفي, 1", "فيفري, 2", "أفريل, 4", "جوان, 6", "جويلية, 7", "أوت, 8", "غشت, 8", "شتنبر, 9", "دجنبر, 12"})
  void maghreb_month_names(String month, int number) {
    assertThat(only("الرباط في 20 " + month + " 2014")).isEqualTo(LocalDate.of(2014, number, 20));
  }

  @Test
  void hijri_date_is_converted_with_umm_al_qura() {
    List<DateMention> all = DateFinder.findAll("بريدة 25 شوال 1436 هـ");
    assertThat(all).hasSize(1);
    assertThat(all.get(0).hijri()).isTrue();
    assertThat(all.get(0).date()).isEqualTo(LocalDate.of(2015, 8, 10));
  }

  @Test
  void hijri_months_with_two_words() {
    assertThat(only("في 10 ذي الحجة 1436هـ")).isEqualTo(LocalDate.of(2015, 9, 23));
    assertThat(only("يوم 12 ربيع الأول 1437 هـ")).isEqualTo(LocalDate.of(2015, 12, 23));
    assertThat(only("1 جمادى الآخرة 1436 ه")).isEqualTo(LocalDate.of(2015, 3, 21));
  }

  @Test
  void gregorian_date_wins_over_the_hijri_one_it_accompanies() {
    String dl = "بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس";
    List<DateMention> all = DateFinder.findAll(dl);
    assertThat(all).hasSize(2);
    assertThat(all.get(0).hijri()).isTrue();
    assertThat(all.get(1).hijri()).isFalse();
    assertThat(DateFinder.resolve(all)).isEqualTo(LocalDate.of(2015, 8, 10));
    // offsets point at the written dates
    assertThat(dl.substring(all.get(0).start(), all.get(0).end())).isEqualTo("25 شوال 1436 هـ");
    assertThat(dl.substring(all.get(1).start(), all.get(1).end())).isEqualTo("10 اغسطس 2015 م");
  }

  @Test
  void hijri_alone_is_converted_when_no_gregorian_date_is_given() {
    assertThat(DateFinder.resolve(DateFinder.findAll("مكة المكرمة 26 شوال 1436 هـ واس"))).isEqualTo(LocalDate.of(2015, 8, 11));
  }

  @Test
  void glued_and_misspelt_wire_variants() {
    assertThat(DateFinder.resolve(DateFinder.findAll("الدمام25 شوال 1436هـالموافق 10 أغسطس 2015م واس"))).isEqualTo(LocalDate.of(2015, 8, 10));
    assertThat(DateFinder.resolve(DateFinder.findAll("طرابلس 26 شوال 1436ه لموافق 11 اغسطس 2015م .واس"))).isEqualTo(LocalDate.of(2015, 8, 11));
    assertThat(DateFinder.resolve(DateFinder.findAll("ينبع26 شوال 1436هـ الموافق 011 أغسطس 2015 م واس"))).isEqualTo(LocalDate.of(2015, 8, 11));
  }

  @Test
  void arabic_indic_digits() {
    assertThat(only("دمشق في ١٢ نيسان ٢٠١٦")).isEqualTo(LocalDate.of(2016, 4, 12));
    assertThat(only("طهران ۱۵ خرداد ۱۳۹۵ و ۵ حزيران ۲۰۱۶")).isEqualTo(LocalDate.of(2016, 6, 5));
  }

  @Test
  void levantine_and_egyptian_names_together() {
    assertThat(only("اختفت الطائرة في 8 آذار/مارس 2014 فوق المحيط")).isEqualTo(LocalDate.of(2014, 3, 8));
    assertThat(only("في 10 آب (أغسطس) 2015")).isEqualTo(LocalDate.of(2015, 8, 10));
  }

  @Test
  void diacritics_and_words_between_day_month_and_year() {
    assertThat(only("في الخامس، أي 5 مِنْ شهر أيلول من عام 2015")).isEqualTo(LocalDate.of(2015, 9, 5));
  }

  @Test
  void numeric_dates_day_first_iso_and_hijri() {
    assertThat(only("بتاريخ 10/8/2015")).isEqualTo(LocalDate.of(2015, 8, 10));
    assertThat(only("بتاريخ 10-08-2015 صدر")).isEqualTo(LocalDate.of(2015, 8, 10));
    assertThat(only("نشر في 2015-08-10")).isEqualTo(LocalDate.of(2015, 8, 10));
    List<DateMention> h = DateFinder.findAll("الموافق 1436/10/25 هـ");
    assertThat(h).hasSize(1);
    assertThat(h.get(0).hijri()).isTrue();
    assertThat(h.get(0).date()).isEqualTo(LocalDate.of(2015, 8, 10));
    assertThat(only("(باريس) بتاريخ 17 / 8 / 1422هـ .")).isEqualTo(LocalDate.of(2001, 11, 2));
  }

  @Test
  void impossible_or_incomplete_dates_are_not_dates() {
    assertThat(DateFinder.findAll("في 31 شباط 2015")).isEmpty();
    assertThat(DateFinder.findAll("في أغسطس 2015 ارتفعت الأسعار")).isEmpty();
    assertThat(DateFinder.findAll("يوم 10 أغسطس الماضي")).isEmpty();
    assertThat(DateFinder.findAll("بلغ عدد الزوار 25 ألفا في شوال")).isEmpty();
  }
}
