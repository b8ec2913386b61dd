package org.giraphml.io;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.Precision;

/**
 * Delimited dense rows: every line holds the same number of cells, one of which may be the
 * label ({@code --label-column}, 0-based) and one the sample weight ({@code --weight-column},
 * 0-based, a finite number >= 0); the first line of a file may be a header
 * ({@code --header}). Rows become dense blocks.
 */
final class CsvFormat extends TextRowFormat {
  @Override
  int cellDelimiter(Configuration conf) {
    return (byte) InputOptions.DELIMITER.get(conf).charAt(0);
  }

  @Override
  public boolean featureCountKnownBeforeLoad() {
    return true;
  }

  @Override
  public boolean hasHeaderLines() {
    return true;
  }

  @Override
  TextPass newPass(SplitReader settings, InputPlan.Split split, LineScanner lines,
      SplitReader.BlockSink sink) {
    return new CsvPass(settings, split, lines, sink);
  }

  private static final class CsvPass extends TextPass {
    private final int columns = schema.columns();
    private final int label = schema.labelColumn();
    private final int weight = schema.weightColumn();
    private final Growables.Doubles weights = new Growables.Doubles();
    private final int features = schema.featureCount();
    private final byte delim = schema.delimiter();
    private final double[] row = new double[columns];
    /** {@code --precision float}: features must stay finite once rounded to float32. */
    private final boolean floatFeatures = InputOptions.PRECISION.get(conf) == Precision.FLOAT;

    CsvPass(SplitReader settings, InputPlan.Split split, LineScanner lines,
        SplitReader.BlockSink sink) {
      super(settings, split, lines, sink);
    }

    @Override
    String parseRow(byte[] b, int from, int to) throws IOException {
      int c = 0;
      if (delim == ' ') {
        // Space-separated: blanks at either end of the line separate nothing.
        from = Tokens.trimStart(b, from, to);
        to = Tokens.trimEnd(b, from, to);
      }
      int cellStart = from;
      while (true) {
        int i = Tokens.cellEnd(b, cellStart, to, delim);
        if (c >= columns) {
          return "expected " + columns + " columns, found more";
        }
        int s = Tokens.trimStart(b, cellStart, i);
        int e = Tokens.trimEnd(b, s, i);
        if (e - s >= 2 && b[s] == '"' && b[e - 1] == '"') {
          s++;
          e--;
        }
        double v = NumberParser.parse(b, s, e);
        if (!Double.isFinite(v)) {
          return cell(c) + ": " + TextRowFormat.describeBadNumber(b, s, e, v);
        }
        if (floatFeatures && c != label && c != weight && DenseRows.beyondFloat(v)) {
          return cell(c) + ": " + Excerpt.quote(b, s, e) + DenseRows.BEYOND_FLOAT;
        }
        if (c == weight && v < 0) {
          return cell(c) + ": " + Excerpt.quote(b, s, e)
              + " is negative; a weight must be >= 0";
        }
        row[c++] = v;
        if (i >= to) {
          break;
        }
        cellStart = Tokens.nextCellStart(b, i, to, delim);
      }
      if (c != columns) {
        return "expected " + columns + " columns, found " + c + (weight >= c ? " (no weight: "
            + "the weight is column " + weight + ", 0-based)" : "");
      }
      for (int j = 0; j < columns; j++) {
        if (j == label) {
          labels.add(row[j]);
        } else if (j == weight) {
          weights.add(row[j]);
        } else {
          values.add(row[j]);
        }
      }
      return null;
    }

    /** Column {@code c} as messages name it, saying when it is the weight column. */
    private String cell(int c) {
      return c == weight ? "column " + c + " (0-based; the weight)" : TextRowFormat.column(c);
    }

    @Override
    long bytesInBlock() {
      return (long) values.size() * Double.BYTES;
    }

    @Override
    DataBlock takeBlock() {
      DataBlock block = DataBlock.dense(features, values.take(),
          label >= 0 ? labels.take() : null, keys.take());
      labels.clear();
      if (weight < 0) {
        return block;
      }
      double[] w = weights.take();
      weights.clear();
      result.addWeights(w);
      return block.withWeights(w);
    }
  }
}
