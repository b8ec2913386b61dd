package org.giraphml.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
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
    private final GrowableLongs skippedKeys = new GrowableLongs();

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

  public SplitReader(Configuration conf, Schema schema, int blockBytes, boolean skipInvalid) {
    this.conf = conf;
    this.schema = schema;
    this.blockBytes = blockBytes;
    this.skipInvalid = skipInvalid;
  }

  public Result read(InputPlan.Split split, BlockSink sink) throws IOException {
    Path path = split.file().path();
    FileSystem fs = path.getFileSystem(conf);
    try (FSDataInputStream in = fs.open(path)) {
      long seekTo = split.start() == 0 ? 0 : split.start() - 1;
      in.seek(seekTo);
      InputStream stream = in;
      LineScanner lines = new LineScanner(stream, seekTo, split.end());
      if (split.start() > 0) {
        lines.skipPartialLine();
      }
      return schema.format() == InputFormatKind.CSV
          ? new Csv(split, fs, lines, sink).run() : new Libsvm(split, fs, lines, sink).run();
    }
  }

  /** Shared row loop: line numbering, error policy and block cutting. */
  private abstract class Pass {
    final InputPlan.Split split;
    final FileSystem fs;
    final LineScanner lines;
    final BlockSink sink;
    final Result result = new Result();
    final GrowableDoubles values = new GrowableDoubles();
    final GrowableDoubles labels = new GrowableDoubles();
    final GrowableLongs keys = new GrowableLongs();
    int blockInSplit;
    long lineIndex; // lines read so far in this split, including blank and header lines
    long firstLineNumber = -1; // 1-based file line number of this split's first line

    Pass(InputPlan.Split split, FileSystem fs, LineScanner lines, BlockSink sink) {
      this.split = split;
      this.fs = fs;
      this.lines = lines;
      this.sink = sink;
    }

    Result run() throws IOException {
      boolean first = split.start() == 0;
      while (lines.next()) {
        lineIndex++;
        byte[] b = lines.buffer();
        int from = trimStart(b, lines.lineStart(), lines.lineEnd());
        int to = trimEnd(b, from, lines.lineEnd());
        if (from == to) {
          continue;
        }
        if (first) {
          first = false;
          if (isHeader(b, from, to)) {
            continue;
          }
        }
        String problem = parseRow(b, from, to);
        if (problem != null) {
          String where = split.file().path() + ":" + lineNumber();
          if (!skipInvalid) {
            throw new InputException(split.file().path().toString(), lineNumber(), problem);
          }
          result.skipped++;
          result.addSkippedKey(InputPlan.rowKey(split.file().index(), lines.lineOffset()));
          if (result.problems.size() < MAX_REPORTED_PROBLEMS) {
            result.problems.add(where + ": " + problem);
          }
          continue;
        }
        keys.add(InputPlan.rowKey(split.file().index(), lines.lineOffset()));
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
        firstLineNumber = 1 + countNewlines(fs, split.file().path(), split.start() == 0 ? 0
            : firstLineOffset());
      }
      return firstLineNumber + lineIndex - 1;
    }

    private long firstLineOffset() throws IOException {
      // The split's first line starts after the first newline at or after start - 1.
      try (FSDataInputStream in = fs.open(split.file().path())) {
        in.seek(split.start() - 1);
        long off = split.start() - 1;
        int c;
        while ((c = in.read()) >= 0) {
          off++;
          if (c == '\n') {
            return off;
          }
        }
        return off;
      }
    }

    abstract boolean isHeader(byte[] b, int from, int to);

    /** Parses one row into the pending block; returns a problem, or null if the row is good. */
    abstract String parseRow(byte[] b, int from, int to);

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

    Csv(InputPlan.Split split, FileSystem fs, LineScanner lines, BlockSink sink) {
      super(split, fs, lines, sink);
    }

    @Override
    boolean isHeader(byte[] b, int from, int to) {
      switch (schema.header()) {
        case PRESENT:
          return true;
        case ABSENT:
          return false;
        default:
          return !allCellsNumeric(b, from, to, delim);
      }
    }

    @Override
    String parseRow(byte[] b, int from, int to) {
      int c = 0;
      int cellStart = from;
      for (int i = from; i <= to; i++) {
        if (i == to || b[i] == delim) {
          if (c >= columns) {
            return "expected " + columns + " columns, found more";
          }
          int s = trimStart(b, cellStart, i);
          int e = trimEnd(b, s, i);
          if (e - s >= 2 && b[s] == '"' && b[e - 1] == '"') {
            s++;
            e--;
          }
          double v = NumberParser.parse(b, s, e);
          if (!Double.isFinite(v)) {
            return "column " + (c + 1) + ": " + describeBadNumber(b, s, e, v);
          }
          row[c++] = v;
          cellStart = i + 1;
        }
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
    private final GrowableInts columns = new GrowableInts();
    private final GrowableInts rowStart = new GrowableInts();
    private int maxColumn = -1;

    Libsvm(InputPlan.Split split, FileSystem fs, LineScanner lines, BlockSink sink) {
      super(split, fs, lines, sink);
      rowStart.add(0);
    }

    @Override
    boolean isHeader(byte[] b, int from, int to) {
      return false;
    }

    @Override
    String parseRow(byte[] b, int from, int to) {
      int mark = values.size();
      int i = from;
      int tokenEnd = nextSpace(b, i, to);
      double label = NumberParser.parse(b, i, tokenEnd);
      if (!Double.isFinite(label)) {
        return "label: " + describeBadNumber(b, i, tokenEnd, label);
      }
      long previous = 0;
      int rowMax = -1;
      i = skipSpaces(b, tokenEnd, to);
      while (i < to) {
        tokenEnd = nextSpace(b, i, to);
        int colon = -1;
        for (int p = i; p < tokenEnd; p++) {
          if (b[p] == ':') {
            colon = p;
            break;
          }
        }
        String token = new String(b, i, tokenEnd - i, StandardCharsets.UTF_8);
        if (colon < 0) {
          return rollback(mark, "'" + token + "' is not index:value");
        }
        long index = parseIndex(b, i, colon);
        if (index == Long.MIN_VALUE) {
          return rollback(mark, "'" + token + "': index is not a whole number");
        }
        if (index <= 0) {
          return rollback(mark, "'" + token + "': index must be >= 1 (LIBSVM is 1-based)");
        }
        if (index > Integer.MAX_VALUE) {
          return rollback(mark, "'" + token + "': index too large");
        }
        if (index <= previous) {
          return rollback(mark, "'" + token + "': index " + index + " is not above the "
              + "previous index " + previous + " (indices must increase)");
        }
        double v = NumberParser.parse(b, colon + 1, tokenEnd);
        if (!Double.isFinite(v)) {
          return rollback(mark, "'" + token + "': value " + describeBadNumber(b, colon + 1,
              tokenEnd, v));
        }
        columns.add((int) (index - 1));
        values.add(v);
        previous = index;
        rowMax = (int) (index - 1);
        i = skipSpaces(b, tokenEnd, to);
      }
      maxColumn = Math.max(maxColumn, rowMax);
      labels.add(label);
      rowStart.add(values.size());
      return null;
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
    String text = new String(b, from, to - from, StandardCharsets.UTF_8);
    if (text.isEmpty()) {
      return "empty cell";
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (Double.isInfinite(parsed) || lower.contains("nan") || lower.contains("inf")) {
      return "'" + text + "' is not a finite number (NaN and Infinity are not allowed)";
    }
    return "'" + text + "' is not a number";
  }

  static boolean allCellsNumeric(byte[] b, int from, int to, byte delim) {
    int cellStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || b[i] == delim) {
        int s = trimStart(b, cellStart, i);
        int e = trimEnd(b, s, i);
        if (e - s >= 2 && b[s] == '"' && b[e - 1] == '"') {
          s++;
          e--;
        }
        if (!Double.isFinite(NumberParser.parse(b, s, e))) {
          return false;
        }
        cellStart = i + 1;
      }
    }
    return true;
  }

  private static long parseIndex(byte[] b, int from, int to) {
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

  private static int nextSpace(byte[] b, int from, int to) {
    while (from < to && !isBlank(b[from])) {
      from++;
    }
    return from;
  }

  private static int skipSpaces(byte[] b, int from, int to) {
    while (from < to && isBlank(b[from])) {
      from++;
    }
    return from;
  }

  /** 1 + the number of newlines before {@code offset}: the line number of that offset. */
  static long countNewlines(FileSystem fs, Path path, long offset) throws IOException {
    long count = 0;
    byte[] buf = new byte[1 << 16];
    try (FSDataInputStream in = fs.open(path)) {
      long left = offset;
      while (left > 0) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, left));
        if (n < 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            count++;
          }
        }
        left -= n;
      }
    }
    return count;
  }

  /** A growable primitive array, handed over without a copy when it fits exactly. */
  static final class GrowableDoubles {
    private double[] a = new double[1024];
    private int n;

    void add(double v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    void truncate(int size) {
      n = size;
    }

    void clear() {
      n = 0;
    }

    double[] take() {
      double[] out = Arrays.copyOf(a, n);
      n = 0;
      return out;
    }
  }

  static final class GrowableInts {
    private int[] a = new int[1024];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    void truncate(int size) {
      n = size;
    }

    int[] take() {
      int[] out = Arrays.copyOf(a, n);
      n = 0;
      return out;
    }
  }

  static final class GrowableLongs {
    private long[] a = new long[256];
    private int n;

    void add(long v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    long[] take() {
      long[] out = Arrays.copyOf(a, n);
      n = 0;
      return out;
    }
  }
}
