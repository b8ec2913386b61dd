package org.giraphml.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.Precision;

/**
 * Reads the rows of one {@link InputPlan.Split} into {@link DataBlock}s with the split's
 * {@link RowFormat}, under the job's reading settings. A bad row either fails the read with an
 * {@link InputException} naming the file, the row and the problem, or, with skip-invalid, is
 * counted and passed over.
 */
public final class SplitReader {
  /** Problems kept verbatim for the summary when rows are skipped. */
  public static final int MAX_REPORTED_PROBLEMS = 10;

  /** Receives each block as soon as it is full. */
  @FunctionalInterface
  public interface BlockSink {
    void accept(long blockId, DataBlock block) throws IOException;
  }

  /** What one split held. */
  public static final class Result {
    private long rows;
    private long skipped;
    private double weight;
    private final List<String> problems = new ArrayList<>();
    private final Growables.Longs skippedKeys = new Growables.Longs();

    /** Adds counts recorded elsewhere (a worker's record of its split). */
    public void add(long moreRows, long moreSkipped) {
      rows += moreRows;
      skipped += moreSkipped;
    }

    /** Adds a total of sample weights recorded elsewhere (a worker's record of its split). */
    public void addWeight(double moreWeight) {
      weight += moreWeight;
    }

    /** Adds the sample weights of a block's rows, in row order. */
    void addWeights(double[] rowWeights) {
      for (double w : rowWeights) {
        weight += w;
      }
    }

    /** The sum of the sample weights read, in row order; 0 without a weight column. */
    public double weight() {
      return weight;
    }

    /** Counts one row read into a block. */
    void countRow() {
      rows++;
    }

    /**
     * Counts a skipped row: its key (so predictions keep input row numbers) and, among the
     * first {@link #MAX_REPORTED_PROBLEMS}, where it was and what was wrong.
     */
    void skip(long key, String whereAndProblem) {
      skipped++;
      addSkippedKey(key);
      if (problems.size() < MAX_REPORTED_PROBLEMS) {
        problems.add(whereAndProblem);
      }
    }

    public long rows() {
      return rows;
    }

    public long skipped() {
      return skipped;
    }

    /** Records the row key of a skipped row (so predictions keep input row numbers). */
    public void addSkippedKey(long key) {
      skippedKeys.add(key);
    }

    /** Hands over the row keys of the skipped rows (once: they are cleared here). */
    public long[] takeSkippedKeys() {
      return skippedKeys.take();
    }

    /** The first {@link #MAX_REPORTED_PROBLEMS} skipped rows' problems (mutable). */
    public List<String> problems() {
      return problems;
    }
  }

  private final Configuration conf;
  private final Schema schema;
  private final int blockBytes;
  private final boolean skipInvalid;

  private final int maxLineBytes;

  public SplitReader(Configuration conf, Schema schema, int blockBytes, boolean skipInvalid) {
    this(conf, schema, blockBytes, skipInvalid, LineScanner.MAX_LINE_BYTES);
  }

  /** With a lower limit on the length of a line, for tests. */
  SplitReader(Configuration conf, Schema schema, int blockBytes, boolean skipInvalid,
      int maxLineBytes) {
    this.conf = conf;
    this.schema = schema;
    this.blockBytes = blockBytes;
    this.skipInvalid = skipInvalid;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads the split, handing each block to {@code sink}. Under {@code --precision float} each
   * dense block is rounded to float32 as it is handed over, so at most one block of a split is
   * ever held in double; the blocks' rows are those of a double read.
   */
  public Result read(InputPlan.Split split, BlockSink sink) throws IOException {
    Precision precision = InputOptions.PRECISION.get(conf);
    BlockSink target = precision == Precision.DOUBLE ? sink
        : (id, block) -> sink.accept(id, block.withPrecision(precision));
    return schema.format().rowFormat().read(this, split, target);
  }

  public Configuration conf() {
    return conf;
  }

  public Schema schema() {
    return schema;
  }

  /** A block closes once it holds at least this many bytes of values. */
  public int blockBytes() {
    return blockBytes;
  }

  public boolean skipInvalid() {
    return skipInvalid;
  }

  /** Text formats: the longest line read before the file is taken for binary. */
  int maxLineBytes() {
    return maxLineBytes;
  }
}
