package org.giraphml.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * What the line-based formats share: byte-range splits (a split owns the lines that start in
 * its range), decompression by file name, the line loop of {@link TextPass}, and rows named
 * by {@code file:line}. A subclass says how one line becomes a row.
 */
abstract class TextRowFormat implements RowFormat {
  @Override
  public boolean decompressesByName() {
    return true;
  }

  /** A compressed file is one split: gzip cannot be split, and bzip2 not at byte offsets. */
  @Override
  public List<long[]> splitRanges(Configuration conf, InputPlan.InputFile file,
      long splitBytes) {
    long step = file.codec() == null ? splitBytes : file.length();
    List<long[]> ranges = new ArrayList<>();
    for (long start = 0; start < file.length(); start += step) {
      ranges.add(new long[] {start, Math.min(file.length(), start + step)});
    }
    return ranges;
  }

  @Override
  public Schema sniff(Configuration conf, InputPlan plan) throws IOException {
    return SchemaSniffer.sniffText(conf, plan, this);
  }

  /**
   * The byte a CSV line's cells are split at, or -1 for formats whose first line is not
   * counted in cells.
   */
  abstract int cellDelimiter(Configuration conf);

  /** The pass that parses the lines of one split into rows. */
  abstract TextPass newPass(SplitReader settings, InputPlan.Split split, LineScanner lines,
      SplitReader.BlockSink sink);

  @Override
  public SplitReader.Result read(SplitReader settings, InputPlan.Split split,
      SplitReader.BlockSink sink) throws IOException {
    Configuration conf = settings.conf();
    int maxLineBytes = settings.maxLineBytes();
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
      return newPass(settings, split, lines, sink).run();
    } catch (LineScanner.LineTooLongException e) {
      throw new InputException(file.path().toString(), lineNumber(conf, file, e.offset()),
          "line longer than " + maxLineBytes + " bytes; is this a text file?");
    }
  }

  @Override
  public String describeRow(Configuration conf, InputPlan.InputFile file, long position)
      throws IOException {
    return file.path() + ":" + lineNumber(conf, file, position);
  }

  @Override
  public boolean featureCountKnownBeforeLoad() {
    return false;
  }

  @Override
  public boolean hasHeaderLines() {
    return false;
  }

  /**
   * A column as messages name it: 0-based, as {@code --label-column} counts, and saying so,
   * since a spreadsheet user would otherwise count from 1.
   */
  static String column(int zeroBased) {
    return "column " + zeroBased + " (0-based)";
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
