package org.giraphml.io;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CodecPool;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.Decompressor;

/**
 * Opens input files as text: through the Hadoop codec their name selects (as
 * {@code CompressionCodecFactory} does for MapReduce), with the codec's decompressor borrowed
 * from {@link CodecPool}; and recognises binary data by its first bytes, so that a compressed
 * or columnar file is refused with its name instead of being parsed as garbage.
 */
final class InputStreams {
  /**
   * The most bytes a compressed stream of no text takes in any Hadoop codec (gzip with a file
   * name in its header is the largest, some 30 bytes): an empty part file that Hive or Spark
   * wrote compressed is passed over, a larger file that yields nothing is not that codec's.
   */
  static final int EMPTY_STREAM_MAX_BYTES = 64;

  private InputStreams() {
  }

  /**
   * The file system to read {@code path} through: for a local path the raw local file system,
   * which has no {@code .crc} side files (Hadoop's checksummed one builds their names by
   * parsing a URI, and fails on a ':' in the file name) and no checksums to check on data
   * giraph-ml did not write.
   */
  static FileSystem fileSystem(Configuration conf, Path path) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    return fs instanceof LocalFileSystem ? ((LocalFileSystem) fs).getRaw() : fs;
  }

  /** The file's text from its first byte: decompressed when the file has a codec. */
  static InputStream open(Configuration conf, InputPlan.InputFile file) throws IOException {
    Path path = file.path();
    InputStream raw = fileSystem(conf, path).open(path);
    CompressionCodec codec = file.codec();
    if (codec == null) {
      return raw;
    }
    Decompressor decompressor = CodecPool.getDecompressor(codec);
    try {
      return new FilterInputStream(codec.createInputStream(raw, decompressor)) {
        @Override
        public int read() throws IOException {
          try {
            return super.read();
          } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
          }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          try {
            return super.read(b, off, len);
          } catch (IOException | RuntimeException e) {
            // Java's decompressors throw runtime exceptions on some corrupt data.
            throw damaged(file, e);
          }
        }

        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            CodecPool.returnDecompressor(decompressor);
          }
        }
      };
    } catch (IOException e) {
      CodecPool.returnDecompressor(decompressor);
      raw.close();
      throw damaged(file, e);
    } catch (RuntimeException e) {
      CodecPool.returnDecompressor(decompressor);
      raw.close();
      throw e;
    }
  }

  /** A codec's complaint about the data (bad header, cut short) as a one-line input error. */
  private static InputException damaged(InputPlan.InputFile file, Exception e) {
    return new InputException(file.path().toString(), 0, "cannot be read as "
        + file.codec().getDefaultExtension() + " data (damaged or cut short?): "
        + Excerpt.of(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName(),
            80));
  }

  /**
   * Why {@code codec} cannot be used on this machine (a codec that needs the native Hadoop
   * library or a jar that is not here), or null if it can.
   */
  static String unusable(CompressionCodec codec) {
    Decompressor decompressor = null;
    try {
      decompressor = CodecPool.getDecompressor(codec);
      codec.createInputStream(new ByteArrayInputStream(new byte[0]), decompressor).close();
      return null;
    } catch (IOException | RuntimeException | LinkageError e) {
      // A NoClassDefFoundError's message is only the class's internal name.
      String why = e instanceof NoClassDefFoundError
          ? "its library class " + String.valueOf(e.getMessage()).replace('/', '.')
              + " is not on the classpath"
          : String.valueOf(e.getMessage());
      return "Hadoop's " + codec.getClass().getSimpleName() + " cannot run here ("
          + Excerpt.of(why, 80) + "); decompress the file first";
    } finally {
      if (decompressor != null) {
        CodecPool.returnDecompressor(decompressor);
      }
    }
  }

  /**
   * What binary data starting with {@code head[0, n)} is (gzip, Parquet, UTF-16 text...), or
   * null if it may be text. Checked on every file's first bytes after decompression.
   */
  static String binaryKind(byte[] head, int n) {
    if (startsWith(head, n, 0x1f, 0x8b)) {
      return "gzip-compressed data (name it *.gz to have it decompressed)";
    }
    if (startsWith(head, n, 'B', 'Z', 'h') && n >= 4 && head[3] >= '1' && head[3] <= '9') {
      return "bzip2-compressed data (name it *.bz2 to have it decompressed)";
    }
    if (startsWith(head, n, 0xfd, '7', 'z', 'X', 'Z', 0)) {
      return "xz-compressed data, which Hadoop has no codec for; decompress it first";
    }
    if (startsWith(head, n, 0x28, 0xb5, 0x2f, 0xfd)) {
      return "zstd-compressed data (name it *.zst to have it decompressed)";
    }
    if (startsWith(head, n, 'P', 'K', 3, 4)) {
      return "a zip archive; unpack it first";
    }
    if (startsWith(head, n, 'P', 'A', 'R', '1')) {
      return "a Parquet file: read it with --format parquet";
    }
    if (startsWith(head, n, 'O', 'R', 'C')) {
      return "an ORC file: read it with --format orc";
    }
    if (startsWith(head, n, 'S', 'E', 'Q') && n >= 4 && head[3] >= 4 && head[3] <= 6) {
      return "a Hadoop SequenceFile; giraph-ml reads text (CSV, LIBSVM)";
    }
    if (startsWith(head, n, 'O', 'b', 'j', 1)) {
      return "an Avro file; giraph-ml reads text (CSV, LIBSVM)";
    }
    if (startsWith(head, n, 0xff, 0xfe) || startsWith(head, n, 0xfe, 0xff)) {
      return "UTF-16 text; save it as UTF-8";
    }
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        return "binary data (a NUL byte at offset " + i + ")";
      }
    }
    return null;
  }

  /**
   * Why a compressed file of some bytes that decompressed to nothing is not simply empty, or
   * null if it may be: Hadoop's block codecs (snappy, lz4) read plain text or another tool's
   * format as no data at all, where the user would see "no data rows".
   */
  private static String noTextFrom(Configuration conf, InputPlan.InputFile file)
      throws IOException {
    byte[] raw = new byte[(int) Math.min(file.length(), 256)];
    int n = 0;
    try (InputStream in = fileSystem(conf, file.path()).open(file.path())) {
      int r;
      while (n < raw.length && (r = in.read(raw, n, raw.length - n)) > 0) {
        n += r;
      }
    }
    String ext = file.codec().getDefaultExtension();
    boolean text = n > 0;
    for (int i = 0; i < n && text; i++) {
      int c = raw[i] & 0xff;
      text = c >= 0x20 || c == '\n' || c == '\r' || c == '\t';
    }
    if (text) {
      return "named *" + ext + " but holds plain text, which Hadoop's "
          + file.codec().getClass().getSimpleName() + " reads as no data: drop the " + ext
          + " from its name";
    }
    if (file.length() > EMPTY_STREAM_MAX_BYTES) {
      return "decompresses to no text although it holds " + file.length() + " bytes: not "
          + ext + " data in the format Hadoop's " + file.codec().getClass().getSimpleName()
          + " reads (Hadoop's block format, not the command-line tool's)?";
    }
    return null;
  }

  private static boolean startsWith(byte[] head, int n, int... magic) {
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Opens the file's text like {@link #open}, after checking that its first bytes are not
   * binary data.
   *
   * @throws InputException naming the file and what it holds instead of text
   */
  static InputStream openText(Configuration conf, InputPlan.InputFile file) throws IOException {
    InputStream in = open(conf, file);
    byte[] head = new byte[64];
    int n = 0;
    try {
      int r;
      while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
        n += r;
      }
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    if (n == 0 && file.codec() != null && file.length() > 0) {
      in.close();
      String problem = noTextFrom(conf, file);
      if (problem != null) {
        throw new InputException(file.path().toString(), 0, problem);
      }
      return new ByteArrayInputStream(head, 0, 0);
    }
    String kind = binaryKind(head, n);
    if (kind != null) {
      in.close();
      throw new InputException(file.path().toString(), 0, "not text but " + kind);
    }
    return new SequenceInputStream(new ByteArrayInputStream(head, 0, n), in);
  }
}
