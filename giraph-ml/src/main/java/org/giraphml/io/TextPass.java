package org.giraphml.io;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.graph.DataBlock;

/**
 * The row loop of a text split, shared by the line formats: line numbering, skipping blank and
 * header lines, the bad-row policy and block cutting. A subclass parses one line into the
 * pending block.
 */
abstract class TextPass {
  final Configuration conf;
  final Schema schema;
  final InputPlan.Split split;
  final LineScanner lines;
  final SplitReader.BlockSink sink;
  final SplitReader.Result result = new SplitReader.Result();
  final Growables.Doubles values = new Growables.Doubles();
  final Growables.Doubles labels = new Growables.Doubles();
  final Growables.Longs keys = new Growables.Longs();
  private final boolean skipInvalid;
  private final int blockBytes;
  private final long headerOffset;
  private int blockInSplit;
  private long lineIndex; // lines read so far in this split, including blank and header lines
  private long firstLineOffset = -1;
  private long firstLineNumber = -1; // 1-based file line number of this split's first line

  TextPass(SplitReader settings, InputPlan.Split split, LineScanner lines,
      SplitReader.BlockSink sink) {
    this.conf = settings.conf();
    this.schema = settings.schema();
    this.skipInvalid = settings.skipInvalid();
    this.blockBytes = settings.blockBytes();
    this.split = split;
    this.lines = lines;
    this.sink = sink;
    this.headerOffset = schema.headerOffset(split.file().index());
  }

  SplitReader.Result run() throws IOException {
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
        result.skip(InputPlan.rowKey(fileIndex, lines.lineOffset()), where + ": " + problem);
        continue;
      }
      if (lines.lineOffset() >= 1L << InputPlan.OFFSET_BITS) {
        throw new InputException(split.file().path().toString(), lineNumber(),
            "decompressed text longer than " + (1L << InputPlan.OFFSET_BITS)
                + " bytes; split the file into parts");
      }
      keys.add(InputPlan.rowKey(fileIndex, lines.lineOffset()));
      result.countRow();
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
      firstLineNumber = TextRowFormat.lineNumber(conf, split.file(), firstLineOffset);
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
