package org.giraphml.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * The input files, in a fixed order, cut into byte-range splits of a fixed size. The plan
 * depends only on the files and {@link InputOptions#SPLIT_BYTES}, never on the number of
 * workers, so every engine and every worker count reads the same rows into the same blocks.
 */
public final class InputPlan {
  /** Bits of a row key that hold the byte offset; the file's index sits above them. */
  public static final int OFFSET_BITS = 40;
  private static final long MAX_FILES = 1L << (63 - OFFSET_BITS);

  /** One input file. */
  public static final class InputFile {
    private final Path path;
    private final long length;
    private final int index;
    private final CompressionCodec codec;

    InputFile(Path path, long length, int index, CompressionCodec codec) {
      this.path = path;
      this.length = length;
      this.index = index;
      this.codec = codec;
    }

    public Path path() {
      return path;
    }

    public long length() {
      return length;
    }

    public int index() {
      return index;
    }

    /** The codec that decompresses the file (chosen by its name), or null for plain text. */
    public CompressionCodec codec() {
      return codec;
    }
  }

  /**
   * A range of one file in its format's units ({@link RowFormat#splitRanges}): for text a byte
   * range that owns the lines starting in {@code [start, end)}, for Parquet row groups, for ORC stripes.
   */
  public static final class Split {
    private final InputFile file;
    private final long start;
    private final long end;
    private final int ordinal;

    Split(InputFile file, long start, long end, int ordinal) {
      this.file = file;
      this.start = start;
      this.end = end;
      this.ordinal = ordinal;
    }

    public InputFile file() {
      return file;
    }

    public long start() {
      return start;
    }

    public long end() {
      return end;
    }

    /** Position of this split in the plan; data vertex ids derive from it. */
    public int ordinal() {
      return ordinal;
    }
  }

  private final List<InputFile> files;
  private final List<Split> splits;

  private InputPlan(List<InputFile> files, List<Split> splits) {
    this.files = files;
    this.splits = splits;
  }

  /**
   * Lists the inputs named by {@code paths} (comma-separated files or directories, read
   * recursively) and cuts them into splits with the format of {@link InputOptions#FORMAT}
   * ({@link RowFormat#splitRanges}). For text, a compressed file (any codec Hadoop's
   * {@link CompressionCodecFactory} finds by its name) is one split: gzip cannot be split,
   * and bzip2 blocks are not cut at byte boundaries, so its rows would have no byte offsets.
   *
   * @throws InputException if a path does not exist, is not a regular file or directory, a
   *     named file is empty, a codec cannot run here, or nothing is left to read
   */
  public static InputPlan create(Configuration conf, String paths, long splitBytes)
      throws IOException {
    List<FileStatus> statuses = new InputLister(conf).list(paths);
    if (statuses.size() >= MAX_FILES) {
      throw new InputException(paths, 0, "too many input files (" + statuses.size() + ")");
    }
    RowFormat format = InputOptions.FORMAT.get(conf).rowFormat();
    CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
    Map<Class<?>, Optional<String>> unusable = new HashMap<>();
    List<InputFile> files = new ArrayList<>();
    List<Split> splits = new ArrayList<>();
    for (FileStatus s : statuses) {
      if (s.getLen() >= (1L << OFFSET_BITS)) {
        throw new InputException(s.getPath().toString(), 0,
            "file larger than " + (1L << OFFSET_BITS) + " bytes; split it into parts");
      }
      CompressionCodec codec = format.decompressesByName() ? codecs.getCodec(s.getPath()) : null;
      if (codec != null) {
        Optional<String> problem = unusable.computeIfAbsent(codec.getClass(),
            c -> Optional.ofNullable(InputStreams.unusable(codec)));
        if (problem.isPresent()) {
          throw new InputException(s.getPath().toString(), 0, problem.get());
        }
      }
      InputFile file = new InputFile(s.getPath(), s.getLen(), files.size(), codec);
      files.add(file);
      for (long[] range : format.splitRanges(conf, file, splitBytes)) {
        splits.add(new Split(file, range[0], range[1], splits.size()));
      }
    }
    return new InputPlan(Collections.unmodifiableList(files), Collections.unmodifiableList(splits));
  }

  public List<InputFile> files() {
    return files;
  }

  public List<Split> splits() {
    return splits;
  }

  /** A split as a Giraph worker rebuilds it from its {@code PlanSplit}. */
  public static Split split(Configuration conf, Path path, long length, int fileIndex,
      long start, long end, int ordinal) {
    CompressionCodec codec = InputOptions.FORMAT.get(conf).rowFormat().decompressesByName()
        ? new CompressionCodecFactory(conf).getCodec(path) : null;
    return new Split(new InputFile(path, length, fileIndex, codec), start, end, ordinal);
  }

  /**
   * The stable key of the row at {@code offset} of file {@code fileIndex}: its byte offset in
   * a text file, its index in a columnar file.
   */
  public static long rowKey(int fileIndex, long offset) {
    return ((long) fileIndex << OFFSET_BITS) | offset;
  }

  /**
   * Names the row with key {@code key} for error messages ({@code file:line} for text), by
   * listing the job's input again and asking its format (slow, for the error path only).
   */
  public static String describeRow(Configuration conf, long key) {
    int fileIndex = (int) (key >>> OFFSET_BITS);
    long offset = key & ((1L << OFFSET_BITS) - 1);
    try {
      InputPlan plan = create(conf, InputOptions.INPUT.get(conf), InputOptions.SPLIT_BYTES.get(conf));
      InputFile file = plan.files().get(fileIndex);
      return InputOptions.FORMAT.get(conf).rowFormat().describeRow(conf, file, offset);
    } catch (IOException | RuntimeException e) {
      return "file #" + fileIndex + " at byte " + offset;
    }
  }

  /** The data vertex index of block {@code blockInSplit} of split {@code splitOrdinal}. */
  public static long blockId(int splitOrdinal, int blockInSplit) {
    return ((long) splitOrdinal << 24) | blockInSplit;
  }
}
