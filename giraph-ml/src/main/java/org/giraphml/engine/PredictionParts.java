package org.giraphml.engine;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.giraphml.graph.DataBlock;

/**
 * The Giraph engine's predictions between the workers and the driver: each worker writes every
 * data vertex's rows, {@code rowKey,prediction} per line, into a part file of its own named by
 * the block's first row key; the driver reads the parts back in key order, one open file and
 * one line at a time, and streams them into {@code predictions.csv} ({@link PredictionSink}).
 *
 * <p>This works because a block holds consecutive rows of one input split, in order: blocks
 * never overlap, so ordering the parts by their first key orders every row. The sink checks
 * the keys increase, so a block that broke this would fail the job instead of misnumbering
 * rows. A part's name depends only on its block, so a retried worker overwrites its earlier
 * attempt's parts instead of adding to them. The driver holds one name per block (a block is
 * {@code --block-bytes} of values, 1 MiB by default), never the rows.
 */
final class PredictionParts {
  /** The parts' directory inside the work directory; removed after the merge. */
  static final String DIR = "_predictions";
  private static final String PREFIX = "part-";

  private PredictionParts() {
  }

  /** The part file of the block whose first row has key {@code firstKey}. */
  static Path part(Path dir, long firstKey) {
    return new Path(dir, PREFIX + String.format(Locale.ROOT, "%019d", firstKey));
  }

  /** Writes the lines of one block's part: {@code key,label,prediction} (label empty if none). */
  static void writeBlock(Writer out, DataBlock block, java.util.function.IntFunction<String> text)
      throws IOException {
    for (int r = 0; r < block.rows(); r++) {
      out.write(Long.toString(block.rowKeys()[r]));
      out.write(',');
      if (block.hasLabels()) {
        // For the report's predicted-vs-actual plots; predictions.csv has no label column.
        out.write(Double.toString(block.labels()[r]));
      }
      out.write(',');
      out.write(text.apply(r));
      out.write('\n');
    }
  }

  /** Opens one part for reading. */
  @FunctionalInterface
  interface Opener {
    BufferedReader open(Path part) throws IOException;
  }

  /** The parts under {@code dir}, in input order (by first key). */
  static List<Path> inOrder(FileSystem fs, Path dir) throws IOException {
    List<Path> parts = new ArrayList<>();
    for (FileStatus status : fs.listStatus(dir)) {
      if (status.getPath().getName().startsWith(PREFIX)) {
        parts.add(status.getPath());
      }
    }
    parts.sort(Comparator.comparingLong(PredictionParts::firstKey));
    return parts;
  }

  static long firstKey(Path part) {
    return Long.parseLong(part.getName().substring(PREFIX.length()));
  }

  /** Rows read lazily from parts; closing it closes the part being read. */
  interface Rows extends Iterator<PredictionSink.Keyed>, Closeable {
  }

  /** Every row of the parts under {@code dir}, in input order, read lazily. */
  static Rows rows(FileSystem fs, Path dir) throws IOException {
    return rows(inOrder(fs, dir), part -> new BufferedReader(new InputStreamReader(
        fs.open(part), StandardCharsets.UTF_8), 1 << 16));
  }

  /**
   * The rows of {@code parts} in the given order: one part is open at a time, and it is closed
   * as soon as its last line has been read.
   *
   * @throws UncheckedIOException from {@code next} or {@code hasNext} if a part cannot be read
   */
  static Rows rows(List<Path> parts, Opener opener) {
    return new Rows() {
      private int nextPart;
      private BufferedReader open;
      private Path openPath;
      private String line;

      @Override
      public boolean hasNext() {
        try {
          while (line == null) {
            if (open != null) {
              line = open.readLine();
              if (line != null) {
                break;
              }
              open.close();
              open = null;
            }
            if (nextPart == parts.size()) {
              return false;
            }
            openPath = parts.get(nextPart++);
            open = opener.open(openPath);
          }
          return true;
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read the predictions in " + openPath, e);
        }
      }

      @Override
      public PredictionSink.Keyed next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        // key,label,text: the label is empty for a row without one; the text may hold commas.
        int comma = line.indexOf(',');
        int second = line.indexOf(',', comma + 1);
        PredictionSink.Keyed row = new PredictionSink.Keyed(
            Long.parseLong(line.substring(0, comma)), line.substring(second + 1),
            second == comma + 1 ? Double.NaN : Double.parseDouble(line.substring(comma + 1,
                second)));
        line = null;
        return row;
      }

      @Override
      public void close() throws IOException {
        if (open != null) {
          open.close();
          open = null;
        }
      }
    };
  }
}
