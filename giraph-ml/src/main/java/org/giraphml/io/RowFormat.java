package org.giraphml.io;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * One input format: how its files are cut into splits, how the {@link Schema} is settled before
 * the job starts, and how one split becomes {@link org.giraphml.graph.DataBlock}s. CSV, LIBSVM,
 * Parquet and ORC are the implementations; a new format is one more implementation and one
 * constant of {@link InputFormatKind} that names it (which also makes it a choice of
 * {@code --format}). Text formats extend {@code TextRowFormat}, columnar ones
 * {@code ColumnarFormat}, which do the shared work.
 *
 * <p>The framework calls, in this order: {@link #splitRanges} for every file, on the driver
 * while it builds the {@link InputPlan} (and again in Giraph's split planning, which must give
 * the same answer); {@link #sniff} once, on the driver, before any resource is taken; then
 * {@link #read} once per split, on a loader thread or a Giraph worker, each with its own
 * instance state; and {@link #describeRow} only on error paths, to name a row found bad after
 * loading. Implementations hold no state between calls.
 *
 * <p>A row's key ({@link InputPlan#rowKey}) holds the file's index and a position of the row
 * in its file that grows with the row's order: a byte offset for text, the row's index for a
 * columnar file. Predictions are written in key order, so they follow the input's order.
 */
public interface RowFormat {
  /**
   * Whether a file whose name ends in a Hadoop codec's extension ({@code .gz}, {@code .bz2})
   * is decompressed before it is read: true for text, false for formats that compress inside.
   */
  boolean decompressesByName();

  /**
   * The {@code [start, end)} ranges of one file's splits, in this format's units (bytes of
   * text; row groups of a Parquet file, stripes of an ORC file). May be empty for a file without rows.
   *
   * @throws InputException if the file is not of this format
   */
  List<long[]> splitRanges(Configuration conf, InputPlan.InputFile file, long splitBytes)
      throws IOException;

  /**
   * Settles the schema from the files' first rows or metadata and the input options.
   *
   * @throws InputException naming the file and what was wrong, before the job starts
   */
  Schema sniff(Configuration conf, InputPlan plan) throws IOException;

  /**
   * Reads one split into blocks handed to {@code sink} as they fill, with block ids from
   * {@link InputPlan#blockId}. A bad row fails the read with an {@link InputException} naming
   * its file and position, or with skip-invalid is counted in the result and passed over.
   */
  SplitReader.Result read(SplitReader settings, InputPlan.Split split,
      SplitReader.BlockSink sink) throws IOException;

  /** Names the row at {@code position} of {@code file} for a message ("data.csv:17"). */
  String describeRow(Configuration conf, InputPlan.InputFile file, long position)
      throws IOException;

  /** Whether {@link #sniff} settles the number of features (dense rows) or loading finds it. */
  boolean featureCountKnownBeforeLoad();

  /** Whether files may start with a header line, reported in the job's summary. */
  boolean hasHeaderLines();

  /** Whether every row carries its label whatever the options say (LIBSVM's first token). */
  default boolean rowsCarryLabels() {
    return false;
  }
}
