package org.marsad.app.backend;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.store.solr.SolrArticleStore;

/**
 * TEST ONLY: a real 2-node SolrCloud (MiniSolrCloudCluster and its embedded ZooKeeper, the
 * cluster of marsad-solr's tests) inside this test JVM, for the tests that run Marsad's own
 * commands and server against Solr.
 *
 * <p>Solr's nodes run on Jetty 10 and Marsad's server on Jetty 11, which cannot share one
 * classpath (docs/solr.md, "How the client talks to Solr"). So the cluster lives in a class
 * loader of its own, built from marsad-solr's test classpath (target/test-classpath.txt, written
 * by its build) with only the JDK as parent; Marsad talks to it over the network through its
 * ZooKeeper address, as to any cluster. Started once per JVM on first use and shut down when the
 * JVM exits, so every test class that needs it pays the start-up once. Tests are skipped with a
 * message when marsad-solr was not built in this reactor (no test classpath file).
 */
public final class SolrCloudInTestJvm {
  private static final int NODES = 2;
  private static String zk; // guarded by the class
  private static AutoCloseable running; // guarded by the class

  private SolrCloudInTestJvm() {}

  /** The ZooKeeper address ({@code host:port/chroot}) of the running cluster, started on first call. */
  public static synchronized String zk() throws Exception {
    if (zk != null) return zk;
    Path solrTarget = marsadSolrTarget();
    Path cpFile = solrTarget == null ? null : solrTarget.resolve("test-classpath.txt");
    assumeTrue(cpFile != null && Files.isRegularFile(cpFile) && Files.isDirectory(solrTarget.resolve("test-classes")),
        "marsad-solr's test classpath is not built (run the tests from the project root, e.g. mvn -B test); skipping the Solr tests");
    List<URL> urls = new ArrayList<>();
    urls.add(solrTarget.resolve("test-classes").toUri().toURL());
    urls.add(solrTarget.resolve("classes").toUri().toURL());
    for (String entry : Files.readString(cpFile).strip().split(File.pathSeparator)) {
      if (!entry.isBlank()) urls.add(Path.of(entry).toUri().toURL());
    }
    // Only the JDK as parent: Solr's Jetty 10, Lucene and SolrJ never meet the application's copies.
    URLClassLoader loader = new URLClassLoader("solr-cloud", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Path dir = Files.createTempDirectory("marsad-solrcloud");
    Thread self = Thread.currentThread();
    ClassLoader before = self.getContextClassLoader();
    self.setContextClassLoader(loader); // Solr's threads inherit it, and Solr loads plugins through it
    try {
      Class<?> clusterClass = Class.forName("org.marsad.store.solr.SolrTestCluster", true, loader);
      Method start = clusterClass.getDeclaredMethod("start", int.class, Path.class);
      start.setAccessible(true);
      Object cluster = start.invoke(null, NODES, dir);
      Method address = clusterClass.getDeclaredMethod("zk");
      address.setAccessible(true);
      zk = address.invoke(cluster).toString();
      running = (AutoCloseable) cluster;
    } finally {
      self.setContextClassLoader(before);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(loader, dir), "marsad-solrcloud-stop"));
    return zk;
  }

  private static synchronized void stop(URLClassLoader loader, Path dir) {
    try {
      running.close();
      loader.close();
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (Exception e) {
      System.err.println("marsad: test SolrCloud did not stop cleanly: " + e);
    }
  }

  /** marsad-solr/target when marsad-solr's classes come from this reactor's build (not from a jar). */
  private static Path marsadSolrTarget() throws Exception {
    Path classes = Path.of(SolrArticleStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isDirectory(classes) || !classes.getFileName().toString().equals("classes")) return null;
    return classes.getParent();
  }
}
