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
