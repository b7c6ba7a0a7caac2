package org.marsad.nlp.dedup;

import org.marsad.nlp.io.DurableFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Finds duplicates of incoming articles among everything added so far, at ingest time.
 * <ul>
 *   <li><b>Exact</b>: the same sequence of match-normalised words (a 64-bit hash), so copies that
 *       differ only in punctuation, spacing, tatweel, diacritics or hamza spelling are exact.</li>
 *   <li><b>Near</b>: word 3-shingles are MinHashed ({@value #BANDS} bands × {@value #ROWS} rows);
 *       texts sharing a band are candidates (LSH: a pair with Jaccard 0.4 becomes a candidate
 *       with probability 0.93, at 0.5 with 0.995, at 0.2 with 0.28); each candidate is then verified with the exact
 *       Jaccard similarity of the two shingle sets and reported when it reaches the threshold
 *       ({@value #DEFAULT_THRESHOLD} by default, chosen on SaudiNewsNet, see docs/dedup.md). The
 *       most similar verified article wins.</li>
 * </ul>
 * Everything is in memory (about 4 bytes per word plus ~2.5 KB of LSH table entries per article).
 * {@link #save} writes one file into a directory and {@link #load} rebuilds the index from it.
 * Thread-safe: checks run concurrently, additions are exclusive; {@link #checkAndAdd} is atomic.
 */
public final class NearDuplicateIndex {
  public static final double DEFAULT_THRESHOLD = 0.5;
  static final int BANDS = 40;
  static final int ROWS = 3;
  /** The file {@link #save} writes into its directory. */
  public static final String FILE_NAME = "near-duplicates.bin";
  private static final String MAGIC = "marsad-near-duplicates";
  private static final int VERSION = 1;

  private final double threshold;
  private final MinHasher minHasher = new MinHasher(BANDS, ROWS);
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final List<String> ids = new ArrayList<>();
  private final List<int[]> shingles = new ArrayList<>();
  private final List<Long> exactHashes = new ArrayList<>();
  private final Map<String, Integer> ordinalById = new HashMap<>();
  private final Map<Long, Integer> ordinalByExactHash = new HashMap<>();
  private final Map<Long, int[]> buckets = new HashMap<>(); // band key -> ordinals

  /** An empty index with the default threshold. */
  public NearDuplicateIndex() {
    this(DEFAULT_THRESHOLD);
  }

  /** An empty index reporting near-duplicates at or above {@code threshold} Jaccard. */
  public NearDuplicateIndex(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  /** Number of articles added. */
  public int size() {
    lock.readLock().lock();
    try {
      return ids.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Whether {@code text} duplicates an article already added under another id. */
  public DuplicateCheck check(String id, String text) {
    Prepared p = prepare(text);
    lock.readLock().lock();
    try {
      return find(id, p);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Adds an article (a second add under the same id is ignored). Texts without words are not indexed. */
  public void add(String id, String text) {
    Prepared p = prepare(text);
    lock.writeLock().lock();
    try {
      insert(id, p);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Whether an article with this id was added (an article whose text gives no fingerprint never is). */
  public boolean contains(String id) {
    lock.readLock().lock();
    try {
      return ordinalById.containsKey(id);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** {@link #check} then {@link #add}, atomically (two copies arriving together cannot both be NEW). */
  public DuplicateCheck checkAndAdd(String id, String text) {
    Prepared p = prepare(text);
    lock.writeLock().lock();
    try {
      DuplicateCheck c = find(id, p);
      insert(id, p);
      return c;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private record Prepared(Fingerprint fp, long[] bandKeys) {}

  private Prepared prepare(String text) {
    Fingerprint fp = Fingerprint.of(text);
    return new Prepared(fp, fp.isEmpty() ? new long[0] : minHasher.bandKeys(fp.shingles()));
  }

  private DuplicateCheck find(String id, Prepared p) {
    if (p.fp().isEmpty()) return DuplicateCheck.NEW;
    Integer exact = ordinalByExactHash.get(p.fp().exactHash());
    if (exact != null && !ids.get(exact).equals(id)) return new DuplicateCheck(DuplicateCheck.Kind.EXACT, ids.get(exact), 1.0);
    int[] mine = p.fp().shingles();
    int best = -1;
    double bestSim = 0;
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (long key : p.bandKeys()) {
      int[] bucket = buckets.get(key);
      if (bucket == null) continue;
      for (int i = 1; i <= bucket[0]; i++) {
        int ord = bucket[i];
        if (!seen.add(ord) || ids.get(ord).equals(id)) continue;
        int[] other = shingles.get(ord);
        // Jaccard <= min/max of the set sizes: skip pairs that cannot reach the threshold.
        if (Math.min(mine.length, other.length) < threshold * Math.max(mine.length, other.length)) continue;
        double sim = Fingerprint.jaccard(mine, other);
        if (sim >= threshold && (sim > bestSim || (sim == bestSim && ord < best))) {
          best = ord;
          bestSim = sim;
        }
      }
    }
    if (best < 0) return DuplicateCheck.NEW;
    return new DuplicateCheck(DuplicateCheck.Kind.NEAR, ids.get(best), bestSim);
  }

  private void insert(String id, Prepared p) {
    if (p.fp().isEmpty() || ordinalById.containsKey(id)) return;
    int ord = ids.size();
    ids.add(id);
    shingles.add(p.fp().shingles());
    exactHashes.add(p.fp().exactHash());
    ordinalById.put(id, ord);
    ordinalByExactHash.putIfAbsent(p.fp().exactHash(), ord);
    for (long key : p.bandKeys()) {
      int[] bucket = buckets.get(key);
      if (bucket == null) bucket = new int[] {0, 0};
      else if (bucket[0] + 1 == bucket.length) bucket = Arrays.copyOf(bucket, bucket.length * 2);
      bucket[++bucket[0]] = ord;
      buckets.put(key, bucket);
    }
  }

  /**
   * Writes the index to {@value #FILE_NAME} in {@code dir} (created if needed), replacing it
   * atomically. Ingest calls this at every commit, so the write must not stall the workers: the
   * entries are snapshotted under the lock (references only: shingle arrays never change once
   * added) and written after it is released, a whole shingle array per buffer copy.
   */
  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> idsNow;
    List<int[]> shinglesNow;
    List<Long> hashesNow;
    lock.readLock().lock();
    try {
      idsNow = new ArrayList<>(ids);
      shinglesNow = new ArrayList<>(shingles);
      hashesNow = new ArrayList<>(exactHashes);
    } finally {
      lock.readLock().unlock();
    }
    Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(Fingerprint.SHINGLE_WORDS);
      out.writeDouble(threshold);
      out.writeInt(idsNow.size());
      ByteBuffer buf = ByteBuffer.allocate(1 << 12); // big-endian, as DataOutputStream writes ints
      for (int i = 0; i < idsNow.size(); i++) {
        out.writeUTF(idsNow.get(i));
        out.writeLong(hashesNow.get(i));
        int[] sh = shinglesNow.get(i);
        out.writeInt(sh.length);
        if (buf.capacity() < 4 * sh.length) buf = ByteBuffer.allocate(4 * sh.length);
        buf.clear();
        buf.asIntBuffer().put(sh);
        out.write(buf.array(), 0, 4 * sh.length);
      }
    }
    DurableFiles.moveIntoPlace(tmp, dir.resolve(FILE_NAME));
  }

  /** Rebuilds an index saved in {@code dir}; an empty index when the directory has none. */
  public static NearDuplicateIndex load(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION || in.readInt() != Fingerprint.SHINGLE_WORDS) {
        throw new IOException(file + ": not a Marsad duplicate index of this version");
      }
      NearDuplicateIndex index = new NearDuplicateIndex(in.readDouble());
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String id = in.readUTF();
        long exact = in.readLong();
        int[] sh = new int[in.readInt()];
        for (int j = 0; j < sh.length; j++) sh[j] = in.readInt();
        Fingerprint fp = new Fingerprint(exact, sh);
        index.insert(id, new Prepared(fp, index.minHasher.bandKeys(sh)));
      }
      return index;
    } catch (NoSuchFileException e) {
      return new NearDuplicateIndex();
    }
  }
}
