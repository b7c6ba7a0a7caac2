package org.marsad.store.solr;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.lucene.LuceneArticleStore;

/** The contract on the embedded index, so both backends are held to the same tests. */
class TestLuceneStoreContract extends ArticleStoreContract {
  @TempDir static Path dir;
  static LuceneArticleStore store;
  static Article seed;

  @BeforeAll
  static void load() throws IOException {
    seed = Corpus.seed();
    store = LuceneArticleStore.open(dir.resolve("index"));
    store.add(seed);
    store.add(Corpus.seedDuplicate(seed));
    for (Article a : Corpus.saudiNewsNet("2015-08-10", 300)) store.add(a);
    for (Article a : Corpus.rootPatterns()) store.add(a);
    for (Article a : Corpus.names()) store.add(a);
    for (Article a : Corpus.printedTagsAndLongCities()) store.add(a);
    for (Article a : Corpus.kunyasAfterWa()) store.add(a);
    store.commit();
  }

  @AfterAll
  static void close() throws IOException {
    if (store != null) store.close();
  }

  @Override
  ArticleStore store() {
    return store;
  }

  @Override
  Article seed() {
    return seed;
  }
}
