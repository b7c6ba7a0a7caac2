package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.RawDocument;
import org.marsad.testkit.SharedData;

/** The real corpora in ../shared/data, read end to end (skipped where they are absent). */
class TestSharedCorpora {

  /** Articles per SaudiNewsNet file and how many of them have a blank {@code content}, counted with Python's json module. */
  private static final Map<String, int[]> SAUDI_NEWS_NET = new LinkedHashMap<>();

  static {
    SAUDI_NEWS_NET.put("2015-07-21", new int[] {2972, 84});
    SAUDI_NEWS_NET.put("2015-07-22", new int[] {2050, 12});
    SAUDI_NEWS_NET.put("2015-07-23", new int[] {1318, 16});
    SAUDI_NEWS_NET.put("2015-07-24", new int[] {2069, 16});
    SAUDI_NEWS_NET.put("2015-07-25", new int[] {1559, 16});
    SAUDI_NEWS_NET.put("2015-07-26", new int[] {1459, 20});
    SAUDI_NEWS_NET.put("2015-07-27", new int[] {1397, 10});
    SAUDI_NEWS_NET.put("2015-07-31", new int[] {2218, 20});
    SAUDI_NEWS_NET.put("2015-08-01", new int[] {1285, 22});
    SAUDI_NEWS_NET.put("2015-08-02", new int[] {1314, 8});
    SAUDI_NEWS_NET.put("2015-08-03", new int[] {1343, 6});
    SAUDI_NEWS_NET.put("2015-08-04", new int[] {1345, 6});
    SAUDI_NEWS_NET.put("2015-08-06", new int[] {3218, 41});
    SAUDI_NEWS_NET.put("2015-08-07", new int[] {1473, 19});
    SAUDI_NEWS_NET.put("2015-08-08", new int[] {1348, 19});
    SAUDI_NEWS_NET.put("2015-08-09", new int[] {1276, 15});
    SAUDI_NEWS_NET.put("2015-08-10", new int[] {1700, 14});
    SAUDI_NEWS_NET.put("2015-08-11", new int[] {1686, 10});
  }

  @Test
  void saudinewsnet_zips_yield_every_article_and_fail_only_the_blank_ones() {
    Path dir = SharedData.require("data/saudinewsnet");
    int total = 0;
    for (Map.Entry<String, int[]> e : SAUDI_NEWS_NET.entrySet()) {
      CollectingSink sink = new CollectingSink();
      Sources.read(List.of(dir.resolve(e.getKey() + ".zip")), sink);
      int articles = e.getValue()[0];
      int blank = e.getValue()[1];
      assertThat(sink.documents).as(e.getKey()).hasSize(articles - blank);
      assertThat(sink.failures).as(e.getKey()).hasSize(blank)
          .allSatisfy(f -> assertThat(f.reason()).isEqualTo("empty text"));
      total += articles;
      RawDocument first = sink.documents.get(0);
      assertThat(first.url()).startsWith("http");
      assertThat(first.source()).isNotBlank();
      assertThat(first.published()).startsWith(e.getKey().substring(0, 4));
      assertThat(first.origin()).contains(e.getKey() + ".zip!" + e.getKey() + ".json[");
    }
    assertThat(total).isEqualTo(31_030);
  }

  @Test
  void ant_corpus_gzip_yields_10161_records_with_docno_and_category() {
    Path file = SharedData.require("data/ant-corpus/ant-corpus-v1.1.trec.xml.gz");
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(file), sink);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).hasSize(10_161);
    // 4 records have a blank <TITLE> (counted with grep); every TIME becomes an ISO date.
    assertThat(sink.documents.stream().filter(d -> d.title() == null).count()).isEqualTo(4);
    assertThat(sink.documents.stream().filter(d -> !d.published().matches("\\d{4}-\\d{2}-\\d{2}.*")).toList()).isEmpty();
    assertThat(sink.extras).allSatisfy(x -> assertThat(x).containsKey("docno"));
    long localNews = sink.extras.stream().filter(x -> "localNews".equals(x.get("category"))).count();
    assertThat(localNews).isEqualTo(4_832);
    long fromTitle = sink.extras.stream().filter(x -> x.containsKey("bodyFrom")).count();
    assertThat(fromTitle).as("records with an empty TEXT").isEqualTo(23);
    assertThat(sink.documents.get(0).origin()).endsWith("#JA-culture-1-20170120");
  }
}
