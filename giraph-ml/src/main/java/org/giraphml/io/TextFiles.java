package org.giraphml.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Opens one side file (initial centroids, a file of options) exactly as inputs are opened:
 * through the raw local file system for local paths, decompressed by the codec its name
 * selects, and refused by name when it is missing, a directory, or binary data rather than
 * text. Algorithms use this instead of {@code FileSystem.open} so that a {@code .gz} file
 * given to an option reads like a {@code .gz} input.
 */
public final class TextFiles {
  private TextFiles() {
  }

  /**
   * The text of the file at {@code location}, from its first byte.
   *
   * @param what what the file is for, e.g. "initial centroids file", used in messages
   * @throws InputException naming the file if it does not exist, is a directory, needs a codec
   *     that cannot run here, or does not hold text
   */
  public static InputStream open(Configuration conf, String location, String what)
      throws IOException {
    Path path = new Path(location);
    FileStatus status;
    try {
      status = InputStreams.fileSystem(conf, path).getFileStatus(path);
    } catch (FileNotFoundException e) {
      throw new InputException(location, 0, what + " does not exist");
    }
    if (status.isDirectory()) {
      throw new InputException(location, 0, what + " is a directory; name the file in it");
    }
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    if (codec != null) {
      String problem = InputStreams.unusable(codec);
      if (problem != null) {
        throw new InputException(location, 0, problem);
      }
    }
    return InputStreams.openText(conf,
        new InputPlan.InputFile(path, status.getLen(), 0, codec));
  }
}
