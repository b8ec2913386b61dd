package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import org.apache.hadoop.io.compress.CompressionInputStream;
import org.apache.hadoop.io.compress.Decompressor;
import org.apache.hadoop.io.compress.DefaultCodec;
import org.junit.jupiter.api.Test;

class CodecProblemsTest {
  /** A codec whose library jar is missing, as Lz4Codec is without lz4-java. */
  static final class MissingJarCodec extends DefaultCodec {
    @Override
    public CompressionInputStream createInputStream(InputStream in, Decompressor d) {
      throw new NoClassDefFoundError("net/jpountz/lz4/LZ4Factory");
    }
  }

  @Test
  void aMissingLibraryClassIsNamedAsAClassNotAsAPath() {
    MissingJarCodec codec = new MissingJarCodec();
    codec.setConf(new org.apache.hadoop.conf.Configuration());
    assertEquals("Hadoop's MissingJarCodec cannot run here (its library class"
        + " net.jpountz.lz4.LZ4Factory is not on the classpath); decompress the file first",
        InputStreams.unusable(codec));
  }
}
