package org.giraphml.io;

/**
 * The cells of one CSV line sorted into numbers, text and empty cells: what
 * {@link SchemaSniffer} needs to tell a header from a data row.
 */
final class CellCensus {
  final int cells;
  final int numbers;
  final int texts;
  /** 0-based column of the first text cell, or -1. */
  final int firstText;
  final String firstTextExcerpt;

  /** Counts the cells of {@code b[from, to)}; a negative {@code delimiter} means one cell. */
  CellCensus(byte[] b, int from, int to, int delimiter) {
    int cellCount = 0;
    int numberCount = 0;
    int textCount = 0;
    int first = -1;
    String excerpt = null;
    if (delimiter == ' ') {
      // Space-separated: blanks at either end of the line separate nothing.
      from = Tokens.trimStart(b, from, to);
      to = Tokens.trimEnd(b, from, to);
    }
    int cellStart = from;
    while (true) {
      int i = delimiter < 0 ? to : Tokens.cellEnd(b, cellStart, to, delimiter);
      cellCount++;
      int s = Tokens.trimStart(b, cellStart, i);
      int e = Tokens.trimEnd(b, s, i);
      if (e - s >= 2 && b[s] == '"' && b[e - 1] == '"') {
        s++;
        e--;
      }
      double v = NumberParser.parse(b, s, e);
      if (Double.isFinite(v) || Double.isInfinite(v) && hasDigit(b, s, e)) {
        // 1e400 overflows but is written as a number: a data row, refused like later rows.
        numberCount++;
      } else if (e > s) {
        textCount++;
        if (first < 0) {
          first = cellCount - 1;
          excerpt = Excerpt.quote(b, s, e);
        }
      }
      if (i >= to) {
        break;
      }
      cellStart = Tokens.nextCellStart(b, i, to, delimiter);
    }
    this.cells = cellCount;
    this.numbers = numberCount;
    this.texts = textCount;
    this.firstText = first;
    this.firstTextExcerpt = excerpt;
  }

  private static boolean hasDigit(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] >= '0' && b[i] <= '9') {
        return true;
      }
    }
    return false;
  }
}
