package org.marsad.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.Marsad;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.article.RawDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad analyze FILE… | -}: prints the article record of each input as JSON (see
 * docs/record.md). Every input is processed even when some fail; a failure is one line
 * {@code marsad: FILE: reason} on stderr and makes the exit code 1.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
        "Analyse Arabic news articles (text or HTML) and print their records as JSON.",
        "With --jsonl, each input is JSON Lines (one article per line: text/content/body, and optional "
            + "title, url, source, published/date/date_extracted) and one record is printed per line."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input analysed", "1:some input could not be read or holds no article", "2:usage error"})
public final class AnalyzeCommand implements Callable<Integer> {
  static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text or HTML files (HTML is recognised by extension or content); '-' reads standard input.")
  List<String> inputs;

  @Option(names = "--jsonl", description = "Inputs are JSON Lines, one article per line; output is one record per line.")
  boolean jsonl;

  @Option(names = "--tokens", description = "Add tokens and sentences (offsets into text).")
  boolean tokens;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  @Option(names = "--html", description = "Treat every input as HTML (default: detect).")
  boolean forceHtml;

  @Option(names = "--threads", paramLabel = "N", description = "With --jsonl: analyse on N threads (output keeps the input order; default ${DEFAULT-VALUE}).")
  int threads = 1;

  @Option(names = "--max-size", paramLabel = "BYTES", description = "Refuse inputs larger than this (default ${DEFAULT-VALUE}).")
  long maxBytes = DEFAULT_MAX_BYTES;

  private final ArticleAnalyzer analyzer;

  public AnalyzeCommand() {
    this(Marsad.analyzer());
  }

  AnalyzeCommand(ArticleAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public Integer call() throws IOException {
    if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    PrintWriter out = spec.commandLine().getOut();
    ArticleAnalyzer.Options options = tokens ? ArticleAnalyzer.Options.WITH_TOKENS : ArticleAnalyzer.Options.DEFAULT;
    boolean failed = false;
    for (String input : inputs) {
      failed |= jsonl ? !analyzeJsonLines(input, options, out) : !analyzeFile(input, options, out);
      out.flush();
    }
    return failed ? MarsadCli.EXIT_BAD_INPUT : MarsadCli.EXIT_OK;
  }

  private boolean analyzeFile(String input, ArticleAnalyzer.Options options, PrintWriter out) throws IOException {
    boolean stdin = input.equals("-");
    try {
      InputFile.Content c = stdin ? InputFile.read(System.in, maxBytes) : InputFile.read(Path.of(input), maxBytes);
      Article a = analyzer.analyze(new RawDocument(c.text(), forceHtml || c.html(), null, null, null, null, input), options);
      out.println(pretty ? ArticleJson.writePretty(a) : ArticleJson.write(a));
      return true;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      return fail(input, e.getMessage());
    } catch (IOException e) {
      return fail(input, "cannot read: " + ErrorHandler.reason(e));
    }
  }

  /** One JSON Lines line's outcome: its record, or the reason it failed. */
  private record LineResult(long lineNo, String json, String error) {}

  private static final int BATCH = 256;

  private boolean analyzeJsonLines(String input, ArticleAnalyzer.Options options, PrintWriter out) throws IOException {
    boolean ok = true;
    long lineNo = 0;
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    try (InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
             .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
      List<Callable<LineResult>> batch = new ArrayList<>(BATCH);
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) continue;
        long n = lineNo;
        String l = line;
        batch.add(() -> analyzeLine(input, n, l, options));
        if (batch.size() == BATCH) {
          ok &= emit(input, run(pool, batch), out);
          batch.clear();
        }
      }
      ok &= emit(input, run(pool, batch), out);
    } catch (NoSuchFileException e) {
      return fail(input, "no such file");
    } catch (CharacterCodingException e) {
      return fail(input, "line " + (lineNo + 1) + ": invalid UTF-8; rest of the file skipped");
    } finally {
      if (pool != null) pool.shutdownNow();
    }
    return ok;
  }

  private LineResult analyzeLine(String input, long lineNo, String line, ArticleAnalyzer.Options options) {
    if (line.length() > maxBytes) return new LineResult(lineNo, null, "too large (over " + maxBytes + " bytes)");
    try {
      Article a = analyzer.analyze(JsonLineDocument.parse(line, input + ":" + lineNo), options);
      return new LineResult(lineNo, pretty ? ArticleJson.writePretty(a) : ArticleJson.write(a), null);
    } catch (IllegalArgumentException e) {
      return new LineResult(lineNo, null, e.getMessage());
    }
  }

  /** Runs a batch, in parallel when there is a pool; results stay in input order. */
  private static List<LineResult> run(ExecutorService pool, List<Callable<LineResult>> batch) throws IOException {
    List<LineResult> out = new ArrayList<>(batch.size());
    try {
      if (pool == null) {
        for (Callable<LineResult> task : batch) out.add(task.call());
      } else {
        for (Future<LineResult> f : pool.invokeAll(batch)) out.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private boolean emit(String input, List<LineResult> results, PrintWriter out) {
    boolean ok = true;
    for (LineResult res : results) {
      if (res.json() != null) out.println(res.json());
      else ok = fail(input, "line " + res.lineNo() + ": " + res.error());
    }
    return ok;
  }

  private boolean fail(String input, String reason) {
    spec.commandLine().getErr().println("marsad: " + input + ": " + reason);
    spec.commandLine().getErr().flush();
    return false;
  }

  /** One JSON Lines record to a {@link RawDocument}. */
  static final class JsonLineDocument {
    private JsonLineDocument() {}

    static RawDocument parse(String line, String origin) {
      JsonNode node;
      try {
        node = ArticleJson.mapper().readTree(line);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
      }
      if (node == null || !node.isObject()) throw new IllegalArgumentException("not a JSON object");
      String body = first(node, "text", "content", "body");
      if (body == null) {
        boolean present = node.has("text") || node.has("content") || node.has("body");
        throw new IllegalArgumentException(present ? "empty text" : "no text, content or body field");
      }
      if (body.indexOf('\uFFFD') >= 0) throw new IllegalArgumentException("text holds undecodable characters");
      JsonNode htmlFlag = node.get("html");
      boolean html = htmlFlag != null && htmlFlag.asBoolean(false) || InputFile.isHtml(body, "");
      return new RawDocument(body, html, first(node, "title"), first(node, "url"), first(node, "source"),
          first(node, "published", "date", "date_extracted"), origin);
    }

    private static String first(JsonNode node, String... fields) {
      for (String f : fields) {
        JsonNode v = node.get(f);
        if (v != null && v.isTextual() && !v.asText().isBlank()) return v.asText();
        if (v != null && v.isNumber()) return v.asText();
      }
      return null;
    }
  }
}
