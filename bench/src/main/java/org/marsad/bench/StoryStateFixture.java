package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.marsad.nlp.story.Story;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.StoryInput;

/**
 * Writes the story-state test fixture {@code version3-two-events.bin} (marsad-nlp's test resources, package
 * {@code org.marsad.nlp.story}; session 23, lane stories23): the three reports of {@code StoryStateDamagedFileTest},
 * the quake event with two members (so its centroid holds sums). It must be run with the SESSION-START jars (main
 * 3a271656, which write version 3), not this build's (version 4); the class uses only the public story API:
 *
 * <pre>java -cp "bench/target/marsad-bench.jar:/tmp/jar23base/lib/*" org.marsad.bench.StoryStateFixture DIR</pre>
 * then copy {@code DIR/stories.bin} over the fixture.
 */
public final class StoryStateFixture {
  private static final Instant T0 = Instant.parse("2015-08-10T08:00:00Z");

  private StoryStateFixture() {}

  private static StoryInput article(String id, int hour, String title, String text, String... entities) {
    return new StoryInput(id, title, text, "spa", T0.plusSeconds(hour * 3600L), Set.of(entities));
  }

  public static void main(String[] args) throws Exception {
    StoryClusterer c = new StoryClusterer();
    c.assign(article("a1", 0, "زلزال بقوة ست درجات يضرب شمال إيران",
        "ضرب زلزال بقوة ست درجات على مقياس ريختر شمال إيران اليوم وأسفر عن سقوط ضحايا وانهيار منازل في القرى الجبلية.",
        "loc:iran"));
    c.assign(article("a2", 1, "مجلس الوزراء يقر الميزانية العامة للدولة",
        "أقر مجلس الوزراء في جلسته الأسبوعية الميزانية العامة للدولة للعام المالي المقبل بزيادة في مخصصات التعليم والصحة.",
        "org:cabinet", "loc:iran"));
    c.assign(article("a3", 3, "ارتفاع عدد ضحايا زلزال شمال إيران",
        "ارتفع عدد ضحايا الزلزال الذي ضرب شمال إيران إلى عشرين قتيلا ومئات الجرحى بحسب فرق الإنقاذ في القرى الجبلية.",
        "loc:iran"));
    for (Story s : c.stories(null, null)) System.out.println(s.id() + " " + s.articleIds() + " " + s.label());
    Path dir = Path.of(args[0]);
    c.save(dir);
    System.out.println(dir.resolve("stories.bin") + " " + Files.size(dir.resolve("stories.bin")) + " bytes");
  }
}
