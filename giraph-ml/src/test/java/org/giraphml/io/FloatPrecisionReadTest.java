package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.graph.DataBlock;
import org.giraphml.testing.ParquetTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --precision float} is applied by the readers, block by block: the blocks hold the same
 * rows (same keys, labels, weights, block boundaries) as a double read, each value rounded to
 * the nearest float32.
 */
class FloatPrecisionReadTest {
  @TempDir
  Path tmp;

  private static void assertSameBlocksRounded(Configuration conf) throws IOException {
    List<BlockLoader.LoadedBlock> doubles = ColumnarLoads.load(conf).blocks();
    conf.set(InputOptions.PRECISION.key(), "float");
    List<BlockLoader.LoadedBlock> floats = ColumnarLoads.load(conf).blocks();
    assertTrue(doubles.size() > 1, "several blocks");
    assertEquals(doubles.size(), floats.size());
    for (int b = 0; b < doubles.size(); b++) {
      DataBlock d = doubles.get(b).block();
      DataBlock f = floats.get(b).block();
      assertFalse(d.isFloat());
      assertTrue(f.isFloat());
      assertArrayEquals(d.rowKeys(), f.rowKeys());
      assertArrayEquals(d.labels(), f.labels());
      assertArrayEquals(d.weights(), f.weights());
      double[] v = d.values();
      for (int p = 0; p < v.length; p++) {
        assertEquals((float) v[p], f.floatValues()[p]);
      }
    }
  }

  @Test
  void csvBlocksAreRoundedOneByOne() throws IOException {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      csv.append(i % 3).append(',').append(0.1 * i).append(',').append(1.0 / (i + 3))
          .append(',').append(i % 5).append('\n');
    }
    Path file = tmp.resolve("x.csv");
    Files.writeString(file, csv);
    assertSameBlocksRounded(ColumnarLoads.conf("csv", file, "giraphml.input.label-column", "0",
        "giraphml.input.weight-column", "3", "giraphml.input.block-bytes", "1024"));
  }

  @Test
  void parquetBlocksAreRoundedOneByOne() throws IOException {
    Path file = ParquetTables.write(tmp.resolve("x.parquet"),
        "message m { required double a; required double b; required int64 y; }", 1 << 20,
        (factory, writer) -> {
          for (int i = 0; i < 400; i++) {
            writer.write(factory.newGroup().append("a", 0.1 * i).append("b", 1.0 / (i + 3))
                .append("y", (long) i % 2));
          }
        });
    assertSameBlocksRounded(ColumnarLoads.conf("parquet", file, "giraphml.input.label-column",
        "y", "giraphml.input.block-bytes", "1024"));
  }

  @Test
  void csvFeatureBeyondFloatRangeIsOneLineNamingFileLineAndColumn() throws IOException {
    // 3.4028235e38 is Float.MAX_VALUE and 3.40282356e38 rounds to it; 1e39 would
    // become Infinity as a float32. The label and the weight stay double: 1e300 is fine there.
    Path file = tmp.resolve("big.csv");
    Files.writeString(file, "1e300,3.4028235e38,1,2\n1e300,3.40282356e38,1,2\n"
        + "0,-1e39,1,2\n");
    Configuration conf = ColumnarLoads.conf("csv", file, "giraphml.input.label-column", "0",
        "giraphml.input.weight-column", "3");
    assertEquals(3, ColumnarLoads.load(conf).blocks().stream()
        .mapToInt(b -> b.block().rows()).sum(), "a double read takes every row");
    conf.set(InputOptions.PRECISION.key(), "float");
    InputException e = assertThrows(InputException.class, () -> ColumnarLoads.load(conf));
    assertTrue(e.file().endsWith("big.csv"), e.file());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("column 1 (0-based): '-1e39' is beyond float32's range"),
        e.getMessage());
    assertTrue(e.getMessage().contains("use --precision double"), e.getMessage());
  }

  @Test
  void parquetFeatureBeyondFloatRangeNamesTheColumn() throws IOException {
    Path file = ParquetTables.write(tmp.resolve("big.parquet"),
        "message m { required double a; required double b; }", 1 << 20,
        (factory, writer) -> {
          writer.write(factory.newGroup().append("a", 1.0).append("b", 2.0));
          writer.write(factory.newGroup().append("a", 1.0).append("b", 5e38));
        });
    Configuration conf = ColumnarLoads.conf("parquet", file);
    conf.set(InputOptions.PRECISION.key(), "float");
    InputException e = assertThrows(InputException.class, () -> ColumnarLoads.load(conf));
    assertTrue(e.getMessage().contains("column 'b': 5.0E38 is beyond float32's range"),
        e.getMessage());
  }
}
