package org.giraphml.io;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.graph.DataBlock;

/**
 * LIBSVM sparse rows, {@code label index:value ...} with 1-based increasing indices. The
 * dimension is the largest index seen, found while loading; rows become sparse blocks.
 */
final class LibsvmFormat extends TextRowFormat {
  @Override
  int cellDelimiter(Configuration conf) {
    return -1;
  }

  @Override
  public boolean rowsCarryLabels() {
    return true;
  }

  @Override
  TextPass newPass(SplitReader settings, InputPlan.Split split, LineScanner lines,
      SplitReader.BlockSink sink) {
    return new LibsvmPass(settings, split, lines, sink);
  }

  private static final class LibsvmPass extends TextPass {
    private final Growables.Ints columns = new Growables.Ints();
    private final Growables.Ints rowStart = new Growables.Ints();
    private int maxColumn = -1;

    LibsvmPass(SplitReader settings, InputPlan.Split split, LineScanner lines,
        SplitReader.BlockSink sink) {
      super(settings, split, lines, sink);
      rowStart.add(0);
    }

    @Override
    String parseRow(byte[] b, int from, int to) throws IOException {
      int mark = values.size();
      int i = from;
      int tokenEnd = Tokens.nextSpace(b, i, to);
      double label = NumberParser.parse(b, i, tokenEnd);
      if (!Double.isFinite(label)) {
        return "label: " + TextRowFormat.describeBadNumber(b, i, tokenEnd, label);
      }
      long previous = 0;
      int rowMax = -1;
      i = Tokens.skipSpaces(b, tokenEnd, to);
      while (i < to) {
        tokenEnd = Tokens.nextSpace(b, i, to);
        int colon = -1;
        for (int p = i; p < tokenEnd; p++) {
          if (b[p] == ':') {
            colon = p;
            break;
          }
        }
        if (colon < 0) {
          return bad(mark, b, i, tokenEnd, " is not index:value");
        }
        long index = Tokens.parseIndex(b, i, colon);
        if (index == Long.MIN_VALUE) {
          return bad(mark, b, i, tokenEnd, ": index is not a whole number");
        }
        if (index <= 0) {
          return bad(mark, b, i, tokenEnd, ": index must be >= 1 (LIBSVM is 1-based)");
        }
        if (index > Integer.MAX_VALUE) {
          return bad(mark, b, i, tokenEnd, ": index too large");
        }
        if (index <= previous) {
          return bad(mark, b, i, tokenEnd, ": index " + index + " is not above the "
              + "previous index " + previous + " (indices must increase)");
        }
        if (index > maxColumn + 1) {
          String tooLarge = DenseSize.tooLarge("a dense vector", 1, index);
          if (tooLarge != null) {
            // Not a bad row to skip: no model of these features fits, whatever the row says.
            throw new InputException(split.file().path().toString(), lineNumber(), "index "
                + index + ": " + tooLarge + "; renumber the features densely from 1");
          }
        }
        double v = NumberParser.parse(b, colon + 1, tokenEnd);
        if (!Double.isFinite(v)) {
          return bad(mark, b, i, tokenEnd, ": value "
              + TextRowFormat.describeBadNumber(b, colon + 1, tokenEnd, v));
        }
        columns.add((int) (index - 1));
        values.add(v);
        previous = index;
        rowMax = (int) (index - 1);
        i = Tokens.skipSpaces(b, tokenEnd, to);
      }
      maxColumn = Math.max(maxColumn, rowMax);
      labels.add(label);
      rowStart.add(values.size());
      return null;
    }

    /** Drops the row's pending values; the problem quotes the bad token {@code b[from, to)}. */
    private String bad(int mark, byte[] b, int from, int to, String problem) {
      return rollback(mark, Excerpt.quote(b, from, to) + problem);
    }

    private String rollback(int mark, String problem) {
      values.truncate(mark);
      columns.truncate(mark);
      return problem;
    }

    @Override
    long bytesInBlock() {
      return (long) values.size() * (Double.BYTES + Integer.BYTES)
          + (long) keys.size() * Long.BYTES;
    }

    @Override
    DataBlock takeBlock() {
      DataBlock block = DataBlock.sparse(maxColumn + 1, rowStart.take(), columns.take(),
          values.take(), labels.take(), keys.take());
      rowStart.add(0);
      maxColumn = -1;
      return block;
    }
  }
}
