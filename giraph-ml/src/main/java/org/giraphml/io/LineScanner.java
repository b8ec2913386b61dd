package org.giraphml.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Hands out the lines of a byte range of a stream without allocating per line: after
 * {@link #next()} returns true, the line is {@code buffer()[lineStart(), lineEnd())} (no line
 * terminator) and began at byte {@link #lineOffset()} of the file.
 *
 * <p>A line ends at LF, CRLF or a lone CR, so files written on any system read alike; a CRLF
 * is one terminator even when a buffer or split boundary falls between its two bytes. A UTF-8
 * byte-order mark at the start of the file is not part of the first line. The rule for where a
 * line starts is the same from any starting point, which is what lets splits agree on which of
 * them owns a line (and {@link #countLineBreaks} agree with both on line numbers).
 */
final class LineScanner {
  /** Longest line accepted by default: 1 GiB, half the largest Java array. */
  static final int MAX_LINE_BYTES = 1 << 30;
  static final int DEFAULT_BUFFER = 1 << 20;

  /** A line longer than the scanner's limit, starting at {@link #offset()}. */
  static final class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    LineTooLongException(long offset, int limit) {
      super("line longer than " + limit + " bytes");
      this.offset = offset;
    }

    long offset() {
      return offset;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private long bufferOffset; // file offset of buf[0]
  private final long end;
  private boolean bomPending; // at the start of the file: a byte-order mark may follow
  private boolean lfPending; // the last terminator was a CR: a LF right after belongs to it
  private int lineStart;
  private int lineEnd;
  private long lineOffset;

  /**
   * @param in positioned at {@code start}
   * @param start file offset of the stream's position
   * @param end lines starting at or after this offset are not returned
   */
  LineScanner(InputStream in, long start, long end) {
    this(in, start, end, DEFAULT_BUFFER, MAX_LINE_BYTES);
  }

  LineScanner(InputStream in, long start, long end, int bufferBytes, int maxLineBytes) {
    this.in = in;
    this.bufferOffset = start;
    this.end = end;
    this.maxLineBytes = maxLineBytes;
    this.buf = new byte[Math.max(16, bufferBytes)];
    this.bomPending = start == 0;
  }

  /** Skips the rest of the current (partial) line, including its terminator. */
  void skipPartialLine() throws IOException {
    while (true) {
      for (int i = pos; i < limit; i++) {
        byte c = buf[i];
        if (c == '\n' || c == '\r') {
          pos = i + 1;
          lfPending = c == '\r';
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
    if (bomPending) {
      skipByteOrderMark();
    }
    while (true) {
      if (lfPending) {
        if (pos == limit && fill()) {
          continue;
        }
        lfPending = false;
        if (pos < limit && buf[pos] == '\n') {
          pos++;
        }
      }
      long startOffset = bufferOffset + pos;
      if (startOffset >= end) {
        return false;
      }
      byte[] b = buf;
      int lim = limit;
      int i = pos;
      // One comparison per byte for text: only bytes <= CR can end a line.
      for (; i < lim; i++) {
        byte c = b[i];
        if (c <= '\r' && (c == '\n' || c == '\r')) {
          break;
        }
      }
      if (i < lim || (eof && lim > pos)) {
        if (i - pos > maxLineBytes) {
          throw new LineTooLongException(startOffset, maxLineBytes);
        }
        lineStart = pos;
        lineEnd = i;
        lineOffset = startOffset;
        lfPending = i < lim && b[i] == '\r';
        pos = i < lim ? i + 1 : lim;
        return true;
      }
      if (eof) {
        return false;
      }
      if (limit - pos > maxLineBytes) {
        throw new LineTooLongException(startOffset, maxLineBytes);
      }
      fill();
    }
  }

  private void skipByteOrderMark() throws IOException {
    bomPending = false;
    while (limit - pos < 3 && fill()) {
      // read until three bytes are there or the file ends
    }
    if (limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB
        && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
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
      buf = Arrays.copyOf(buf, (int) Math.min(2L * buf.length, maxLineBytes + 2L));
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

  /**
   * The number of line terminators (LF, CRLF, CR) that end before {@code offset} of the
   * stream: one less than the line number of the line starting there.
   */
  static long countLineBreaks(InputStream in, long offset) throws IOException {
    long count = 0;
    byte[] b = new byte[1 << 16];
    boolean afterCr = false;
    long left = offset;
    while (left > 0) {
      int n = in.read(b, 0, (int) Math.min(b.length, left));
      if (n < 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        byte c = b[i];
        if (c == '\r' || (c == '\n' && !afterCr)) {
          count++;
        }
        afterCr = c == '\r';
      }
      left -= n;
    }
    return count;
  }
}
