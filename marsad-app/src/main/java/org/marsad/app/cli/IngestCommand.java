package org.marsad.app.cli;

import org.marsad.app.alert.AlertDelivery;
import org.marsad.app.corpus.Corpus;
import org.marsad.app.corpus.QueryExpansion;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.app.pipeline.DocumentSource;
import org.marsad.app.pipeline.IngestPipeline;
import org.marsad.app.pipeline.IngestProgress;
import org.marsad.app.pipeline.IngestSummary;
import org.marsad.app.pipeline.LogProgress;
import org.marsad.app.pipeline.Quarantine;
import org.marsad.app.pipeline.TerminalProgress;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.SpoolDirectory;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad ingest PATH…}: reads, analyses and indexes articles (see docs/ingest.md). */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read articles from files, directories and archives, analyse them and add them to the index.",
        "Re-running is safe: articles already in the index are skipped and counted as duplicates."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to read; - reads standard input")
  List<Path> paths;

  @Mixin DataOption data;

  @Mixin BackendOption backend;

  @Spec CommandSpec spec;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: one per core)")
  Integer threads;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
      description = "Make the index durable every N new articles (default: ${DEFAULT-VALUE})")
  int commitEvery;

  @Option(names = "--json", description = "Print the summary as one JSON object")
  boolean json;

  @Option(names = "--spool-limit-mib", paramLabel = "MIB", defaultValue = "4096",
      description = {"Largest zip or WARC read as a stream (inside an archive, on standard input) that is copied to DATA/tmp"
          + " to be read as a file (a broken entry or record then fails alone); a larger one is read as a stream"
          + " (its first broken entry or record ends it). 0: no copy,"
          + " such streams are read as streams (default: ${DEFAULT-VALUE})"})
  long spoolLimitMib;

  @Override
  public Integer call() throws Exception {
    OptionCheck.require(spec, threads == null || threads >= 1, "--threads must be 1 or more, got " + threads);
    OptionCheck.require(spec, commitEvery >= 1, "--commit-every must be 1 or more, got " + commitEvery);
    OptionCheck.require(spec, spoolLimitMib >= 0 && spoolLimitMib <= Long.MAX_VALUE / (1024 * 1024),
        "--spool-limit-mib must be between 0 and " + Long.MAX_VALUE / (1024 * 1024) + ", got " + spoolLimitMib);
    boolean stdin = paths.contains(DocumentSource.STDIN_PATH);
    OptionCheck.require(spec, paths.indexOf(DocumentSource.STDIN_PATH) == paths.lastIndexOf(DocumentSource.STDIN_PATH),
        "- (standard input) can be given only once");
    for (Path p : paths) {
      // notExists, not !exists: a file in a directory we may not search is there, and fails as "permission denied"
      if (!p.equals(DocumentSource.STDIN_PATH) && Files.notExists(p)) throw new IllegalArgumentException(p + ": no such file or directory");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintStream err = System.err;
    IngestPipeline.Options options = IngestPipeline.Options.defaults().withCommitEvery(commitEvery);
    if (threads != null) options = options.withThreads(threads);
    boolean terminal = System.console() != null && !json;
    // a console means standard input is the keyboard: say why the command waits
    if (stdin && System.console() != null) err.println("marsad: reading articles from standard input; end with Ctrl-D");
    IngestProgress progress = terminal ? new TerminalProgress(err) : new LogProgress(err);
    options = options.withProgressMillis(terminal ? 250 : 5000);

    Quarantine quarantine = new Quarantine(data.dir().resolve("quarantine"));
    Path spoolDir = DocumentSource.spoolDir(data.dir());
    ReadOptions readOptions = ReadOptions.defaults().withSpool(spoolDir, spoolLimitMib * 1024 * 1024);
    DocumentSource source = DocumentSource.of(paths, data.dir(), System.in, readOptions);
    AtomicLong expected = new AtomicLong(-1);

    CountDownLatch done = new CountDownLatch(1);
    IngestSummary summary;
    long total;
    long alertHits;
    Path hitLog;
    // the store first: a locked index (another ingest) must stop us before the registry is opened and saved
    try (ArticleStore store = backend.openForWriting(data.dir()); Corpus corpus = Corpus.open(data.dir());
        AlertDelivery alerts = AlertDelivery.open(data.dir(), QueryExpansion.of(corpus.entities()))) {
      SpoolDirectory.clean(spoolDir); // the data directory is ours now: copies left by a killed ingest go
      // standard input can be read only once: no total, no ETA; counted after the clean-up, which would take its copies
      if (terminal && !stdin) countInBackground(paths, data.dir(), readOptions, expected);
      IngestPipeline pipeline = new IngestPipeline(corpus.analyzer()::analyze, store, quarantine, options)
          .linkInOrder(corpus::link) // duplicates and stories in input order: the same files, the same stories
          .storedArticlesCounted(corpus.entities()::countsStoredArticles) // the registry keeps the ids it counted
          .skipKnown(corpus.known(store)) // a re-run does not analyse what the collection holds
          .progress(progress, expected::get)
          .onCommit(n -> saveQuietly(corpus));
      // saved alerts run on each new article once it is committed, as in run/watch (docs/api.md, "Alerts")
      if (alerts.anyEnabled()) pipeline.onDurable(alerts::onIngested);
      // Ctrl-C (SIGINT/SIGTERM): stop reading, store what is in hand, commit, then exit.
      Thread hook = new Thread(() -> {
        pipeline.cancel();
        try {
          done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException ignored) {
          Thread.currentThread().interrupt();
        }
      }, "marsad-ingest-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        summary = pipeline.run(source);
      } catch (UnsupportedOperationException e) {
        throw new IllegalArgumentException("cannot read inputs: " + e.getMessage());
      } catch (IngestPipeline.StoreException e) {
        corpus.keepLastSave(); // the re-run learns the articles the index did not keep
        throw storeFailed(e.getCause(), store);
      } finally {
        removeHook(hook);
      }
      total = store.count();
      alertHits = alerts.hits();
      hitLog = alerts.hitLog();
    } catch (Throwable t) {
      done.countDown(); // no summary will come: the shutdown hook need not wait
      throw t;
    }
    try {
      print(summary, total, alertHits, hitLog, quarantine, out);
      out.flush();
    } finally {
      done.countDown(); // after the summary: the hook lets the JVM halt, which would cut "Interrupted: …" off
    }
    return everythingFailed(summary) ? MarsadCli.EXIT_BAD_INPUT : MarsadCli.EXIT_OK;
  }

  /**
   * Exit 1 when inputs failed and none gave an article, new or already stored (docs/ingest.md):
   * an empty or binary file, or a batch whose every document was rejected. {@code failed} counts
   * inputs the readers could not read as well as rejected documents, so it is not compared
   * with {@code read}.
   */
  static boolean everythingFailed(IngestSummary s) {
    return s.failed() > 0 && s.ingested() + s.duplicates() == 0;
  }

  private void print(IngestSummary s, long total, long alertHits, Path hitLog, Quarantine quarantine, PrintWriter out) {
    if (json) {
      ObjectNode o = ArticleJson.mapper().createObjectNode();
      o.put("read", s.read());
      o.put("ingested", s.ingested());
      o.put("duplicates", s.duplicates());
      o.put("failed", s.failed());
      o.put("rejected", s.rejected());
      o.put("unreadable", s.unreadable());
      o.put("seconds", s.millis() / 1000.0);
      o.put("docsPerSecond", Math.round(s.docsPerSecond() * 10) / 10.0);
      o.put("cancelled", s.cancelled());
      o.put("indexed", total);
      o.put("alertHits", alertHits);
      o.put("quarantine", quarantine.dir().toString());
      out.println(o);
      return;
    }
    // the documents add up (new + skipped + failed = read); an unreadable input is no document, so apart
    String unreadable = s.unreadable() == 0 ? ""
        : String.format(Locale.ROOT, "; %,d unreadable %s", s.unreadable(), s.unreadable() == 1 ? "input" : "inputs");
    out.printf(Locale.ROOT, "%s %,d new, %s skipped, %,d failed of %s%s; in %.1f s (%,.0f docs/s); %s in the index%n",
        s.cancelled() ? "Interrupted:" : "Ingested", s.ingested(), Counted.of(s.duplicates(), "duplicate", "duplicates"), s.rejected(),
        Counted.of(s.read(), "document", "documents"), unreadable,
        s.millis() / 1000.0, s.docsPerSecond(), Counted.of(total, "article", "articles"));
    if (alertHits > 0) out.printf(Locale.ROOT, "%s, logged in %s%n", Counted.of(alertHits, "alert hit", "alert hits"), hitLog);
    if (s.failed() > 0) out.println("Failures are listed in " + quarantine.dir().resolve(Quarantine.REASONS));
  }

  /**
   * One line for a failed write (disk full, file too large, an I/O error): what happened, that
   * nothing accepted is lost (the log is synced before every index commit, and the articles
   * after the last commit are simply not accepted yet), and what to do.
   */
  private IOException storeFailed(IOException cause, ArticleStore store) {
    if (cause instanceof org.marsad.store.DamagedIndexException) return cause;
    String committed;
    try {
      committed = Counted.of(store.count(), "article is", "articles are");
    } catch (IOException | RuntimeException e) {
      committed = "every article committed so far is";
    }
    return new IOException("cannot write to " + data.dir() + " (" + cause.getMessage() + "); ingest stopped. "
        + committed + " safely stored; free some space and run the same command again: it goes on where it stopped", cause);
  }

  /**
   * Entity registry and duplicate index follow every index commit that changed them (a re-run that
   * stores nothing leaves their files as they were); a failure there must not stop the ingest.
   */
  private static void saveQuietly(Corpus corpus) {
    try {
      corpus.saveIfChanged();
    } catch (java.io.IOException e) {
      System.err.println("marsad: could not save the entity registry or duplicate index: " + e.getMessage());
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it waits for this run to finish
    }
  }

  /** Counts the documents of the inputs on a low-priority thread so the progress bar can show an ETA. */
  private static void countInBackground(List<Path> paths, Path dataDir, ReadOptions readOptions, AtomicLong expected) {
    Thread t = new Thread(() -> {
      long[] n = {0};
      try {
        // streams are counted as streams (spool limit 0): a second copy of each, beside the ingest's own, would
        // double the disk it needs (review22/ingest22 F4); the count is an estimate either way
        ReadOptions streaming = readOptions.withSpool(readOptions.spoolDir(), 0);
        DocumentSource.of(paths, dataDir, InputStream.nullInputStream(), streaming).read(new DocumentSink() {
          @Override
          public void accept(RawDocument document) {
            n[0]++;
          }

          @Override
          public void failed(String origin, String reason, byte[] bytes) {
            // an unreadable input is no document: the progress counts documents only
          }

          @Override
          public void empty(String origin, String reason) {
            n[0]++; // a document with nothing to index is read (and rejected): the bar counts it
          }
        });
        expected.set(n[0]);
      } catch (Exception ignored) {
        // no total, no ETA: the ingest itself reports the error
      }
    }, "marsad-ingest-count");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }
}
