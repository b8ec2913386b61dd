package org.giraphml.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A columnar file's units of rows (Parquet's row groups, ORC's stripes), by their row counts:
 * the splits they make (one per unit that holds rows), where a split's first row sits in the
 * file, and how a row is named in messages ("row group 2, row 17", both 0-based as the formats'
 * own tools count).
 */
final class ColumnarUnits {
  private final String unitName;
  private final long[] rowCounts;

  ColumnarUnits(String unitName, long[] rowCounts) {
    this.unitName = unitName;
    this.rowCounts = rowCounts.clone();
  }

  /** One {@code [unit, unit + 1)} range per unit that holds rows. */
  List<long[]> ranges() {
    List<long[]> ranges = new ArrayList<>();
    for (int u = 0; u < rowCounts.length; u++) {
      if (rowCounts[u] > 0) {
        ranges.add(new long[] {u, u + 1});
      }
    }
    return ranges;
  }

  /** The index in the file of the first row of {@code unit}. */
  long firstRow(long unit) {
    long row = 0;
    for (int u = 0; u < unit; u++) {
      row += rowCounts[u];
    }
    return row;
  }

  /** Row {@code row} of unit {@code unit}, for messages. */
  String where(long unit, long row) {
    return unitName + " " + unit + ", row " + row;
  }

  /** The row at {@code position} of the file, for messages. */
  String describe(long position) {
    long row = position;
    for (int u = 0; u < rowCounts.length; u++) {
      if (row < rowCounts[u]) {
        return where(u, row);
      }
      row -= rowCounts[u];
    }
    return "row " + position;
  }
}
