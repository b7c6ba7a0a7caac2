package org.marsad.ingest.reader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only view of a file already open, with a position of its own, for a {@code WarcReader} over one WARC:
 * closing the reader closes the view, not the file. Every read of one WARC (its records after a resync, the looks
 * of the resync, its quarantine copies) then goes through the one channel opened when its reading starts, so a WARC
 * renamed or moved away while it is read is still read whole (review24/ingest24 F1: each resync opened it by path).
 */
final class FileView implements SeekableByteChannel {
  private final FileChannel file;
  private final long end; // the view ends here (before the file's end for a part of one record)
  private long position;
  private boolean open = true;

  FileView(FileChannel file, long from) {
    this(file, from, Long.MAX_VALUE);
  }

  /** The bytes of the file from {@code from} up to {@code end} only. */
  FileView(FileChannel file, long from, long end) {
    this.file = file;
    this.position = from;
    this.end = end;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!open) throw new ClosedChannelException();
    if (position >= end) return -1;
    int n;
    if (end - position < dst.remaining()) {
      ByteBuffer part = dst.slice(dst.position(), (int) (end - position));
      n = file.read(part, position);
      if (n > 0) dst.position(dst.position() + n);
    } else {
      n = file.read(dst, position); // positional: the file's own position is not moved
    }
    if (n > 0) position += n;
    return n;
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) {
    if (newPosition < 0) throw new IllegalArgumentException("a negative position: " + newPosition);
    position = newPosition;
    return this;
  }

  @Override
  public long size() throws IOException {
    return Math.min(end, file.size());
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open && file.isOpen();
  }

  @Override
  public void close() {
    open = false;
  }
}
