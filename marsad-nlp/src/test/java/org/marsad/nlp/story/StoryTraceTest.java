package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StoryClusterer#trace}: which link brought each event of a story in (session 20's diagnostic, read by
 * {@code bench/run StoryReplay -Dtrace=N}). The texts are SaudiNewsNet's reports of the Lavrov–Kerry call (2015) and a
 * follow-up two days later, shortened; the entity ids are set by hand.
 */
class StoryTraceTest {
  private static final Instant DAY1 = Instant.parse("2015-08-01T08:00:00Z");

  private static StoryInput article(String id, Instant t, String title, String text, String... entities) {
    return new StoryInput(id, title, text, "src", t, Set.of(entities));
  }

  private static StoryClusterer twoEventStory() {
    return twoEventStory(new StoryClusterer().keepLinkEvidence());
  }

  private static StoryClusterer twoEventStory(StoryClusterer c) {
    c.assign(article("a1", DAY1, "لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية في سورية",
        "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي اليوم سبل تعزيز وقف الأعمال "
            + "القتالية في سورية ومكافحة الإرهاب وإغلاق الحدود التركية السورية.", "per:lavrov", "per:kerry", "loc:syria"));
    // three days later: too far for the event window (2 days), within the link window (7 days)
    c.assign(article("b1", DAY1.plus(3, ChronoUnit.DAYS), "لافروف: واشنطن تنشر معلومات مضللة حول مباحثاتها مع موسكو بشأن سورية",
        "قال وزير الخارجية الروسي سيرغي لافروف إن واشنطن تنشر معلومات مضللة حول مضمون مباحثاته مع جون كيري بشأن وقف "
            + "الأعمال القتالية في سورية وإغلاق الحدود التركية السورية.", "per:lavrov", "per:kerry", "loc:syria"));
    return c;
  }

  @Test
  void the_trace_names_the_event_a_link_went_to_with_its_score_and_the_agreement() {
    StoryClusterer c = twoEventStory();
    String story = c.assign(article("a1", DAY1, "", ""));
    assertThat(c.assign(article("b1", DAY1, "", ""))).as("the follow-up continues the call's story").isEqualTo(story);
    List<StoryClusterer.EventTrace> trace = c.trace(story);
    assertThat(trace).hasSize(2);
    StoryClusterer.EventTrace first = trace.get(0), second = trace.get(1);
    assertThat(first.linkedEventId()).as("the event that started the story came by no link").isNull();
    assertThat(second.linkedEventId()).isEqualTo(first.eventId());
    assertThat(second.linkedLabel()).contains("لافروف وكيري");
    assertThat(second.linkScore()).isGreaterThanOrEqualTo(StoryClusterer.Settings.defaults().linkThreshold());
    assertThat(second.agreement()).as("a one-event story has nothing to disagree with").isEqualTo(1.0);
    // what the link rested on (session 26): the parts of the cosine add up to it, the largest first
    assertThat(first.evidence()).isNull();
    StoryClusterer.LinkEvidence ev = second.evidence();
    assertThat(ev.terms()).isNotEmpty();
    assertThat(ev.terms().get(0).getValue()).isGreaterThanOrEqualTo(ev.terms().get(ev.terms().size() - 1).getValue());
    assertThat(ev.terms().stream().mapToDouble(java.util.Map.Entry::getValue).sum()).isLessThanOrEqualTo(ev.cosine() + 1e-9);
    assertThat(0.75 * ev.cosine() + 0.25 * ev.entityOverlap()).as("the link score's two parts").isCloseTo(second.linkScore(),
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(second.titles()).containsExactly("لافروف: واشنطن تنشر معلومات مضللة حول مباحثاتها مع موسكو بشأن سورية");
  }

  @Test
  void links_are_not_saved_so_a_reopened_clusterer_traces_none(@TempDir Path dir) throws Exception {
    StoryClusterer c = twoEventStory();
    String story = c.assign(article("a1", DAY1, "", ""));
    c.save(dir);
    List<StoryClusterer.EventTrace> reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults()).trace(story);
    assertThat(reopened).hasSize(2).allSatisfy(e -> assertThat(e.linkedEventId()).isNull());
  }

  /** The production clusterer does not compute or keep the link diagnostic (review26/stories26 F3); the link is traced. */
  @Test
  void without_the_diagnostic_asked_for_the_trace_has_the_link_but_no_evidence() {
    StoryClusterer c = twoEventStory(new StoryClusterer());
    String story = c.assign(article("a1", DAY1, "", ""));
    List<StoryClusterer.EventTrace> trace = c.trace(story);
    assertThat(trace).hasSize(2);
    assertThat(trace.get(1).linkedEventId()).isEqualTo(trace.get(0).eventId());
    assertThat(trace.get(1).evidence()).isNull();
  }
}
