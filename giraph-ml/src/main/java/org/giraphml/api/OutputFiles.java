package org.giraphml.api;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/** Creates output files; on local disks without Hadoop's {@code .crc} side files. */
public final class OutputFiles {
  private OutputFiles() {
  }

  public static OutputStream create(Configuration conf, Path path) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    if (fs instanceof LocalFileSystem) {
      fs = ((LocalFileSystem) fs).getRawFileSystem();
    }
    return fs.create(path, true);
  }
}
