package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Review of lane quotes17 (/work/notes/review17/quotes17.txt, findings 1 to 3): a straight mark
 * left open after a speech participle must not swallow the writer's next report; a guillemet
 * or curly mark closing a straight one must not be the right-hand mark of a pair typed swapped
 * inside the quotation (»داعش«), nor lose the attribution after a quotation that ends its
 * paragraph; a sentence subject ends before the verb's object behind على/عن.
 */
class TestQuoteMarksReview17 extends QuoteTestBase {

  @Test
  void theWritersNextReportEndsAQuotationAParticipleLeftOpen() {
    // review p2: "وأشار الوزير إلى أن …" is the writer's report, not the minister's words after مضيفا
    List<Quote> q = quotes("وأكد الوزير أن تنظيم «داعش» يهدد المنطقة، مضيفا \"المعركة مع الإرهاب طويلة. "
        + "وأشار الوزير إلى أن الحكومة ستواصل دعم الجيش في كل المناطق.");
    assertThat(q).noneMatch(x -> x.text().contains("وأشار"));
    assertThat(q).anySatisfy(x -> {
      assertThat(x.direct()).isFalse();
      assertThat(x.text()).startsWith("الحكومة ستواصل");
    });
    // alwatan 230119: "لكنه توقع أن …" after the open words is the writer's; no sentence end before
    // it, so where the analyst's words end is unknown and no direct quotation is made
    List<Quote> gold = quotes("وتوقع الجبلي أن تنخفض أسعار الذهب وتواصل نزيفها خلال ما تبقى من هذا العام حتى مشارف 1000$ للأوقية، "
        + "مضيفا \"وعندها نبدأ بمراقبة السلوك السعري للأسعار، وأتوقع أن تشهد خلالها الساحة الاقتصادية العالمية تطورات لافتة، "
        + "وعلى ضوء تلك التطورات ستتخذ الأسعار مسارها، فإذا كانت التطورات إيجابية وتم كسر مستوى 1000$ فأتوقع أن تواصل الأسعار "
        + "مسارها الهابط لما دون 600$, أما في حال ظهرت أحداث اقتصادية عالمية سيئة فسترتد الأسعار حتى مشارف 1,200$ "
        + "لكنه توقع أن يحدث السيناريو الأسوأ لأسعار الذهب. ");
    assertThat(gold).noneMatch(x -> x.direct() && x.text().contains("لكنه توقع"));
  }

  @Test
  void aSentenceBeforeTheWritersNextReportStaysTheParticiplesQuotation() {
    // the words before the writer's report are still the speaker's (review p2, a longer first sentence)
    List<Quote> q = quotes("وأكد الوزير أن تنظيم «داعش» يهدد المنطقة، مضيفا \"المعركة مع الإرهاب طويلة وتحتاج إلى صبر كبير من الجميع. "
        + "وأشار الوزير إلى أن الحكومة ستواصل دعم الجيش في كل المناطق.");
    assertThat(q).filteredOn(Quote::direct).singleElement().satisfies(x -> {
      assertThat(x.text()).startsWith("المعركة مع الإرهاب").endsWith("من الجميع");
      assertThat(x.speaker()).isEqualTo("الوزير");
    });
  }

  @Test
  void aPairTypedSwappedInsideTheQuotationClosesNothing() {
    // review m1-m3: »داعش« and ”الحوار“ are names in marks inside the open quotation
    assertThat(quotes("وقال الوزير: \"نحن نحارب تنظيم »داعش« في كل مكان ولن نتوقف حتى النصر.")).filteredOn(Quote::direct)
        .singleElement().satisfies(x -> assertThat(x.text()).startsWith("نحن نحارب").endsWith("حتى النصر."));
    assertThat(quotes("وقال الوزير: \"نحن ندعم ”الحوار“ الوطني بين جميع الأطراف اليمنية.")).filteredOn(Quote::direct)
        .singleElement().satisfies(x -> assertThat(x.text()).startsWith("نحن ندعم").endsWith("اليمنية."));
    assertThat(quotes("وقال الوزير \"نحن ندعم ”الحوار“ الوطني بين جميع الأطراف اليمنية.")).filteredOn(Quote::direct)
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("الوزير"));
  }

  @Test
  void aGuillemetClosingTheParagraphKeepsTheAttributionAfterIt() {
    // alyaum 4082889 (review x1): the colon follows no speech verb; the speaker is named right after
    List<Quote> q = quotes("ورغم تلك الإحصائيات لم يبد المدير الفني الجديد للفريق المدريدي رافايل بينيتيز أي قلق من هذا الأمر: "
        + "\"لقد لعبنا بشكل يؤهلنا لتسجيل أهداف ولكن ينقصنا أن نكون أكثر حسمًا. لقد رأيت العديد من الأشياء الإيجابية فيما يتعلق "
        + "بالضغط وعدد الفرص التي قمنا بصناعتها».\n"
        + "وأعرب بينيتيز في أكثر من مناسبة عن قلقه على الصلابة الدفاعية لريال مدريد الذي يهتم بالناحية الهجومية بشكل كبير.");
    assertThat(q).filteredOn(Quote::direct).singleElement().satisfies(x -> {
      assertThat(x.text()).startsWith("لقد لعبنا").endsWith("قمنا بصناعتها");
      assertThat(x.speaker()).isEqualTo("بينيتيز");
    });
  }

  @Test
  void theVerbsObjectBehindAlaEndsTheSentenceSubject() {
    // al-jazirah (review sp2): "طمأن … سمير السعود على سلامة بعثة الفريق …" then "وقال:"
    List<Quote> q = quotes("واستكمل البياوي الحصة التدريبية في مسبح مقر إقامة الفريق. من جانبه طمأن مدير الكرة بناي الفتح سمير السعود "
        + "على سلامة بعثة الفريق ووصولها بسلام ولله الحمد إلى جمهورية تونس وقال: \"بحمد الله وصلت بعثة الفريق عصر اليوم الى تونس\".");
    assertThat(q).filteredOn(Quote::direct).singleElement()
        .satisfies(x -> assertThat(x.speaker()).isEqualTo("سمير السعود"));
    // alriyadh 1069482: "أثنى مدرب الوحدة على مستوى فريقه …، وأكد بأن …"
    List<Quote> coach = quotes("بيد أن الإسماعيلي نجح في تعديل النتيجة عن طريق عمرو السولية. من جهته أثنى مدرب الوحدة على مستوى فريقه "
        + "في أول ظهور له إستعداداً للموسم الجديد، وأكد بأن الوحدة قدم مباراة أكثر من رائعة على الرغم من قوة المنافس.");
    assertThat(coach).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("مدرب الوحدة"));
    // kept (alyaum 4082895): على after a role is the role's complement, the name still follows
    List<Quote> kept = quotes("من جهته بين عضو مجلس الإدارة والمشرف على برنامج \"جليس\" الدكتور عبدالرحمن بن رجاء الله السلمي، ان البرنامج "
        + "تم فيه توزيع أكثر من 400 حقيبة وضع فيها مجموعة مختارة من إصدارات النادي بالتعاون مع مؤسسة حسن شربتلي لخدمة المجتمع، "
        + "وقال: إن فكرة البرنامج تتناول الثقافة بمفهومها العام، وهي تعد مسؤولية من مهام النادي الأدبي الثقافي.");
    assertThat(kept).filteredOn(x -> x.text().startsWith("فكرة البرنامج")).singleElement()
        .satisfies(x -> assertThat(x.speaker()).contains("عبدالرحمن بن رجاء الله"));
  }
}
