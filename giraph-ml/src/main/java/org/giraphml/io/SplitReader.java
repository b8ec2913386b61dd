package org.giraphml.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.giraphml.graph.DataBlock;

/**
 * Reads the rows of one {@link InputPlan.Split} into {@link DataBlock}s, parsing bytes
 * directly. A bad row either fails the read with an {@link InputException} naming the file,
 * the line and the problem, or, with skip-invalid, is counted and passed over.
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
    private final List<String> problems = new ArrayList<>();
    private final Growables.Longs skippedKeys = new Growables.Longs();

    /** Adds counts recorded elsewhere (a worker's record of its split). */
    public void add(long moreRows, long moreSkipped) {
      rows += moreRows;
      skipped += moreSkipped;
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

  public Result read(InputPlan.Split split, BlockSink sink) throws IOException {
    InputPlan.InputFile file = split.file();
    LineScanner lines;
    InputStream in;
    if (file.codec() != null) {
      // A compressed file is one split, read whole from its decompressed text.
      in = InputStreams.open(conf, file);
      lines = new LineScanner(in, 0, Long.MAX_VALUE, LineScanner.DEFAULT_BUFFER, maxLineBytes);
    } else {
      FSDataInputStream raw = InputStreams.fileSystem(conf, file.path()).open(file.path());
      in = raw;
      long seekTo = split.start() == 0 ? 0 : split.start() - 1;
      raw.seek(seekTo);
      lines = new LineScanner(raw, seekTo, split.end(), LineScanner.DEFAULT_BUFFER,
          maxLineBytes);
    }
    try (InputStream closing = in) {
      if (split.start() > 0) {
        lines.skipPartialLine();
      }
      return schema.format() == InputFormatKind.CSV
          ? new Csv(split, lines, sink).run() : new Libsvm(split, lines, sink).run();
    } catch (LineScanner.LineTooLongException e) {
      throw new InputException(file.path().toString(), lineNumber(conf, file, e.offset()),
          "line longer than " + maxLineBytes + " bytes; is this a text file?");
    }
  }

  /** Shared row loop: line numbering, error policy and block cutting. */
  private abstract class Pass {
    final InputPlan.Split split;
    final LineScanner lines;
    final BlockSink sink;
    final Result result = new Result();
    final Growables.Doubles values = new Growables.Doubles();
    final Growables.Doubles labels = new Growables.Doubles();
    final Growables.Longs keys = new Growables.Longs();
    final long headerOffset;
    int blockInSplit;
    long lineIndex; // lines read so far in this split, including blank and header lines
    long firstLineOffset = -1;
    long firstLineNumber = -1; // 1-based file line number of this split's first line

    Pass(InputPlan.Split split, LineScanner lines, BlockSink sink) {
      this.split = split;
      this.lines = lines;
      this.sink = sink;
      this.headerOffset = schema.headerOffset(split.file().index());
    }

    Result run() throws IOException {
      int fileIndex = split.file().index();
      while (lines.next()) {
        if (lineIndex++ == 0) {
          firstLineOffset = lines.lineOffset();
        }
        byte[] b = lines.buffer();
        int from = Tokens.trimStart(b, lines.lineStart(), lines.lineEnd());
        int to = Tokens.trimEnd(b, from, lines.lineEnd());
        if (from == to || lines.lineOffset() == headerOffset) {
          continue;
        }
        String problem = parseRow(b, from, to);
        if (problem != null) {
          String where = split.file().path() + ":" + lineNumber();
          if (!skipInvalid) {
            throw new InputException(split.file().path().toString(), lineNumber(), problem);
          }
          result.skipped++;
          result.addSkippedKey(InputPlan.rowKey(fileIndex, lines.lineOffset()));
          if (result.problems.size() < MAX_REPORTED_PROBLEMS) {
            result.problems.add(where + ": " + problem);
          }
          continue;
        }
        if (lines.lineOffset() >= 1L << InputPlan.OFFSET_BITS) {
          throw new InputException(split.file().path().toString(), lineNumber(),
              "decompressed text longer than " + (1L << InputPlan.OFFSET_BITS)
                  + " bytes; split the file into parts");
        }
        keys.add(InputPlan.rowKey(fileIndex, lines.lineOffset()));
        result.rows++;
        if (bytesInBlock() >= blockBytes) {
          flush();
        }
      }
      if (keys.size() > 0) {
        flush();
      }
      return result;
    }

    long lineNumber() throws IOException {
      if (firstLineNumber < 0) {
        firstLineNumber = SplitReader.lineNumber(conf, split.file(), firstLineOffset);
      }
      return firstLineNumber + lineIndex - 1;
    }

    /** Parses one row into the pending block; returns a problem, or null if the row is good. */
    abstract String parseRow(byte[] b, int from, int to) throws IOException;

    abstract long bytesInBlock();

    abstract DataBlock takeBlock();

    private void flush() throws IOException {
      sink.accept(InputPlan.blockId(split.ordinal(), blockInSplit++), takeBlock());
    }
  }

  private final class Csv extends Pass {
    private final int columns = schema.columns();
    private final int label = schema.labelColumn();
    private final int features = schema.featureCount();
    private final byte delim = schema.delimiter();
    private final double[] row = new double[columns];

    Csv(InputPlan.Split split, LineScanner lines, BlockSink sink) {
      super(split, lines, sink);
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
          return "column " + (c + 1) + ": " + describeBadNumber(b, s, e, v);
        }
        row[c++] = v;
        if (i >= to) {
          break;
        }
        cellStart = Tokens.nextCellStart(b, i, to, delim);
      }
      if (c != columns) {
        return "expected " + columns + " columns, found " + c;
      }
      for (int j = 0; j < columns; j++) {
        if (j == label) {
          labels.add(row[j]);
        } else {
          values.add(row[j]);
        }
      }
      return null;
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
      return block;
    }
  }

  private final class Libsvm extends Pass {
    private final Growables.Ints columns = new Growables.Ints();
    private final Growables.Ints rowStart = new Growables.Ints();
    private int maxColumn = -1;

    Libsvm(InputPlan.Split split, LineScanner lines, BlockSink sink) {
      super(split, lines, sink);
      rowStart.add(0);
    }

    @Override
    String parseRow(byte[] b, int from, int to) throws IOException {
      int mark = values.size();
      int i = from;
      int tokenEnd = Tokens.nextSpace(b, i, to);
      double label = NumberParser.parse(b, i, tokenEnd);
      if (!Double.isFinite(label)) {
        return "label: " + describeBadNumber(b, i, tokenEnd, label);
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
              + describeBadNumber(b, colon + 1, tokenEnd, v));
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

  static String describeBadNumber(byte[] b, int from, int to, double parsed) {
    if (from == to) {
      return "empty cell";
    }
    String text = Excerpt.quote(b, from, to);
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (Double.isInfinite(parsed) || lower.contains("nan") || lower.contains("inf")) {
      return text + " is not a finite number (NaN and Infinity are not allowed)";
    }
    return text + " is not a number";
  }

  /** The 1-based line number of the line starting at {@code offset} of the file's text. */
  static long lineNumber(Configuration conf, InputPlan.InputFile file, long offset)
      throws IOException {
    try (InputStream in = InputStreams.open(conf, file)) {
      return 1 + LineScanner.countLineBreaks(in, offset);
    }
  }
}
