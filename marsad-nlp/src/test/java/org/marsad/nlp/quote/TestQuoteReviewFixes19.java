package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 19, lane fixquotes19: the open findings of the review of lane quotes19
 * (/work/notes/review19/quotes19.txt F1, F3, F4). A body named after a person keeps the name
 * given after its comma; the comma cut leaves no object in the speaker; ل + a short common noun
 * is no given name.
 */
class TestQuoteReviewFixes19 extends QuoteTestBase {

  @Test
  void aLineageWordInsideABodysNameIsNoNameGiven() {
    // F1: "جامعة الإمام محمد بن سعود الإسلامية،" (11 times in the unseen corpus) and bodies named
    // after a person right after the role: the name is the apposition after the comma (lane
    // quotes19's code gave "محمد بن سعود الإسلامية" and "رئيس مجموعة بن لادن، بكر بن لادن")
    assertThat(quotes("وقال مدير جامعة الإمام محمد بن سعود الإسلامية، سليمان أبا الخيل إن «الجامعة ستفتح كلية جديدة»."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("سليمان أبا الخيل"));
    assertThat(quotes("وقال رئيس مجموعة بن لادن، بكر بن لادن إن «المشروع سينتهي خلال عامين»."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("بكر بن لادن"));
    assertThat(quotes("وأوضح مدير مستشفى ابن سينا، خالد العتيبي أن «المستشفى استقبل عشرين مصابا»."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("خالد العتيبي"));
    // (a definite institution noun is in construct with nothing: the minister's lineage is his)
    assertThat(quotes("وأشاد وزير الخارجية عادل بن أحمد الجبير، بالجهود المبذولة. \nوأضاف وزير الخارجية أن «العلاقات متينة»."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("عادل بن أحمد الجبير"));
  }

  @Test
  void theCutObjectStaysOutOfAWholeRoleSpeaker() {
    // F3, unseen al-jazirah 20150722/fe11: the comma cut drops "بحضور أعضاء …", and the speaker
    // kept whole (no name found) is the cut phrase, never one with the comma and the object
    List<Quote> q = quotes("ورعى محافظ الرس محمد بن عبد الله العساف الاحتفال، بحضور أعضاء مجلس أهالي الرس ومديري الجهات الحكومية "
        + "والأمنية ومواطنين ومقيمين، والأعيان من كبار العائلات يتقدمهم الشيخ منصور المالك، والشيخ ضيف الله الصالحي، وعدد "
        + "كبير من الوجهاء من المحافظة. وبدأ الحفل بكلمة ترحيبية، وقدم الحفل الخطابي الإعلامي يوسف العوفي، ومن ثم السلام "
        + "الملكي السعودي، وتلاوة آيات من القرآن الكريم، ثم ألقى نائب رئيس الغرفة التجارية الدكتور عبد الله العقيل كلمة "
        + "الأهالي عبر فيها عن سعادته بهذه المناسبة السعيدة، ورحب بالحضور على رأسهم المحافظ، وقال إن «محافظة الرس تستحق كل "
        + "جهد يبذل فيها».");
    assertThat(q).isNotEmpty().allSatisfy(x -> assertThat(x.speaker()).doesNotContain("،").doesNotContain("بحضور"));
  }

  @Test
  void lamBeforeAShortCommonNounIsNoGivenName() {
    // F4 (the review's text): "لدار الإفتاء" is the director's body, not a name "لدار" with a
    // family name "الإفتاء" (which recurs after a role)
    List<Quote> q = quotes("والتقى المدير العام لدار الإفتاء الشيخ علي جمعة بالوفد، وقال مفتي الإفتاء إن الحوار مهم.\n"
        + "وكان المدير العام قال إن «الفتوى مسؤولية».");
    assertThat(q).filteredOn(Quote::direct).singleElement().satisfies(x -> assertThat(x.speaker()).doesNotContain("لدار"));
  }

  @Test
  void theOutletSpokenToIsNotTheSpeakerInherited() {
    // F5, unseen alweeam 351839: "وأكد للصحيفة “…”" has no subject (the victim's brother, named
    // by a narrative verb); the newspaper it speaks to, the speaker before, is not who speaks (lane
    // quotes19's code gave "صحيفة الوطن" to both quotations); unknown is left
    List<Quote> q = quotes("وأشارت صحيفة الوطن إلى أن محافظ اللاذقية إبراهيم خضر السالم قام بتعزية عائلة الفقيد.\n"
        + "وروى شقيق الفقيد الذي كان برفقته أثناء وقوع الحادث كيف قتل سليمان أخاه لأنه لم يفسح المجال لسيارته بالمرور بسبب "
        + "ازدحام الطريق.\nشكوى لدى القضاء العسكري\nوأكد للصحيفة “لقد ادعيت باسمي ناصر محمود الشيخ كادعاء شخصي ضد سليمان "
        + "الأسد لدى الشرطة العسكرية والمحكمة العسكرية”.\nوأضاف “الناس الذين نزلوا أول من أمس (السبت) إلى الشارع ليؤكدوا أن "
        + "الفقيد هو فقيد الوطن كله مطالبين بمحاكمة القاتل سليمان الأسد”.");
    assertThat(q).filteredOn(Quote::direct).hasSize(2)
        .allSatisfy(x -> assertThat(x.speaker()).isNotEqualTo("صحيفة الوطن"));
  }

  @Test
  void anAgencySpokenToIsNotTheSpeakerInherited() {
    // review of fixquotes19 F3: "للوكالة" after "وكالة الأنباء السعودية" (the word's own و is no
    // conjunction: lane fixquotes19's code stripped it and kept the agency as speaker)
    List<Quote> q = quotes("وأشارت وكالة الأنباء السعودية إلى أن الحادث وقع فجرا.\nوأكد للوكالة “لقد رأيت النيران تشتعل”.\n"
        + "وأضاف “كانت لحظات صعبة”.");
    assertThat(q).filteredOn(Quote::direct).hasSize(2)
        .allSatisfy(x -> assertThat(x.speaker()).isNotEqualTo("وكالة الأنباء السعودية"));
  }

  @Test
  void theOutletNamedAgainAfterItWasSpokenToSpeaks() {
    // review of fixquotes19 F4 (N5): the unnamed speaker of "وأكد للصحيفة" keeps no verb words,
    // so "وقالت الصحيفة" goes back to the newspaper, not to him
    List<Quote> q = quotes("وأشارت صحيفة الوطن إلى أن الحادث وقع فجرا.\nوأكد للصحيفة “لقد رأيت النيران تشتعل”.\n"
        + "وقالت الصحيفة إن «الوضع هادئ».");
    assertThat(q).filteredOn(x -> x.text().contains("الوضع هادئ")).singleElement()
        .satisfies(x -> assertThat(x.speaker()).isEqualTo("صحيفة الوطن"));
  }

  @Test
  void aPersonsLineageAfterAnInstitutionsNameIsHis() {
    // review of fixquotes19 F1 (A4, A7): a given name after the institution's own name ("ديوان
    // المظالم | عبدالعزيز بن") is the person's; the words after the comma are the verb's object
    assertThat(quotes("استنكر رئيس ديوان المظالم عبدالعزيز بن محمد النصار، حادث التفجير الإرهابي الجبان. \n"
        + "وقال رئيس ديوان المظالم إن «المملكة ستمضي قدما».")).singleElement()
        .satisfies(x -> assertThat(x.speaker()).isEqualTo("عبدالعزيز بن محمد النصار"));
    assertThat(quotes("ثمن مدير شركة أرامكو خالد بن عبدالله الفالح، الجهود الكبيرة التي بذلها الموظفون. \n"
        + "وقال مدير شركة أرامكو إن «الإنتاج مستقر».")).singleElement()
        .satisfies(x -> assertThat(x.speaker()).isEqualTo("خالد بن عبدالله الفالح"));
  }
}
