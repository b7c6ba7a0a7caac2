package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The section-free anchor's parts (session 25, lane purity25; off by default, a measurement option): the section
 * words are read as story terms, and two reports of different football matches, alike through the section's words,
 * are not alike without them. Shortened real reports of August 2015 (SaudiNewsNet).
 */
class SectionFreeAnchorTest {
  private static final Instant T = Instant.parse("2015-08-10T08:00:00Z");

  @Test
  void section_words_are_matched_as_story_terms_with_and_without_the_article() {
    for (String w : new String[] {"الفريق", "والفريق", "المباراة", "مباراة", "الأسهم", "مؤشر"}) {
      String term = TermVectorizer.stripArticle(org.marsad.text.ArabicNormalizer.match(w));
      assertThat(SectionWords.contains(term)).as(w).isTrue();
    }
    assertThat(SectionWords.contains(TermVectorizer.stripArticle(org.marsad.text.ArabicNormalizer.match("الهلال")))).isFalse();
    assertThat(SectionWords.contains(TermVectorizer.stripArticle(org.marsad.text.ArabicNormalizer.match("زنجبار")))).isFalse();
  }

  @Test
  void two_matches_alike_by_the_sections_words_are_apart_without_them() {
    TermVectorizer tv = new TermVectorizer();
    String[][] texts = {
        {"الهلال يفوز على النصر في مباراة كأس السوبر", "فاز فريق الهلال على النصر بهدفين في مباراة كأس السوبر على ملعب لوفتس رود في لندن وسط حضور الجماهير."},
        {"الأهلي يتعادل مع الاتحاد في مباراة ودية", "تعادل فريق الأهلي مع الاتحاد في مباراة ودية على ملعب الجوهرة في جدة ضمن تدريبات الفريق قبل انطلاق الدوري."},
        {"ارتفاع أسعار النفط", "ارتفعت أسعار النفط في تعاملات اليوم مع تراجع المخزونات الأمريكية."}};
    TermVector[] v = new TermVector[texts.length];
    for (int i = 0; i < texts.length; i++) v[i] = tv.learnAndVectorize(texts[i][0], texts[i][1]);
    EventCluster superCup = new EventCluster("e1", 1, "s1");
    superCup.add(new StoryInput("a1", texts[0][0], texts[0][1], "okaz", T, Set.of()), v[0]);
    double whole = superCup.cosine(v[1]);
    double sectionFree = superCup.cosineWithout(v[1], SectionWords::contains);
    assertThat(whole).as("the friendly is like the Super Cup by its words").isGreaterThan(0.10);
    assertThat(sectionFree).as("not once the football words are gone").isLessThan(whole / 2);
    assertThat(superCup.cosineWithout(v[0], SectionWords::contains)).as("a report is like itself").isGreaterThan(0.99);
  }

  @Test
  void the_journal_rules_name_the_anchor_only_when_it_is_on() {
    StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
    String off = new StoryClusterer(d).replayRules();
    assertThat(off).doesNotContain("section");
    assertThat(new StoryClusterer(d.withSectionFreeAnchor(0.025)).replayRules()).isEqualTo(off + " section-free anchor 0.025");
  }
}
