package org.giraphml.io;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * What the columnar formats share: files compressed inside (names are not taken for codecs),
 * dense rows whose width the schema settles, no header lines, one split per unit of rows (a
 * Parquet row group, an ORC stripe) and rows named by unit and row. A subclass reads the
 * units' row counts from a file's footer and reads a split.
 */
abstract class ColumnarFormat implements RowFormat {
  /** The row counts of a file's units, from its footer. */
  abstract ColumnarUnits units(Configuration conf, InputPlan.InputFile file) throws IOException;

  @Override
  public final boolean decompressesByName() {
    return false;
  }

  @Override
  public final List<long[]> splitRanges(Configuration conf, InputPlan.InputFile file,
      long splitBytes) throws IOException {
    return units(conf, file).ranges();
  }

  @Override
  public final String describeRow(Configuration conf, InputPlan.InputFile file, long position)
      throws IOException {
    return file.path() + ": " + units(conf, file).describe(position);
  }

  @Override
  public final boolean featureCountKnownBeforeLoad() {
    return true;
  }

  @Override
  public final boolean hasHeaderLines() {
    return false;
  }
}
