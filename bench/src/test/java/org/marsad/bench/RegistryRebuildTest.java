package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.cli.MarsadCli;
import org.marsad.bench.RegistryRegisterCost.StoredArticle;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * A rebuilt registry lists the articles it counted: one that did not (a registry file saying it lists
 * them, with none listed) counted every stored article a second time when an ingest met them again
 * (review of session 20, lane idem20, F3).
 */
class RegistryRebuildTest {
  @TempDir Path tmp;

  @Test
  void a_rebuilt_registry_lists_every_article_it_counted() throws Exception {
    Path first = tmp.resolve("moscow.txt"), second = tmp.resolve("brussels.txt");
    Files.writeString(first, "لافروف يلتقي كيري في موسكو\n\nالتقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري"
        + " في موسكو اليوم الثلاثاء، وبحث الوزيران الأزمة السورية. وقال لافروف إن موسكو تريد حلا سياسيا.\n", StandardCharsets.UTF_8);
    Files.writeString(second, "اجتماع لحلف الناتو في بروكسل\n\nعقد وزراء خارجية حلف شمال الأطلسي اجتماعا في بروكسل، وقال الأمين العام"
        + " ينس ستولتنبرغ إن الحلف سيعزز وجوده في شرق أوروبا.\n", StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    assertThat(MarsadCli.commandLine().execute("ingest", "--data", data.toString(), first.toString(), second.toString())).isZero();

    Path out = tmp.resolve("rebuilt");
    List<StoredArticle> articles = RegistryRebuild.rebuild(data, out);
    assertThat(articles).hasSize(2);
    EntityRegistry rebuilt = EntityRegistry.open(out, Transliterator.rulesOnly());
    assertThat(rebuilt.all()).isNotEmpty();
    assertThat(rebuilt.countsStoredArticles()).isFalse();
    for (StoredArticle a : articles) assertThat(rebuilt.counted(a.id())).as(a.id()).isTrue();
  }
}
