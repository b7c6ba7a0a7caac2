package org.marsad.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad get ID}: prints the stored record of one article as JSON. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Print the stored record of one article (JSON).")
final class GetCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "Content id, as search shows it")
  String id;

  @Mixin DataOption data;

  @Mixin BackendOption backend;

  @Spec CommandSpec spec;

  @Option(names = "--compact", description = "One line instead of indented JSON")
  boolean compact;

  @Override
  public Integer call() throws Exception {
    OptionCheck.require(spec, !id.isBlank(), "ID must not be empty (a content id, as search shows it)");
    Article article;
    try (ArticleStore store = backend.openForReading(data.dir())) {
      article = store.get(id.strip()).orElseThrow(
          () -> new IllegalArgumentException("no article with id " + id + " in " + data.dir()));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(compact ? ArticleJson.write(article)
        : ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(article));
    return MarsadCli.EXIT_OK;
  }
}
