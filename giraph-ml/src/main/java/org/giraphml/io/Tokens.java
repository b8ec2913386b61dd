package org.giraphml.io;

/**
 * Byte-level scanning of cells and LIBSVM tokens within a line, shared by the reader and the
 * sniffer: blanks are spaces and tabs.
 */
final class Tokens {
  private Tokens() {
  }

  /** A whole number, or Long.MIN_VALUE if it is not one, Long.MAX_VALUE past int range. */
  static long parseIndex(byte[] b, int from, int to) {
    if (from >= to) {
      return Long.MIN_VALUE;
    }
    boolean negative = b[from] == '-';
    int i = negative || b[from] == '+' ? from + 1 : from;
    if (i >= to) {
      return Long.MIN_VALUE;
    }
    long v = 0;
    for (; i < to; i++) {
      if (b[i] < '0' || b[i] > '9' || v > Integer.MAX_VALUE) {
        return b[i] < '0' || b[i] > '9' ? Long.MIN_VALUE : Long.MAX_VALUE;
      }
      v = v * 10 + (b[i] - '0');
    }
    return negative ? -v : v;
  }

  private static boolean isBlank(byte c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Where the cell starting at {@code from} ends: at the next {@code delimiter}, or for the
   * space delimiter at the next blank (space or tab); {@code to} if none.
   */
  static int cellEnd(byte[] b, int from, int to, int delimiter) {
    if (delimiter == ' ') {
      return nextSpace(b, from, to);
    }
    while (from < to && b[from] != delimiter) {
      from++;
    }
    return from;
  }

  /**
   * Where the cell after the one ending at {@code end} (before {@code to}) starts: past the
   * delimiter, or for the space delimiter past the whole run of blanks, so that aligned
   * columns padded with several spaces read as one separator each.
   */
  static int nextCellStart(byte[] b, int end, int to, int delimiter) {
    return delimiter == ' ' ? skipSpaces(b, end, to) : end + 1;
  }

  static int trimStart(byte[] b, int from, int to) {
    while (from < to && isBlank(b[from])) {
      from++;
    }
    return from;
  }

  static int trimEnd(byte[] b, int from, int to) {
    while (to > from && isBlank(b[to - 1])) {
      to--;
    }
    return to;
  }

  static int nextSpace(byte[] b, int from, int to) {
    while (from < to && !isBlank(b[from])) {
      from++;
    }
    return from;
  }

  static int skipSpaces(byte[] b, int from, int to) {
    while (from < to && isBlank(b[from])) {
      from++;
    }
    return from;
  }
}
