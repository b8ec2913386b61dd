package org.giraphml.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.orc.TypeDescription;
import org.apache.orc.Writer;
import org.apache.orc.storage.ql.exec.vector.DoubleColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

/**
 * ORC files for tests, written with ORC's own {@link Writer}, so that {@code --format orc} is
 * tested on files made by an independent writer.
 */
public final class OrcTables {
  private OrcTables() {
  }

  /** Fills a file's rows. */
  @FunctionalInterface
  public interface Rows {
    /**
     * Adds rows to {@code batch} (a batch of the file's schema), handing it to
     * {@code writer.addRowBatch} when full and at the end; {@code writer.writeIntermediateFooter}
     * closes a stripe.
     */
    void write(VectorizedRowBatch batch, Writer writer) throws IOException;
  }

  /** Writes a file of schema {@code struct} (ORC's type syntax, e.g. {@code struct<x:double>}). */
  public static Path write(Path file, String struct, Rows rows) throws IOException {
    TypeDescription schema = TypeDescription.fromString(struct);
    try (Writer writer = OrcFile.createWriter(new org.apache.hadoop.fs.Path(file.toUri()),
        OrcFile.writerOptions(new Configuration()).setSchema(schema))) {
      rows.write(schema.createRowBatch(), writer);
    }
    return file;
  }

  /** The number of stripes of an ORC file (each is one split of the input). */
  public static int stripes(Path file) throws IOException {
    try (Reader reader = OrcFile.createReader(new org.apache.hadoop.fs.Path(file.toUri()),
        OrcFile.readerOptions(new Configuration()))) {
      return reader.getStripes().size();
    }
  }

  /**
   * Writes dense rows as double columns named {@code names}, and, unless {@code labelName} is
   * null, labels as an int column after them, closing a stripe every {@code stripeRows} rows:
   * the table a CSV of the same numbers describes.
   */
  public static Path writeDoubles(Path file, String[] names, double[][] x, String labelName,
      int[] labels, int stripeRows) throws IOException {
    StringBuilder type = new StringBuilder("struct<");
    for (int t = 0; t < names.length; t++) {
      type.append(t == 0 ? "" : ",").append(names[t]).append(":double");
    }
    if (labelName != null) {
      type.append(',').append(labelName).append(":int");
    }
    type.append('>');
    return write(file, type.toString(), (batch, writer) -> {
      for (int i = 0; i < x.length; i++) {
        int r = batch.size++;
        for (int t = 0; t < names.length; t++) {
          ((DoubleColumnVector) batch.cols[t]).vector[r] = x[i][t];
        }
        if (labelName != null) {
          ((LongColumnVector) batch.cols[names.length]).vector[r] = labels[i];
        }
        boolean stripeEnds = (i + 1) % stripeRows == 0;
        if (batch.size == batch.getMaxSize() || stripeEnds || i == x.length - 1) {
          writer.addRowBatch(batch);
          batch.reset();
        }
        if (stripeEnds && i < x.length - 1) {
          writer.writeIntermediateFooter();
        }
      }
    });
  }
}
