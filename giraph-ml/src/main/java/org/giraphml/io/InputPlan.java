package org.giraphml.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

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

    InputFile(Path path, long length, int index) {
      this.path = path;
      this.length = length;
      this.index = index;
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
  }

  /** A byte range of one file: it owns the lines that start in {@code [start, end)}. */
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
   * Lists the inputs named by {@code paths} (comma-separated files or directories).
   *
   * @throws InputException if a path does not exist, a named file is empty, or nothing is
   *     left to read
   */
  public static InputPlan create(Configuration conf, String paths, long splitBytes)
      throws IOException {
    List<FileStatus> statuses = new ArrayList<>();
    for (String p : paths.split(",")) {
      String trimmed = p.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      Path path = new Path(trimmed);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        throw new InputException(trimmed, 0, "input path does not exist");
      }
      if (status.isDirectory()) {
        List<FileStatus> children = new ArrayList<>();
        for (FileStatus child : fs.listStatus(path)) {
          String name = child.getPath().getName();
          if (child.isFile() && !name.startsWith("_") && !name.startsWith(".")
              && child.getLen() > 0) {
            children.add(child);
          }
        }
        if (children.isEmpty()) {
          throw new InputException(trimmed, 0, "directory holds no non-empty input files");
        }
        children.sort(Comparator.comparing(s -> s.getPath().getName()));
        statuses.addAll(children);
      } else {
        if (status.getLen() == 0) {
          throw new InputException(trimmed, 0, "file is empty");
        }
        statuses.add(status);
      }
    }
    if (statuses.isEmpty()) {
      throw new InputException(paths, 0, "no input files given");
    }
    if (statuses.size() >= MAX_FILES) {
      throw new InputException(paths, 0, "too many input files (" + statuses.size() + ")");
    }
    List<InputFile> files = new ArrayList<>();
    List<Split> splits = new ArrayList<>();
    for (FileStatus s : statuses) {
      if (s.getLen() >= (1L << OFFSET_BITS)) {
        throw new InputException(s.getPath().toString(), 0,
            "file larger than " + (1L << OFFSET_BITS) + " bytes; split it into parts");
      }
      InputFile file = new InputFile(s.getPath(), s.getLen(), files.size());
      files.add(file);
      for (long start = 0; start < s.getLen(); start += splitBytes) {
        splits.add(new Split(file, start, Math.min(s.getLen(), start + splitBytes),
            splits.size()));
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
  public static Split split(Path path, long length, int fileIndex, long start, long end,
      int ordinal) {
    return new Split(new InputFile(path, length, fileIndex), start, end, ordinal);
  }

  /** The stable key of the row starting at {@code offset} in file {@code fileIndex}. */
  public static long rowKey(int fileIndex, long offset) {
    return ((long) fileIndex << OFFSET_BITS) | offset;
  }

  /**
   * Names the row with key {@code key} as {@code file:line} for error messages, by listing the
   * job's input again and counting lines (slow, for the error path only).
   */
  public static String describeRow(Configuration conf, long key) {
    int fileIndex = (int) (key >>> OFFSET_BITS);
    long offset = key & ((1L << OFFSET_BITS) - 1);
    try {
      InputPlan plan = create(conf, InputOptions.INPUT.get(conf), InputOptions.SPLIT_BYTES.get(conf));
      Path path = plan.files().get(fileIndex).path();
      return path + ":" + (1 + SplitReader.countNewlines(path.getFileSystem(conf), path, offset));
    } catch (IOException | RuntimeException e) {
      return "file #" + fileIndex + " at byte " + offset;
    }
  }

  /** The data vertex index of block {@code blockInSplit} of split {@code splitOrdinal}. */
  public static long blockId(int splitOrdinal, int blockInSplit) {
    return ((long) splitOrdinal << 24) | blockInSplit;
  }
}
