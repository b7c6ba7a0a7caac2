package org.marsad.nlp.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.BoilerplateKind;

class TestBoilerplateClassifier {
  private final BoilerplateClassifier c = BoilerplateClassifier.standard();

  @Test
  void promo_lines() {
    assertThat(c.classify("تابعوا آخر الأخبار السياسية والميدانيـة عبر تطبيق تيلغرام على الهواتف الذكية عبر الرابط:")).isEqualTo(BoilerplateKind.PROMO);
    assertThat(c.classify("تابعونا عبر تطبيق واتس أب :")).isEqualTo(BoilerplateKind.PROMO);
    assertThat(c.classify("للتواصل مع الكاتب ارسل رسالة SMS")).isEqualTo(BoilerplateKind.PROMO);
  }

  @Test
  void bare_urls_and_addresses() {
    assertThat(c.classify("https://telegram.me/SyrianArabNewsAgency")).isEqualTo(BoilerplateKind.URL);
    assertThat(c.classify("www.spa.gov.sa")).isEqualTo(BoilerplateKind.URL);
    assertThat(c.classify("alrotayyan@gmail.com")).isEqualTo(BoilerplateKind.URL);
  }

  @Test
  void phone_numbers() {
    assertThat(c.classify("عبر إرسال كلمة اشتراك على الرقم / 0940777186/ بعد تخزينه باسم سانا أو (SANA).")).isEqualTo(BoilerplateKind.PHONE);
    assertThat(c.classify("فاكس: 6923348")).isEqualTo(BoilerplateKind.PHONE);
    assertThat(c.classify("للاستفسار +966112345678")).isEqualTo(BoilerplateKind.PHONE);
  }

  @Test
  void social_media_lines() {
    assertThat(c.classify("تويتر: @abedhashem1")).isEqualTo(BoilerplateKind.SOCIAL);
    assertThat(c.classify("@SPAregions")).isEqualTo(BoilerplateKind.SOCIAL);
  }

  @Test
  void read_also_and_related() {
    assertThat(c.classify("اقرأ أيضاً: أمانة جدة تزيل التعديات على الأرصفة")).isEqualTo(BoilerplateKind.RELATED);
    assertThat(c.classify("أخبار ذات صلة")).isEqualTo(BoilerplateKind.RELATED);
    assertThat(c.classify("رابط الخبر بصحيفة الوئام: جولات رقابية مكثفة على المخابز والمحلات التجارية بأبها")).isEqualTo(BoilerplateKind.RELATED);
  }

  @Test
  void copyright_bylines_and_wire_markers() {
    assertThat(c.classify("جميع الحقوق محفوظة © الوكالة العربية السورية للأنباء 2016")).isEqualTo(BoilerplateKind.COPYRIGHT);
    assertThat(c.classify("بقلم: أحمد طلبة")).isEqualTo(BoilerplateKind.BYLINE);
    assertThat(c.classify("(إعداد أحمد طلبة للنشرة العربية - تحرير مصطفى صالح)")).isEqualTo(BoilerplateKind.BYLINE);
    assertThat(c.classify("// انتهى //")).isEqualTo(BoilerplateKind.OTHER);
    assertThat(c.classify("//انتهى//")).isEqualTo(BoilerplateKind.OTHER);
    assertThat(c.classify("// يتبع // 11:02 ت م")).isEqualTo(BoilerplateKind.OTHER);
    assertThat(c.classify("20:26 ت م")).isEqualTo(BoilerplateKind.OTHER);
    assertThat(c.classify("إضافة خامسة وأخيرة")).isEqualTo(BoilerplateKind.OTHER);
  }

  @Test
  void article_paragraphs_are_not_boilerplate_even_when_they_mention_the_same_words() {
    assertThat(c.classify("وكتب الرئيس على حسابه في تويتر أن الحكومة ستواصل دعم المتضررين من السيول في المنطقة الجنوبية خلال الأيام المقبلة.")).isNull();
    assertThat(c.classify("ودعا المواطنين إلى الإبلاغ عن أي طارئ عبر الرقم 998 وتابع الجولة الميدانية في الأحياء المتضررة.")).isNull();
    assertThat(c.classify("وأشارت الخارجية الروسية إلى أن المكالمة كانت بمبادرة الجانب الأمريكي.")).isNull();
    assertThat(c.classify("تابع الرئيس سير العمل في المشروع خلال جولة ميدانية اليوم.")).isNull();
    assertThat(c.classify("ارتفع المؤشر إلى 8834.82 نقطة بتداولات بلغت 4,100,000 ريال.")).isNull();
  }
}
