package org.giraphml.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Hands out the lines of a byte range of a stream without allocating per line: after
 * {@link #next()} returns true, the line is {@code buffer()[lineStart(), lineEnd())} (no line
 * terminator, no trailing CR) and began at byte {@link #lineOffset()} of the file.
 */
final class LineScanner {
  private final InputStream in;
  private byte[] buf = new byte[1 << 20];
  private int pos;
  private int limit;
  private boolean eof;
  private long bufferOffset; // file offset of buf[0]
  private final long end;
  private int lineStart;
  private int lineEnd;
  private long lineOffset;

  /**
   * @param in positioned at {@code start}
   * @param start file offset of the stream's position
   * @param end lines starting at or after this offset are not returned
   */
  LineScanner(InputStream in, long start, long end) {
    this.in = in;
    this.bufferOffset = start;
    this.end = end;
  }

  /** Skips the rest of the current (partial) line. */
  void skipPartialLine() throws IOException {
    while (true) {
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          pos = i + 1;
          return;
        }
      }
      pos = limit;
      if (!fill()) {
        return;
      }
    }
  }

  boolean next() throws IOException {
    while (true) {
      long startOffset = bufferOffset + pos;
      if (startOffset >= end) {
        return false;
      }
      int i = pos;
      for (; i < limit; i++) {
        if (buf[i] == '\n') {
          break;
        }
      }
      if (i < limit || (eof && limit > pos)) {
        lineStart = pos;
        lineEnd = i;
        lineOffset = startOffset;
        pos = i < limit ? i + 1 : limit;
        if (lineEnd > lineStart && buf[lineEnd - 1] == '\r') {
          lineEnd--;
        }
        return true;
      }
      if (eof) {
        return false;
      }
      fill();
    }
  }

  /** Moves unread bytes to the front, grows if a line fills the buffer, reads more. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      bufferOffset += pos;
      limit -= pos;
      lineStart -= pos;
      lineEnd -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  byte[] buffer() {
    return buf;
  }

  int lineStart() {
    return lineStart;
  }

  int lineEnd() {
    return lineEnd;
  }

  long lineOffset() {
    return lineOffset;
  }
}
