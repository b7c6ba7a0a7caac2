package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.app.Marsad;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.Sources;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.StoryInputs;
import org.marsad.testkit.SharedData;

/**
 * The link step's entity floor on the real case that motivated it (bench/RESULTS.md, Stories,
 * session 5/6): the first SaudiNewsNet report of 2015-08-10 on the GCC secretary-general backing
 * the UN resolution on Yemen opens a new event, whose story is decided by linking. The stream is
 * the opening of that day as {@code marsad eval stories} sees it, analysed by the product pipeline.
 * Two Yemen events precede it: the president meeting his advisers (several reports, the closer
 * text) and, 24 seconds earlier, a single report of the government's appeal to Aden's doctors,
 * which shares two of its three entity ids with the GCC report.
 */
class TestStoryLinkOnSaudiNewsNet {
  private static final String GCC = "http://www.spa.gov.sa/details.php?id=1386785";
  private static final String HADI_ADVISERS = "http://www.spa.gov.sa/details.php?id=1386839";
  private static final String DOCTORS_APPEAL = "http://www.alweeam.com.sa/351871/الحكومة-اليمنية-تناشد-الأطباء-في-عدن-س/";

  private static List<Article> opening;

  @BeforeAll
  static void analyseTheOpeningOfTheDay() {
    Path zip = SharedData.require("data/saudinewsnet/2015-08-10.zip");
    List<RawDocument> docs = new ArrayList<>();
    Sources.read(List.of(zip), new DocumentSink() {
      @Override public void accept(RawDocument d) { docs.add(d); }
      @Override public void failed(String origin, String reason, byte[] bytes) { }
    });
    String gccExtracted = docs.stream().filter(d -> GCC.equals(d.url())).findFirst().orElseThrow().published();
    ArticleAnalyzer analyzer = Marsad.analyzer();
    List<Article> analysed = new ArrayList<>();
    // The articles up to the GCC report, with some slack: the analysed publication time (the
    // clusterer's order) may differ from the crawl time a little; later articles are fed too,
    // but cannot change a story decided before them.
    LocalDateTime until = crawled(gccExtracted).plusHours(1);
    for (RawDocument d : docs) {
      if (d.published() != null && crawled(d.published()).isBefore(until)) analysed.add(analyzer.analyze(d));
    }
    analysed.sort(Comparator.comparing((Article a) -> a.published() == null ? "" : a.published())
        .thenComparing(a -> a.url() == null ? "" : a.url()));
    opening = analysed;
  }

  /** SaudiNewsNet's crawl time, {@code 2015-08-10 00:05:35}. */
  private static LocalDateTime crawled(String extracted) {
    return LocalDateTime.parse(extracted.replace(' ', 'T'));
  }

  private static Map<String, String> storiesByUrl(StoryClusterer.Settings settings) {
    StoryClusterer c = new StoryClusterer(settings);
    Map<String, String> story = new HashMap<>();
    for (Article a : opening) story.put(a.url(), c.assign(StoryInputs.of(a, Instant.EPOCH)));
    return story;
  }

  @Test
  void the_gcc_report_continues_the_story_of_the_closer_text_not_of_a_one_article_event_sharing_two_ids() {
    Map<String, String> story = storiesByUrl(StoryClusterer.Settings.defaults());
    assertThat(story).containsKeys(GCC, HADI_ADVISERS, DOCTORS_APPEAL);
    assertThat(story.get(GCC)).isEqualTo(story.get(HADI_ADVISERS)).isNotEqualTo(story.get(DOCTORS_APPEAL));
  }

  @Test
  void without_the_floor_the_two_shared_ids_of_the_one_article_event_outweigh_the_text() {
    StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
    Map<String, String> story = storiesByUrl(new StoryClusterer.Settings(d.joinThreshold(), d.linkThreshold(),
        d.entityWeight(), d.eventWindow(), d.linkWindow(), 1, d.storyAgreement()));
    assertThat(story.get(GCC)).isEqualTo(story.get(DOCTORS_APPEAL)).isNotEqualTo(story.get(HADI_ADVISERS));
  }
}
