package org.marsad.nlp.story;

import org.marsad.nlp.io.DurableFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.util.logging.Logger;

/**
 * The story clusterer's state on disk ({@value #FILE_NAME}, gzip-compressed binary): the learnt
 * document frequencies, the event counter, and every event with its story, span and members
 * (id, title, source, time); open events also keep their centroid, entity counts and the key
 * terms they are found under; then how many articles name each entity id; then the late clock
 * ({@link StoryClusterer#lateClock}, session 21: readers of version 2 stop before it). Version 3 (session 22) adds,
 * for open events only, whether late articles formed them ({@link EventCluster#late}) and each member's vector
 * (its terms as positions in the document-frequency table written above, and its weights): the label is the
 * member closest to the centroid, so without the vectors a reopened open event chose its label among the members
 * placed after the reopen (152 of 972 stories of the two gold days labelled otherwise with a reopen every 1,000
 * articles, session 21). Closed events keep no vectors (their label is fixed at closing). Version 4 (session 23)
 * writes the same content exactly in less space (terms as table positions, distinct weights once, centroid weights
 * that are their members' sums as indices). Version 5 (session 24) is version 4's layout, continued by a journal of the
 * placements made since ({@link StoryJournal}): the file is no longer written at every save. A damaged file (torn, or a byte changed) fails with an IOException naming it; nothing is written.
 */
final class StoryStateFile {
  static final String FILE_NAME = "stories.bin";
  private static final String MAGIC = "marsad-stories";
  /**
   * Written: 2, the version-1 layout followed by the entity document counts (entity id → articles
   * naming it, for the named-subject rule; session 17). Session 14 wrote the same block and the
   * readers of sessions 15–16 skip it, so they still read these files. A version-1 file is read with
   * no counts: they start from zero while the restored article count does not, so every id counts
   * as rare until the stream has named it again (the rule is looser meanwhile, never stricter).
   */
  private static final int VERSION_WITHOUT_ENTITY_FREQUENCIES = 1;
  private static final int VERSION_WITHOUT_MEMBER_VECTORS = 2;
  /**
   * Written: 3, version 2 with, in each open event, its late flag after its posted terms and each member's
   * vector after the member (session 22). A version-2 file opens and continues: its open members have no
   * vector (not label candidates while a member with one exists, as before), and its open events behind the
   * closing horizon, which only the late clock kept open, are taken as late.
   */
  private static final int VERSION_WITH_TERM_STRINGS = 3;
  /**
   * Written: 4 (session 23), version 3 with the open events' terms as positions in the document-frequency table
   * instead of strings, the table's frequencies as variable-length ints, each member vector's distinct weights once
   * ({@link #writeVector}), and an open event's members before its centroid so that a centroid weight equal bit for
   * bit to its members' sum is written as an index ({@link #writeOpenState}). Lossless: the same maps are read in
   * the same order. A version-3 file opens and continues with the same results and is saved as version 4.
   */
  private static final int VERSION_WITHOUT_JOURNAL = 4;
  /**
   * Written: 5 (session 24), version 4's layout, which a journal of the placements made since
   * ({@link StoryJournal}, {@value StoryJournal#FILE_NAME}) may continue. A version-4 file opens as before (a journal
   * next to it is not its own: none could be) and is written whole as version 5 at the first save; a build of
   * session 23 refuses a version-5 file instead of opening it without its journal's articles.
   */
  static final int VERSION = 5;
  private static final Logger LOG = Logger.getLogger(StoryStateFile.class.getName());

  private StoryStateFile() {}

  /** Writes the whole state (atomically: a temporary file moved into place) and returns what a journal continues. */
  static StoryJournal.Snapshot write(StoryClusterer c, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
    CheckedOutputStream file = new CheckedOutputStream(Files.newOutputStream(tmp), new CRC32());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(file)))) {
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(c.vectorizer.documents());
      Map<String, Integer> df = c.vectorizer.documentFrequencies();
      // every term of a member vector was learnt, so it is written as its position in this table
      Map<String, Integer> position = new HashMap<>(df.size() * 2);
      out.writeInt(df.size());
      for (Map.Entry<String, Integer> e : df.entrySet()) {
        position.put(e.getKey(), position.size());
        out.writeUTF(e.getKey());
        writeVarInt(out, e.getValue());
      }
      out.writeInt(c.nextEvent);
      writeInstant(out, c.newest);
      out.writeInt(c.events.size());
      for (EventCluster e : c.events) {
        out.writeUTF(e.id);
        out.writeUTF(e.storyId);
        writeInstant(out, e.first);
        writeInstant(out, e.last);
        out.writeBoolean(e.isClosed());
        if (e.isClosed()) out.writeUTF(e.closedLabel);
        out.writeInt(e.members.size());
        for (EventCluster.Member m : e.members) {
          out.writeUTF(m.id());
          writeNullable(out, m.title());
          writeNullable(out, m.source());
          writeInstant(out, m.published());
          if (!e.isClosed()) writeVector(out, m.vector(), position);
        }
        if (!e.isClosed()) writeOpenState(out, e, position);
      }
      out.writeInt(c.entityDocuments.size());
      for (Map.Entry<String, Integer> e : c.entityDocuments.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue());
      }
      // last, as session 21 appended it to version 2 (whose readers stopped before it)
      writeInstant(out, c.lateClock);
    }
    StoryJournal.Snapshot written = new StoryJournal.Snapshot(Files.size(tmp), (int) file.getChecksum().getValue());
    DurableFiles.moveIntoPlace(tmp, dir.resolve(FILE_NAME));
    return written;
  }

  /**
   * An open event's centroid, entity counts, posted terms and late flag, after its members. A centroid entry whose
   * weight is bit for bit the sum its members' vectors make when added up again in member order ({@link Replay}, as
   * {@link EventCluster#add} summed them: every entry unless pruned or restored from a file without vectors) is
   * written as 1 + the term's index in that replay; any other as 0, the term and the weight. Entries keep the
   * centroid's own order, so the reopened map is built exactly as version 3 built it.
   */
  private static void writeOpenState(DataOutputStream out, EventCluster e, Map<String, Integer> position) throws IOException {
    Replay replay = new Replay(e.members);
    Map<String, Double> centroid = e.centroid();
    out.writeInt(centroid.size());
    for (Map.Entry<String, Double> t : centroid.entrySet()) {
      Integer i = replay.index.get(t.getKey());
      double w = t.getValue();
      if (i != null && Double.doubleToRawLongBits(replay.sums[i]) == Double.doubleToRawLongBits(w)) {
        writeVarInt(out, i + 1);
      } else {
        writeVarInt(out, 0);
        writeTerm(out, t.getKey(), position);
        out.writeDouble(w);
      }
    }
    out.writeInt(e.entityCounts.size());
    for (Map.Entry<String, Integer> t : e.entityCounts.entrySet()) {
      out.writeUTF(t.getKey());
      writeVarInt(out, t.getValue());
    }
    Set<String> terms = e.postedUnder;
    out.writeInt(terms.size());
    for (String t : terms) writeTerm(out, t, position);
    out.writeBoolean(e.late);
  }

  /**
   * The members' vectors added up in member order, each sum started at 0.0 and grown by {@code sum + weight} as
   * {@link EventCluster#add} does, so a sum is bit for bit the centroid's weight while nothing else touched it;
   * terms indexed in the order they first appear.
   */
  private static final class Replay {
    final Map<String, Integer> index = new HashMap<>();
    final List<String> terms = new ArrayList<>();
    double[] sums = new double[64];

    Replay(List<EventCluster.Member> members) {
      for (EventCluster.Member m : members) {
        TermVector v = m.vector();
        if (v == null) continue;
        String[] ts = v.terms();
        double[] ws = v.values();
        for (int i = 0; i < ts.length; i++) {
          Integer k = index.get(ts[i]);
          if (k == null) {
            k = terms.size();
            index.put(ts[i], k);
            terms.add(ts[i]);
            if (k == sums.length) sums = Arrays.copyOf(sums, 2 * k);
            sums[k] = 0.0;
          }
          sums[k] = sums[k] + ws[i];
        }
      }
    }
  }

  /** A term as 1 + its position in the document-frequency table, or 0 and the string for a term not in it. */
  private static void writeTerm(DataOutputStream out, String term, Map<String, Integer> position) throws IOException {
    Integer p = position.get(term);
    if (p != null) {
      writeVarInt(out, p + 1);
    } else {
      writeVarInt(out, 0);
      out.writeUTF(term);
    }
  }

  private static String readTerm(DataInputStream in, String[] termAt, int terms, Path file) throws IOException {
    int p = readVarInt(in) - 1;
    if (p == -1) return in.readUTF();
    if (p < 0 || p >= terms) throw new IOException(file + ": a term is out of the term table");
    return termAt[p];
  }

  /**
   * The state saved in {@code dir}: the state file, then (version 5) the placements its journal holds, placed again
   * ({@link StoryJournal#replay}); a new clusterer when there is no state file. Changes nothing in {@code dir}: a
   * reader may open a directory it cannot write or another process is saving to (review 25 F3).
   */
  static StoryClusterer read(Path dir, StoryClusterer.Settings settings) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    StoryClusterer c;
    try {
      c = readFile(file, settings);
    } catch (NoSuchFileException e) {
      return new StoryClusterer(settings);
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) throw withLeftovers(dir, e);
      throw withLeftovers(dir, damaged(file, e));
    } catch (RuntimeException e) { // garbage read as an id, a time or a size
      throw withLeftovers(dir, damaged(file, e));
    }
    if (c.savedAs != null) {
      StoryJournal.Opened opened = StoryJournal.replay(dir, c.savedAs, c);
      if (opened.saveWhole()) c.savedAs = null; // not a journal this build appends to: the next save writes the state whole
      else c.bindTo(dir, c.savedAs, opened.validLength());
    }
    return c;
  }

  /**
   * The temporary files of a save killed before it moved them into place ({@value #FILE_NAME}{@code *.tmp},
   * {@value StoryJournal#FILE_NAME}{@code *.tmp}). A state file's one is whole when the kill came between its force
   * and its rename, and newer than {@value #FILE_NAME}; it is not adopted (nothing tells a whole one from a cut one
   * but reading it, and the state file with its journal is the last save the other files of the data directory were
   * saved with: an ingest places the articles since again), but it may be the only other copy of a damaged state.
   */
  static List<Path> leftovers(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> tmp = Files.newDirectoryStream(dir, "{" + FILE_NAME + "," + StoryJournal.FILE_NAME + "}*.tmp")) {
      for (Path p : tmp) found.add(p);
    } catch (NoSuchFileException | NotDirectoryException e) {
      // no directory yet: nothing left over
    }
    found.sort(null);
    return found;
  }

  /**
   * Removes the {@link #leftovers} (each held a whole state, 15-20 MB on six open August days, for ever: review 24
   * F7), once the state has opened: never those next to a damaged state file, and only for the one process that
   * saves to the directory, before its first save ({@link StoryClusterer#openForWriting}). One that cannot be removed
   * is logged and kept: it harms nothing but space.
   */
  static void deleteLeftovers(Path dir) {
    List<Path> found;
    try {
      found = leftovers(dir);
    } catch (IOException e) {
      LOG.warning(dir + ": cannot list the story state's leftover temporary files (" + e + ")");
      return;
    }
    for (Path p : found) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        LOG.warning(p + ": a story state's leftover temporary file not removed (" + e + ")");
      }
    }
  }

  /** A damaged state's error, naming the leftover temporary files kept next to it (one may be a whole copy). */
  private static IOException withLeftovers(Path dir, IOException damage) {
    List<Path> kept;
    try {
      kept = leftovers(dir);
    } catch (IOException e) {
      return damage;
    }
    if (kept.isEmpty()) return damage;
    return new IOException(damage.getMessage() + "; the temporary files of a killed save are kept too: " + kept
        + " (a " + FILE_NAME + "*.tmp that opens, moved in place of " + FILE_NAME + ", is the state as that save wrote it)", damage);
  }

  private static IOException damaged(Path file, Exception cause) {
    return new IOException(file + ": a damaged story state (" + cause + "); it is left as it is", cause);
  }

  /** A damaged file whose gzip layer was sound (review 23 F1): what the reader found inconsistent. */
  private static IOException damagedBecause(Path file, String what) {
    return new IOException(file + ": a damaged story state (" + what + "); it is left as it is");
  }

  /** A centroid entry: a sum of positive weights (or a pruned one), so positive and finite, each term once. */
  private static void putCentroid(Map<String, Double> centroid, String term, double w, Path file) throws IOException {
    if (!(w > 0 && w < Double.POSITIVE_INFINITY)) throw damagedBecause(file, "a centroid weight not positive and finite");
    if (centroid.put(term, w) != null) throw damagedBecause(file, "a centroid term twice");
  }

  private static void putEntityCount(EventCluster e, String entity, int n, Path file) throws IOException {
    if (n < 1 || e.entityCounts.put(entity, n) != null) throw damagedBecause(file, "an event's entity count not positive or twice");
  }

  private static void post(StoryClusterer c, EventCluster e, String term, Path file) throws IOException {
    if (e.postedUnder.contains(term)) throw damagedBecause(file, "an event posted twice under a term");
    c.post(e, term);
  }

  private static StoryClusterer readFile(Path file, StoryClusterer.Settings settings) throws IOException {
    StoryClusterer c = new StoryClusterer(settings);
    CheckedInputStream bytes = new CheckedInputStream(Files.newInputStream(file), new CRC32());
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(bytes)))) {
      if (!MAGIC.equals(in.readUTF())) throw new IOException(file + ": not a Marsad story state");
      int version = in.readInt();
      if (version != VERSION && version != VERSION_WITHOUT_JOURNAL && version != VERSION_WITH_TERM_STRINGS
          && version != VERSION_WITHOUT_MEMBER_VECTORS
          && version != VERSION_WITHOUT_ENTITY_FREQUENCIES) {
        throw new IOException(file + ": not a Marsad story state of this version");
      }
      boolean vectors = version >= VERSION_WITH_TERM_STRINGS;
      boolean positions = version >= VERSION_WITHOUT_JOURNAL;
      long docs = in.readLong();
      if (docs < 0) throw damagedBecause(file, "a negative document count");
      int terms = count(in, file);
      Map<String, Integer> df = new HashMap<>(presize(terms));
      String[] termAt = new String[Math.min(terms, 1 << 16)]; // grown as terms are read (a damaged count)
      for (int i = 0; i < terms; i++) {
        if (i == termAt.length) termAt = Arrays.copyOf(termAt, (int) Math.min(terms, 2L * termAt.length));
        termAt[i] = in.readUTF();
        int f = positions ? readVarInt(in) : in.readInt();
        // every term counted was in a document counted (the vectorizer counts both together)
        if (f < 1 || f > docs) throw damagedBecause(file, "a document frequency out of [1, documents]");
        if (df.put(termAt[i], f) != null) throw damagedBecause(file, "a term twice in the term table");
      }
      c.vectorizer.restore(docs, df);
      c.nextEvent = in.readInt();
      c.newest = readInstant(in);
      int events = count(in, file);
      int previous = -1;
      for (int i = 0; i < events; i++) {
        String id = in.readUTF();
        // Event ids are "e" + creation order; the order decides which candidate wins a tie. Events are saved in
        // creation order and never dropped, all below the next event number (or a new event would take an old id).
        int ordinal = Integer.parseInt(id.substring(1));
        if (!id.equals("e" + ordinal) || ordinal <= previous || ordinal >= c.nextEvent) {
          throw damagedBecause(file, "an event id out of creation order");
        }
        previous = ordinal;
        EventCluster e = new EventCluster(id, ordinal, in.readUTF());
        e.first = readInstant(in);
        e.last = readInstant(in);
        boolean closed = in.readBoolean();
        if (closed) {
          e.closedLabel = in.readUTF();
        } else if (!positions) {
          int n = count(in, file);
          Map<String, Double> centroid = new HashMap<>(presize(n));
          for (int j = 0; j < n; j++) putCentroid(centroid, in.readUTF(), in.readDouble(), file);
          e.restoreCentroid(centroid);
          n = count(in, file);
          for (int j = 0; j < n; j++) putEntityCount(e, in.readUTF(), in.readInt(), file);
          n = count(in, file);
          for (int j = 0; j < n; j++) post(c, e, in.readUTF(), file);
          // a version-2 file: what is open behind the horizon was kept open by the late clock alone
          e.late = vectors ? in.readBoolean() : behind(c, e);
        }
        int members = count(in, file);
        if (members == 0) throw damagedBecause(file, "an event without members");
        Instant earliest = null, latest = null;
        for (int j = 0; j < members; j++) {
          String mid = in.readUTF();
          String title = readNullable(in), source = readNullable(in);
          Instant published = readInstant(in);
          TermVector v = vectors && !e.isClosed() ? readVector(in, termAt, terms, positions, file) : null;
          EventCluster.Member m = new EventCluster.Member(mid, title, source, published, v);
          e.members.add(m);
          if (c.storyOfArticle.put(m.id(), e.storyId) != null) throw damagedBecause(file, "an article in two events");
          c.eventOfArticle.put(m.id(), e);
          if (published != null && (earliest == null || published.isBefore(earliest))) earliest = published;
          if (published != null && (latest == null || published.isAfter(latest))) latest = published;
        }
        // an event's span is its members' (EventCluster.add, addToClosed)
        if (earliest != null && !(earliest.equals(e.first) && latest.equals(e.last))) {
          throw damagedBecause(file, "an event's span is not its members'");
        }
        // a story is named after the first article of its first event (StoryClusterer.storyIdFor)
        if (!c.firstEvents.containsKey(e.storyId) && !e.storyId.equals(StoryClusterer.storyIdFor(e.members.get(0).id()))) {
          throw damagedBecause(file, "a story not named after its first article");
        }
        if (positions && !closed) readOpenState(in, c, e, termAt, terms, file);
        c.events.add(e);
        c.firstEvents.putIfAbsent(e.storyId, e); // events are saved in creation order
        if (!e.isClosed()) {
          c.eventsBySize.add(e); // after its members: the set orders by size
          c.openByLast.add(e);
        }
      }
      if (version != VERSION_WITHOUT_ENTITY_FREQUENCIES) {
        int n = count(in, file);
        for (int i = 0; i < n; i++) {
          String entity = in.readUTF();
          int articles = in.readInt();
          if (articles < 1 || c.entityDocuments.put(entity, articles) != null) {
            throw damagedBecause(file, "an entity's article count not positive or twice");
          }
        }
        // from version 3 on the late clock is always there: an end of file before it is a torn file
        c.lateClock = vectors ? readInstant(in) : readLateClock(in);
      }
      // Reading on to the end checks the gzip trailer's CRC: a changed byte that still inflates is caught here.
      // A version-1 file may go on with a block its readers skipped (session 14's entity counts).
      if (version == VERSION_WITHOUT_ENTITY_FREQUENCIES) {
        in.transferTo(OutputStream.nullOutputStream());
      } else if (in.read() != -1) {
        throw new IOException(file + ": a damaged story state (data after its end); it is left as it is");
      }
      if (version == VERSION) {
        bytes.transferTo(OutputStream.nullOutputStream()); // the CRC covers the whole file
        c.savedAs = new StoryJournal.Snapshot(Files.size(file), (int) bytes.getChecksum().getValue());
      }
      // Nothing is closed here: the saving process holds the same open events (closing is decided when the
      // newest article moves or a late one is placed, never at a save). A file of session 20 or before was
      // saved with every event behind the horizon closed, late ones too: for a stream in date order the same
      // state; in the middle of a block of late articles, the later ones of the block can join none of the
      // earlier ones' events.
      return c;
    }
  }

  /** The open state {@link #writeOpenState} wrote, after the event's members. */
  private static void readOpenState(DataInputStream in, StoryClusterer c, EventCluster e, String[] termAt, int terms, Path file)
      throws IOException {
    Replay replay = new Replay(e.members);
    int n = count(in, file);
    Map<String, Double> centroid = new HashMap<>(presize(n));
    for (int j = 0; j < n; j++) {
      int i = readVarInt(in) - 1;
      if (i == -1) {
        String term = readTerm(in, termAt, terms, file);
        putCentroid(centroid, term, in.readDouble(), file);
      } else if (i >= 0 && i < replay.terms.size()) {
        putCentroid(centroid, replay.terms.get(i), replay.sums[i], file);
      } else {
        throw new IOException(file + ": a centroid term is out of its members' vectors");
      }
    }
    e.restoreCentroid(centroid);
    n = count(in, file);
    for (int j = 0; j < n; j++) putEntityCount(e, in.readUTF(), readVarInt(in), file);
    n = count(in, file);
    for (int j = 0; j < n; j++) post(c, e, readTerm(in, termAt, terms, file), file);
    e.late = in.readBoolean();
  }

  /** A count read from the file: never negative in a sound one. */
  private static int count(DataInputStream in, Path file) throws IOException {
    int n = in.readInt();
    if (n < 0) throw new IOException(file + ": a damaged story state (a negative count); it is left as it is");
    return n;
  }

  /** A map's initial capacity for a count read from the file, bounded: a damaged count must not allocate gigabytes. */
  private static int presize(int n) {
    return Math.min(n, 1 << 16) * 2;
  }

  /** Whether an event ended before the closing horizon of the newest article (see {@link StoryClusterer#closeOldEvents}). */
  private static boolean behind(StoryClusterer c, EventCluster e) {
    return c.newest != null
        && e.last.isBefore(c.newest.minus(c.settings.linkWindow()).minus(c.settings.eventWindow()));
  }

  /**
   * A member's vector: its size + 1 (0 for none: a member restored from a version-2 file), then each term's
   * position in the document-frequency table and its weight, in the vector's own order (sums over it then come
   * out bit for bit the same after a reopen). Sizes and positions are written as variable-length integers. From
   * version 4 the vector's distinct weights come first (terms of one frequency and document frequency weigh the
   * same: ~58 % of the weights on the two gold days are distinct within their vector), each term then naming its
   * weight by index.
   */
  private static void writeVector(DataOutputStream out, TermVector v, Map<String, Integer> position) throws IOException {
    if (v == null) {
      writeVarInt(out, 0);
      return;
    }
    String[] terms = v.terms();
    double[] values = v.values();
    writeVarInt(out, terms.length + 1);
    Map<Long, Integer> distinct = new HashMap<>(terms.length * 2);
    int[] weightAt = new int[terms.length];
    for (int i = 0; i < terms.length; i++) {
      Long bits = Double.doubleToRawLongBits(values[i]);
      Integer k = distinct.get(bits);
      if (k == null) distinct.put(bits, k = distinct.size());
      weightAt[i] = k;
    }
    writeVarInt(out, distinct.size());
    double[] weights = new double[distinct.size()];
    for (int i = 0; i < terms.length; i++) weights[weightAt[i]] = values[i];
    for (double w : weights) out.writeDouble(w);
    for (int i = 0; i < terms.length; i++) {
      Integer p = position.get(terms[i]);
      if (p == null) throw new IllegalStateException("a member's term was never learnt: " + terms[i]);
      writeVarInt(out, p);
      writeVarInt(out, weightAt[i]);
    }
  }

  private static TermVector readVector(DataInputStream in, String[] termAt, int table, boolean distinctWeights, Path file)
      throws IOException {
    int n = readVarInt(in) - 1;
    if (n < 0) return null;
    // a vector's terms are distinct learnt terms: more than the table holds is a damaged file, not an allocation
    if (n > table) throw new IOException(file + ": a member's vector is longer than the term table");
    double[] weights = null;
    if (distinctWeights) {
      int d = readVarInt(in);
      if (d < 0 || d > n) throw new IOException(file + ": a member's vector has more weights than terms");
      weights = new double[d];
      for (int k = 0; k < d; k++) weights[k] = unitWeight(in.readDouble(), file);
    }
    String[] terms = new String[n];
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      int p = readVarInt(in);
      if (p < 0 || p >= table) throw new IOException(file + ": a member's term is out of the term table");
      terms[i] = termAt[p];
      if (weights == null) {
        values[i] = unitWeight(in.readDouble(), file);
      } else {
        int k = readVarInt(in);
        if (k < 0 || k >= weights.length) throw new IOException(file + ": a member's weight is out of its vector's weights");
        values[i] = weights[k];
      }
    }
    TermVector v = TermVector.restored(terms, values);
    if (v.weights().size() != n) throw damagedBecause(file, "a term twice in a member's vector");
    return v;
  }

  /** A weight of a unit vector of positive TF-IDF weights: in (0, 1] (a rounding hair above 1 allowed). */
  private static double unitWeight(double w, Path file) throws IOException {
    if (!(w > 0 && w <= 1 + 1e-9)) throw damagedBecause(file, "a member's weight out of (0, 1]");
    return w;
  }

  private static void writeVarInt(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarInt(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) return v;
    }
    throw new IOException("a malformed length in the story state");
  }

  /** The late clock, or null for a file written before session 21's fix (nothing after the entity counts). */
  private static Instant readLateClock(DataInputStream in) throws IOException {
    try {
      return readInstant(in);
    } catch (EOFException e) {
      return null;
    }
  }

  static void writeNullable(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) out.writeUTF(s.length() > 8000 ? s.substring(0, 8000) : s);
  }

  static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  static void writeInstant(DataOutputStream out, Instant t) throws IOException {
    out.writeBoolean(t != null);
    if (t != null) {
      out.writeLong(t.getEpochSecond());
      out.writeInt(t.getNano());
    }
  }

  static Instant readInstant(DataInputStream in) throws IOException {
    return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
  }
}
