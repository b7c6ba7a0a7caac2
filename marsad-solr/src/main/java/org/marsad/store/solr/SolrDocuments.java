package org.marsad.store.solr;

import org.marsad.store.EntityFilterValues;
import org.marsad.store.FilterKeys;
import org.marsad.store.PublishedDates;
import java.util.Locale;
import org.apache.solr.common.SolrInputDocument;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Section;
import org.marsad.nlp.article.ArticleJson;

/** Turns an {@link Article} into the Solr document of Marsad's schema; the same values as the embedded index. */
final class SolrDocuments {
  private SolrDocuments() {}

  static SolrInputDocument toDocument(Article a) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(SolrFields.ID, a.id());
    if (a.title() != null) {
      doc.addField(SolrFields.TITLE, a.title());
      doc.addField(SolrFields.TITLE_EXACT, a.title());
    }
    String body = a.text() == null ? "" : a.text();
    doc.addField(SolrFields.BODY, body);
    doc.addField(SolrFields.BODY_EXACT, body);
    String roots = SolrRoots.field(body);
    if (roots != null) doc.addField(SolrFields.BODY_ROOTS, roots);
    if (a.lead() != null) doc.addField(SolrFields.LEAD, a.lead());
    if (a.sections() != null) {
      for (Section s : a.sections()) {
        if (s.heading() != null) doc.addField(SolrFields.HEADINGS, s.heading());
      }
    }
    String source = a.source() == null ? null : a.source().strip().toLowerCase(Locale.ROOT);
    if (source != null && !source.isEmpty()) doc.addField(SolrFields.SOURCE, source);
    if (a.url() != null) doc.addField(SolrFields.URL, a.url());

    if (a.published() != null) doc.addField(SolrFields.PUBLISHED, a.published());
    Long millis = PublishedDates.toMillis(a.published());
    if (millis != null) {
      doc.addField(SolrFields.PUBLISHED_MILLIS, millis);
      String day = PublishedDates.day(millis).toString();
      doc.addField(SolrFields.DAY, day);
      doc.addField(SolrFields.MONTH, day.substring(0, 7));
    }
    if (a.dateline() != null && a.dateline().city() != null) {
      String city = a.dateline().city().strip();
      String key = FilterKeys.of(city);
      if (key != null) {
        doc.addField(SolrFields.CITY, key);
        doc.addField(SolrFields.CITY + SolrFields.FACET_SUFFIX, city);
      }
    }
    if (a.topic() != null && a.topic().label() != null) {
      String key = FilterKeys.of(a.topic().label());
      if (key != null) {
        doc.addField(SolrFields.TOPIC, key);
        doc.addField(SolrFields.TOPIC + SolrFields.FACET_SUFFIX, a.topic().label().strip());
      }
    }
    EntityFilterValues.write(a.entities(), a.quotes(), new EntityFilterValues.Sink() {
      @Override public void key(String field, String key) {
        doc.addField(field, key);
      }

      @Override public void name(String field, String name) {
        doc.addField(field + SolrFields.NAMES_SUFFIX, name);
      }

      @Override public void facet(String field, String shown) {
        doc.addField(field + SolrFields.FACET_SUFFIX, shown);
      }
    });
    if (a.storyId() != null) doc.addField(SolrFields.STORY, a.storyId());
    if (a.duplicateOf() != null) {
      doc.addField(SolrFields.DUPLICATE_OF, a.duplicateOf());
      doc.addField(SolrFields.IS_DUPLICATE, "1");
    }
    doc.addField(SolrFields.JSON, ArticleJson.write(a));
    return doc;
  }
}
