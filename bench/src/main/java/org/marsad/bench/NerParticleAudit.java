package org.marsad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.ner.EntitySpan;
import org.marsad.nlp.ner.EntityType;
import org.marsad.nlp.ner.NerTagger;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.sentence.SentenceSplitter;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;

/**
 * Lists, for reading by eye, the persons with a name particle (دي، دو، دا، فون، فان، ديل) that the
 * pipeline's document pass adds over the tagger's own sentence-by-sentence output, on unlabelled
 * news (SaudiNewsNet): the firings of the title-anchored particle rule (and of document
 * consistency spreading them). There is no gold standard here; the list is for judging precision.
 * Usage: bench/run NerParticleAudit [MAX_ARTICLES]
 */
public final class NerParticleAudit {
  private static final Set<String> PARTICLES = Set.of("دي", "دو", "دا", "فون", "فان", "ديل", "دل");

  private NerParticleAudit() {}

  public static void main(String[] args) throws Exception {
    int max = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
    NerTagger tagger = NerTagger.defaultTagger();
    int articles = 0, added = 0, own = 0;
    for (RawDocument d : SaudiNewsNet.read(SaudiNewsNet.defaultDir())) {
      if (articles == max) break;
      articles++;
      String text = d.body();
      List<String[]> sentences = new ArrayList<>();
      for (Sentence s : SentenceSplitter.split(text)) {
        String[] w = NewsTokenizer.tokenize(s.textIn(text)).stream().map(Token::text).toArray(String[]::new);
        if (w.length > 0) sentences.add(w);
      }
      tagger.clearContext();
      List<String[]> raw = new ArrayList<>();
      for (String[] s : sentences) raw.add(tagger.tagInContext(s));
      List<String[]> doc = tagger.tagDocument(sentences);
      for (int k = 0; k < sentences.size(); k++) {
        String[] w = sentences.get(k);
        for (EntitySpan e : EntitySpan.fromTags(doc.get(k))) {
          if (e.type() != EntityType.PERS || !hasParticle(w, e)) continue;
          if (!"O".equals(raw.get(k)[e.start()])) {
            own++;
            continue;
          }
          added++;
          int from = Math.max(0, e.start() - 8);
          System.out.printf("%s: … %s [[%s]] %s%n", d.source(), String.join(" ", List.of(w).subList(from, e.start())),
              String.join(" ", List.of(w).subList(e.start(), e.end())), String.join(" ", List.of(w).subList(e.end(), Math.min(w.length, e.end() + 3))));
        }
      }
    }
    System.out.printf("%d articles: %d persons with a particle added by the document pass, %d found by the tagger itself%n",
        articles, added, own);
  }

  private static boolean hasParticle(String[] w, EntitySpan e) {
    for (int i = e.start() + 1; i < e.end() - 1; i++) if (PARTICLES.contains(ArabicNormalizer.match(w[i]))) return true;
    return false;
  }
}
