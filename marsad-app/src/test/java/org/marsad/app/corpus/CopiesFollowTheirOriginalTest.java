package org.marsad.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;

/**
 * A near-duplicate is linked to its original and placed in its original's story, whatever the
 * threads, the arrival order or the saves in between (session 16: on a real ingest 997 of 1,358
 * copies were in another story than their original).
 */
class CopiesFollowTheirOriginalTest {
  private static final String FIRE = "سيطرت فرق الدفاع المدني في العاصمة المقدسة اليوم على حريق نشب في مستودع لقطع غيار "
      + "السيارات بحي الشرائع دون تسجيل أي إصابات. وأوضح المتحدث الرسمي باسم الدفاع المدني بمنطقة مكة المكرمة العقيد "
      + "سعيد سرحان أن غرفة العمليات تلقت بلاغا عن الحريق عند الساعة الثالثة عصرا، فباشرته أربع فرق إطفاء وإنقاذ "
      + "وتمكنت من السيطرة عليه ومنع امتداده إلى المستودعات المجاورة. وأضاف أن أسباب الحريق لا تزال قيد التحقيق، "
      + "داعيا أصحاب المستودعات إلى الالتزام باشتراطات السلامة وتوفير أجهزة الإطفاء.";
  /** The same report republished: another headline, a byline, the last sentence dropped, hamza variants. */
  private static final String FIRE_COPY = "مكة المكرمة - واس: سيطرت فرق الدفاع المدني في العاصمة المقدسة اليوم على حريق نشب في مستودع "
      + "لقطع غيار السيارات بحي الشرائع دون تسجيل اي اصابات. واوضح المتحدث الرسمي باسم الدفاع المدني بمنطقة مكة المكرمة "
      + "العقيد سعيد سرحان ان غرفة العمليات تلقت بلاغا عن الحريق عند الساعة الثالثة عصرا، فباشرته اربع فرق إطفاء وإنقاذ "
      + "وتمكنت من السيطرة عليه ومنع امتداده إلى المستودعات المجاورة.";
  private static final String EID = "احتفل أهالي المنطقة الشرقية بعيد الفطر المبارك في الحدائق والواجهات البحرية بالدمام "
      + "والخبر، وسط برامج ترفيهية للأطفال والعائلات أعدتها الأمانة، وعروض للألعاب النارية استمرت ثلاثة أيام.";

  private static RawDocument doc(String id, String title, String text, String published) {
    return new RawDocument(text, false, title, "http://example.org/" + id, "src-" + id, published, id);
  }

  private static final RawDocument ORIGINAL = doc("original", "مدني مكة يسيطر على حريق نشب بمستودع لقطع الغيار", FIRE, "2015-07-21T10:00:00");
  private static final RawDocument COPY = doc("copy", "مدني العاصمة المقدسة يخمد حريقا بمستودع", FIRE_COPY, "2015-07-21T13:00:00");

  @Test
  void an_undated_article_and_a_save_between_original_and_copy_do_not_separate_them(@TempDir Path dir) throws Exception {
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.analyze(doc("undated", "الشرقية تحتفل بالعيد", EID, null)); // the seed file of an ingest has no date
      Article original = corpus.analyze(ORIGINAL);
      corpus.save(); // ingest saves at every commit
      Article copy = corpus.analyze(COPY);
      assertThat(copy.duplicateOf()).isEqualTo(original.id());
      assertThat(copy.storyId()).isEqualTo(original.storyId());
    }
  }

  @Test
  void a_copy_and_its_original_on_two_threads_in_either_order_share_a_story(@TempDir Path dir) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 6; round++) {
        try (Corpus corpus = Corpus.open(dir.resolve("r" + round))) {
          List<Article> analysed = List.of(corpus.analyzer().analyze(ORIGINAL), corpus.analyzer().analyze(COPY));
          CountDownLatch start = new CountDownLatch(1);
          List<Future<Article>> linked = new ArrayList<>();
          for (int i = 0; i < 2; i++) {
            Article a = analysed.get((i + round) % 2); // each order of submission
            linked.add(threads.submit(() -> {
              start.await();
              return corpus.link(a);
            }));
          }
          start.countDown();
          Article first = linked.get(0).get(), second = linked.get(1).get();
          assertThat(first.storyId()).as("round %d", round).isEqualTo(second.storyId());
          // whichever was checked second is the copy of the other, never both and never neither
          assertThat(first.duplicateOf() == null).as("round %d", round).isNotEqualTo(second.duplicateOf() == null);
          Article copy = first.duplicateOf() != null ? first : second;
          Article original = copy == first ? second : first;
          assertThat(copy.duplicateOf()).isEqualTo(original.id());
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
