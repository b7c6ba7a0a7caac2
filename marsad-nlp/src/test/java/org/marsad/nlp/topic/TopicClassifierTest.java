package org.marsad.nlp.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Topic;
import org.marsad.testkit.SharedData;

class TopicClassifierTest {
  private static final List<LabelledText> TINY = List.of(
      new LabelledText("الهلال يفوز على النصر", "فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة الدوري السعودي لكرة القدم.", TopicLabel.SPORTS),
      new LabelledText("منتخب تونس يتأهل", "تأهل المنتخب التونسي لكرة القدم إلى نهائيات كأس أمم إفريقيا بعد فوزه في المباراة الأخيرة.", TopicLabel.SPORTS),
      new LabelledText("مدرب جديد للفريق", "أعلن النادي تعاقده مع مدرب جديد للفريق الأول لكرة القدم قبل انطلاق الموسم الرياضي.", TopicLabel.SPORTS),
      new LabelledText("ارتفاع أسعار النفط", "ارتفعت أسعار النفط في الأسواق العالمية وسط توقعات بتراجع المخزونات وزيادة الطلب.", TopicLabel.ECONOMY),
      new LabelledText("البورصة تغلق على ارتفاع", "أغلق مؤشر السوق المالية على ارتفاع بدعم من أسهم البنوك وقطاع الطاقة وسط تداولات نشطة.", TopicLabel.ECONOMY),
      new LabelledText("نمو الاقتصاد", "توقع البنك المركزي نمو الاقتصاد الوطني وتراجع نسبة التضخم خلال العام المقبل مع زيادة الاستثمارات.", TopicLabel.ECONOMY));

  private static TopicClassifier tiny() {
    return new TopicTrainer(TopicTrainer.ALGORITHM, 50, 1, TopicTrainer.L2).train(TINY);
  }

  @Test
  void a_tiny_model_separates_sports_from_economy() {
    TopicClassifier c = tiny();
    assertThat(c.classify(null, "سجل مهاجم الفريق هدف الفوز في الدقيقة الأخيرة من المباراة").label()).isEqualTo("sports");
    assertThat(c.classify(null, "تراجعت أسعار الأسهم في السوق المالية مع انخفاض أسعار النفط").label()).isEqualTo("economy");
  }

  @Test
  void probabilities_sum_to_one_and_the_score_is_the_best_one() {
    TopicClassifier c = tiny();
    var p = c.probabilities(null, "مباراة كرة القدم");
    assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    Topic t = c.classify(null, "مباراة كرة القدم");
    assertThat(t.score()).isEqualTo(p.get(TopicLabel.ofKey(t.label())));
  }

  @Test
  void a_saved_model_loads_and_agrees(@TempDir Path dir) throws Exception {
    TopicClassifier c = tiny();
    Path f = dir.resolve("m.bin");
    c.save(f);
    String text = "ارتفعت أسعار النفط في الأسواق";
    assertThat(TopicClassifier.load(f).classify(null, text)).isEqualTo(c.classify(null, text));
  }

  @Test
  void the_shipped_model_files_the_seed_story_under_politics_or_international() {
    String seed = SharedData.seedText();
    Topic t = TopicClassifier.shipped().classify(null, seed);
    assertThat(t.label()).isIn("politics", "international");
    assertThat(t.score()).isBetween(0.0, 1.0);
  }

  @Test
  void the_shipped_model_recognises_a_sports_story() {
    Topic t = TopicClassifier.shipped().classify("الترجي يفوز على النجم الساحلي",
        "فاز الترجي الرياضي على النجم الساحلي بثلاثة أهداف مقابل هدف في قمة الجولة العاشرة من بطولة الرابطة المحترفة الأولى لكرة القدم.");
    assertThat(t.label()).isEqualTo("sports");
  }

  @Test
  void labels_round_trip_through_their_keys() {
    for (TopicLabel l : TopicLabel.values()) assertThat(TopicLabel.ofKey(l.key())).isEqualTo(l);
  }
}
