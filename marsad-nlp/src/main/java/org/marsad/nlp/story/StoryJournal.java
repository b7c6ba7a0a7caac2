package org.marsad.nlp.story;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.marsad.nlp.io.DurableFiles;

/**
 * The placements made since the last whole story state ({@value #FILE_NAME}, session 24): a save appends the
 * articles placed since the previous save as one record and forces it to the disk, instead of rewriting
 * {@value StoryStateFile#FILE_NAME} whole (19.9 MB for six open August days). Opening reads the state file, then
 * places the journal's articles again, in their order, with what their first placement saw (term frequencies in
 * their order, entity ids, the time they were placed at, the original of a copy) and what it decided: the event
 * each went to (a new event of the recorded story when it opened one), whether it was late, and the events its
 * clock closed (version 3, session 25). Nothing is decided again: neither the similarity search (most of a
 * placement's cost) nor the closing, so a build with other settings or closing rules reopens exactly the state
 * the writing build had, as a state file does; everything else is done as the first placement did it, so the
 * reopened state is the one a reopen after a whole save gave ({@code StoryJournalTest}: the same state to the
 * bit, its maps compared sorted). The rules in the header ({@link StoryClusterer#replayRules}) decide only
 * whether this build appends to the journal (same rules) or writes the state whole at its next save. A journal
 * of version 1 or 2 kept no closing decisions: under other rules its articles are placed again as new ones.
 *
 * <p>Layout: a header (magic, version, the length and CRC-32 of the state file it continues, the header's own
 * CRC-32), then records, each its payload's length, the payload's CRC-32, the CRC-32 of those two, and the payload
 * (deflated: the articles of one save). A journal whose
 * header names another state file is left over from a compaction interrupted after the new state file was moved
 * into place: every article in it is in that file, so it is ignored and replaced. A record cut short at the end of
 * the file is a save killed while appending (or a tail of zeros a power cut left): it is dropped (the state is the previous save's, as a kill while the
 * whole file was written left the previous file) and cut off by the next append. A header or a record whose
 * CRC does not match, or a record that does not parse or replay as recorded, is a damaged journal: an IOException naming the file, nothing written.
 */
final class StoryJournal {
  static final String FILE_NAME = "stories.journal";
  private static final String MAGIC = "marsad-story-journal";
  /**
   * 3 (session 25): each placement also records whether it was late and the events it closed, so a replay depends
   * on no rule of the reading build. 2 (review 24 F4): the header names the rules the placements were made under
   * ({@link StoryClusterer#replayRules}); replayed as recorded under the same rules, placed again under others.
   * 1 (lane stories24): no rules, replayed under this build's rules. Versions 1 and 2 are read, never appended to.
   */
  private static final int VERSION = 3;
  /** A record longer than this is a damaged length, not a save (a save of 100,000 articles is ~100 MB). */
  private static final int MAX_RECORD = 1 << 30;
  /**
   * A record's head: the payload's length, the payload's CRC-32 and the CRC-32 of those 8 bytes, so that a changed
   * length is damage, while a length that is sound and longer than the file is a record a kill cut short.
   */
  private static final int RECORD_HEAD = 12;

  private StoryJournal() {}

  /**
   * One placement as it is replayed: what {@link StoryClusterer#place} used, the event it chose and its clock
   * decision (null in a journal of version 1 or 2, whose replay decides it again).
   */
  record Entry(String id, String title, String source, Instant placedAt, boolean dated, Set<String> entityIds,
      Map<String, Double> termFrequencies, String originalId, String eventId, String storyId, ClockDecision clock) {}

  /** The whole state file a journal continues: its length and the CRC-32 of its bytes. */
  record Snapshot(long length, int crc) {}

  /**
   * What opening found: the journal's valid length (0: none to continue, a new one is started); {@code saveWhole}
   * when this build must not append to it (written under other rules, or of an older version, whose articles may
   * have been placed again as new ones), so the next save writes the state whole.
   */
  record Opened(long validLength, int entries, boolean saveWhole) {
    Opened(long validLength, int entries) {
      this(validLength, entries, false);
    }
  }

  /**
   * Appends the entries as one record (starting the journal for {@code snapshot} when {@code validLength} is 0) and
   * forces it to the disk; returns the journal's new length, or -1 (nothing written) when the directory no longer
   * holds the state file and journal this process appends to.
   */
  static long append(Path dir, Snapshot snapshot, long validLength, byte[] record, String rules) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    Path state = dir.resolve(StoryStateFile.FILE_NAME);
    if (!Files.exists(state) || Files.size(state) != snapshot.length()) return -1;
    if (validLength == 0) {
      // a new journal appears whole or not at all: a torn header would read as a damaged journal
      Path tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
      ByteArrayOutputStream b = new ByteArrayOutputStream(record.length + 64);
      DataOutputStream out = new DataOutputStream(b);
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(snapshot.length());
      out.writeInt(snapshot.crc());
      out.writeUTF(rules);
      out.writeInt(crc(b.toByteArray(), 0, b.size())); // a changed header is damage, not a journal of another file
      out.write(record);
      out.flush();
      Files.write(tmp, b.toByteArray());
      DurableFiles.moveIntoPlace(tmp, file);
      return b.size();
    }
    if (!Files.exists(file)) return -1;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      if (!continues(ch, snapshot, validLength)) return -1;
      ch.truncate(validLength); // a record a killed save left half written
      ByteBuffer buf = ByteBuffer.wrap(record);
      long at = validLength;
      while (buf.hasRemaining()) at += ch.write(buf, at);
      ch.force(true);
      return at;
    }
  }

  /**
   * Whether the journal open in {@code ch} is still the one this process appends to: the state file has the
   * length it had when read or written, and the journal names it and holds at least the valid bytes. Not so when
   * another clusterer saved to the same directory meanwhile (one process per data directory is the rule; tests
   * break it): the caller then writes the state whole.
   */
  private static boolean continues(FileChannel ch, Snapshot snapshot, long validLength) throws IOException {
    if (ch.size() < validLength) return false;
    ByteBuffer head = ByteBuffer.allocate((int) Math.min(validLength, 256));
    while (head.hasRemaining() && ch.read(head, head.position()) > 0) { /* fill */ }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(head.array(), 0, head.position()));
    try {
      return MAGIC.equals(in.readUTF()) && in.readInt() == VERSION && in.readLong() == snapshot.length()
          && in.readInt() == snapshot.crc() && validLength > 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Removes the journal after a whole state file replaced the one it continued. */
  static void delete(Path dir) throws IOException {
    if (Files.deleteIfExists(dir.resolve(FILE_NAME))) DurableFiles.forceDirectory(dir.toAbsolutePath());
  }

  /** The entries as one record, as {@link #append} writes it: its length decides whether the save appends. */
  static byte[] record(List<Entry> entries) throws IOException {
    ByteArrayOutputStream payload = new ByteArrayOutputStream(entries.size() * 1024);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(payload, deflater, 1 << 16))) {
      out.writeInt(entries.size());
      for (Entry e : entries) write(out, e);
    } finally {
      deflater.end();
    }
    byte[] p = payload.toByteArray();
    ByteBuffer r = ByteBuffer.allocate(RECORD_HEAD + p.length);
    r.putInt(p.length).putInt(crc(p, 0, p.length));
    r.putInt(crc(r.array(), 0, 8)).put(p);
    return r.array();
  }

  private static int crc(byte[] b, int from, int length) {
    CRC32 crc = new CRC32();
    crc.update(b, from, length);
    return (int) crc.getValue();
  }

  private static void write(DataOutputStream out, Entry e) throws IOException {
    out.writeUTF(e.id());
    StoryStateFile.writeNullable(out, e.title());
    StoryStateFile.writeNullable(out, e.source());
    StoryStateFile.writeInstant(out, e.placedAt());
    out.writeBoolean(e.dated());
    out.writeInt(e.entityIds().size());
    for (String id : e.entityIds()) out.writeUTF(id);
    // in the map's own order: the vector is built in it, and its sums' bits depend on the order
    out.writeInt(e.termFrequencies().size());
    for (Map.Entry<String, Double> t : e.termFrequencies().entrySet()) {
      out.writeUTF(t.getKey());
      out.writeDouble(t.getValue());
    }
    StoryStateFile.writeNullable(out, e.originalId());
    out.writeUTF(e.eventId());
    out.writeUTF(e.storyId());
    out.writeBoolean(e.clock().late());
    out.writeInt(e.clock().closed().size());
    for (int ordinal : e.clock().closed()) out.writeInt(ordinal);
  }

  /**
   * Replays the journal of {@code dir} into {@code c}, a state just read from the state file {@code snapshot}.
   * Returns what the next append continues from.
   */
  static Opened replay(Path dir, Snapshot snapshot, StoryClusterer c) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new Opened(0, 0);
    }
    try {
      return replay(file, all, snapshot, c);
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) throw e;
      throw damaged(file, e.toString());
    } catch (RuntimeException e) {
      throw damaged(file, e.toString());
    }
  }

  private static Opened replay(Path file, byte[] all, Snapshot snapshot, StoryClusterer c) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(all);
    DataInputStream header = new DataInputStream(new ByteArrayInputStream(all));
    if (!MAGIC.equals(header.readUTF())) throw damaged(file, "not a Marsad story journal");
    int version = header.readInt();
    if (version < 1 || version > VERSION) throw new IOException(file + ": not a Marsad story journal of this version");
    long length = header.readLong();
    int crc = header.readInt();
    String rules = version == 1 ? c.replayRules() : header.readUTF();
    int headerLength = all.length - header.available();
    if (header.readInt() != crc(all, 0, headerLength)) throw damaged(file, "a header whose checksum does not match");
    if (length != snapshot.length() || crc != snapshot.crc()) {
      return new Opened(0, 0); // left by an interrupted compaction: its articles are all in the state file
    }
    // Version 3 keeps the closing decisions: replayed as recorded whatever the rules. Versions 1-2 written under other
    // closing rules or windows: replaying as recorded could meet an event these rules closed (review 24 F4), so
    // each article is placed again as a new one, with the inputs the journal keeps: none is lost, some may go
    // elsewhere. Either way a journal of other rules or of an older version is not appended to: the next save
    // writes the state whole.
    boolean otherRules = !rules.equals(c.replayRules());
    boolean anew = otherRules && version < 3;
    int pos = headerLength + 4;
    int entries = 0;
    while (pos < all.length) {
      if (all.length - pos < RECORD_HEAD) break; // a save killed while appending
      int n = b.getInt(pos), sum = b.getInt(pos + 4);
      // a power cut can leave the appended length with zeros in it (the size written before the data): a torn tail
      if (zeros(all, pos)) break;
      if (b.getInt(pos + 8) != crc(all, pos, 8)) throw damaged(file, "a record head whose checksum does not match at " + pos);
      if (n <= 0 || n > MAX_RECORD) throw damaged(file, "a record of " + n + " bytes at " + pos);
      if ((long) pos + RECORD_HEAD + n > all.length) break; // a save killed while appending
      if (crc(all, pos + RECORD_HEAD, n) != sum) throw damaged(file, "a record whose checksum does not match at " + pos);
      entries += replayRecord(file, new InflaterInputStream(new ByteArrayInputStream(all, pos + RECORD_HEAD, n)), c,
          anew, version);
      pos += RECORD_HEAD + n;
    }
    return new Opened(pos, entries, otherRules || version < VERSION);
  }

  /** Whether every byte from {@code from} to the end is zero. */
  private static boolean zeros(byte[] all, int from) {
    for (int i = from; i < all.length; i++) if (all[i] != 0) return false;
    return true;
  }

  private static int replayRecord(Path file, InputStream payload, StoryClusterer c, boolean anew, int version)
      throws IOException {
    DataInputStream in = new DataInputStream(payload);
    int n = in.readInt();
    if (n <= 0) throw damaged(file, "a record without articles");
    for (int i = 0; i < n; i++) {
      Entry e = read(in, version);
      if (anew) {
        c.placeAnew(e);
        continue;
      }
      String event = c.replay(e);
      // a copy joins its original's event: it must be the one the journal names
      if (!e.eventId().equals(event)) throw damaged(file, "article " + e.id() + " replays into " + event + ", not " + e.eventId());
    }
    if (in.read() != -1) throw damaged(file, "data after a record's articles");
    return n;
  }

  private static Entry read(DataInputStream in, int version) throws IOException {
    String id = in.readUTF();
    String title = StoryStateFile.readNullable(in), source = StoryStateFile.readNullable(in);
    Instant at = StoryStateFile.readInstant(in);
    if (at == null) throw new IOException("a placement without a time");
    boolean dated = in.readBoolean();
    int k = count(in);
    Set<String> entities = new LinkedHashSet<>();
    for (int i = 0; i < k; i++) entities.add(in.readUTF());
    int t = count(in);
    Map<String, Double> tf = new LinkedHashMap<>(Math.min(t, 1 << 16) * 2);
    for (int i = 0; i < t; i++) {
      String term = in.readUTF();
      double f = in.readDouble();
      if (!(f > 0 && f < Double.POSITIVE_INFINITY) || tf.put(term, f) != null) throw new IOException("a term frequency");
    }
    String originalId = StoryStateFile.readNullable(in), eventId = in.readUTF(), storyId = in.readUTF();
    if (version < 3) return new Entry(id, title, source, at, dated, entities, tf, originalId, eventId, storyId, null);
    boolean late = in.readBoolean();
    int n = count(in);
    List<Integer> closed = new ArrayList<>(Math.min(n, 1 << 16));
    for (int i = 0; i < n; i++) closed.add(in.readInt());
    return new Entry(id, title, source, at, dated, entities, tf, originalId, eventId, storyId, new ClockDecision(late, closed));
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) throw new IOException("a negative count");
    return n;
  }

  private static IOException damaged(Path file, String what) {
    return new IOException(file + ": a damaged story journal (" + what + "); it is left as it is");
  }
}
