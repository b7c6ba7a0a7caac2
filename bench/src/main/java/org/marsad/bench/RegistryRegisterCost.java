package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Inflater;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.nlp.ner.MentionGroups;

/**
 * What {@link EntityRegistry#register} costs per article, and how that grows with the registry:
 * replays the registrations of an ingested data dir into an empty registry, timing the thread CPU
 * of the register calls only.
 *
 * <p>The tuples are rebuilt from the stored article JSON (DIR/index is only read), in index doc
 * order: an article's mentions grouped as {@code EntityEnricher} groups them ({@link
 * MentionGroups#ofStored}, the same code: a person's shorter mentions with the fullest name they end,
 * other types by {@code NameKey}), before any registry joined anything. (Until session 15 they were
 * grouped by the id ingest stored, which is the id the old registry resolved them to: its joins of
 * two spellings in one article were fed as one registration and could not be undone.) The
 * enricher's output, mention texts, types and roles, is what DIR stores, so a change to the registry
 * alone is measured; a change to the tagger or the enricher's mentions is not (that needs an ingest).
 * The index order is about the ingest's, not exactly: a replay, not a re-ingest.
 *
 * <p>Growth: round 0 replays the corpus as it is; round r &gt; 0 replays it again with a father's
 * name inserted after the first word of every multi-word person name (canonical and aliases:
 * {@code محمد العلي} becomes {@code محمد FATHER_r العلي}, FATHER_r a made-up Arabic word per round),
 * so the sets of people sharing a first word (محمد) and a last word (العلي) grow by one corpus's
 * worth per round, as in a corpus R times larger; lone words, places and organisations repeat as
 * they are (their counts grow). Prints thread CPU ms/article per round and the registry size.
 *
 * <p>Usage: {@code bench/run RegistryRegisterCost DIR [ROUNDS] [DUMP_DIR]} — with DUMP_DIR the
 * final registry is saved there (entities.jsonl), to compare two builds with {@code RegistryOpen}.
 */
public final class RegistryRegisterCost {
  record Registration(String type, String canonical, Set<String> aliases, int mentions, Set<String> roles) {}

  /** A stored article's content id and its registrations. */
  record StoredArticle(String id, List<Registration> registrations) {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path out = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("register-cost");
    List<List<Registration>> articles = read(data.resolve("index"));
    long regs = articles.stream().mapToLong(List::size).sum();
    System.out.printf("%d articles, %d registrations (%.1f per article)%n", articles.size(), regs, (double) regs / articles.size());
    Files.deleteIfExists(out.resolve(EntityRegistry.FILE_NAME));
    EntityRegistry registry = EntityRegistry.open(out, Transliterator.rulesOnly());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      String father = r == 0 ? null : fatherName(r);
      long cpu = 0, worst = 0;
      for (List<Registration> article : articles) {
        List<Registration> regsOf = father == null ? article : article.stream().map(g -> vary(g, father)).toList();
        long c0 = threads.getCurrentThreadCpuTime();
        for (Registration g : regsOf) registry.register(g.type(), g.canonical(), g.aliases(), g.mentions(), g.roles());
        long c = threads.getCurrentThreadCpuTime() - c0;
        cpu += c;
        worst = Math.max(worst, c);
      }
      System.out.printf("round %d%s: %6.3f ms/article thread CPU (max %.1f ms), registry %d entities%n",
          r, father == null ? "" : " (" + father + ")", cpu / 1e6 / articles.size(), worst / 1e6, registry.all().size());
    }
    registry.save();
  }

  /** A made-up Arabic given name per round: two letters of a list after ع, so no round shares one. */
  static String fatherName(int r) {
    String letters = "بتثجحخدذرزسشصضطظغفقكلمنهوي";
    return "ع" + letters.charAt(r % letters.length()) + letters.charAt((r / letters.length()) % letters.length()) + "ان";
  }

  static Registration vary(Registration g, String father) {
    if (!g.type().equals("PERS") || !g.canonical().strip().contains(" ")) return g;
    Set<String> aliases = new LinkedHashSet<>();
    for (String a : g.aliases()) aliases.add(insertFather(a, father));
    return new Registration(g.type(), insertFather(g.canonical(), father), aliases, g.mentions(), g.roles());
  }

  private static String insertFather(String name, String father) {
    String s = name.strip();
    int sp = s.indexOf(' ');
    return sp < 0 ? name : s.substring(0, sp) + " " + father + s.substring(sp);
  }

  static List<List<Registration>> read(Path index) throws Exception {
    return readArticles(index).stream().map(StoredArticle::registrations).toList();
  }

  /** The stored articles in index order, with their content ids. */
  static List<StoredArticle> readArticles(Path index) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<StoredArticle> articles = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        var stored = leaf.reader().storedFields();
        var live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          String text = inflate(stored.document(d).getField("json"));
          if (text == null) continue;
          JsonNode article = json.readTree(text);
          List<Entity> entities = new ArrayList<>();
          for (JsonNode e : article.path("entities")) {
            String role = e.hasNonNull("role") ? e.get("role").asText() : null;
            entities.add(new Entity(e.path("text").asText(), e.path("type").asText(), e.path("start").asInt(), e.path("end").asInt(), null, null, role));
          }
          List<Registration> regs = new ArrayList<>();
          for (MentionGroups.Group g : MentionGroups.ofStored(entities, article.path("text").asText(null))) regs.add(new Registration(g.type(), g.canonical(), g.aliases(), g.mentions(), g.roles()));
          articles.add(new StoredArticle(article.path("id").asText(null), regs));
        }
      }
    }
    return articles;
  }

  static String inflate(IndexableField field) throws Exception {
    if (field == null) return null;
    BytesRef bytes = field.binaryValue();
    if (bytes == null) return field.stringValue();
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(bytes.bytes, bytes.offset, bytes.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 5);
      byte[] buffer = new byte[16 * 1024];
      while (!inflater.finished()) out.write(buffer, 0, inflater.inflate(buffer));
      return out.toString(StandardCharsets.UTF_8);
    } finally {
      inflater.end();
    }
  }
}
