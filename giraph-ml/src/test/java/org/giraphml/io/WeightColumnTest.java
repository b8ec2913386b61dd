package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.graph.DataBlock;
import org.giraphml.testing.OrcTables;
import org.giraphml.testing.ParquetTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --weight-column} in every reader: the weight is kept apart from the features and the
 * label, every bad weight is one line naming the file, the row, the column and the value, and
 * the options that cannot work are refused before any row is read.
 */
class WeightColumnTest {
  @TempDir
  Path tmp;

  private Path csv(String content) throws IOException {
    Path file = tmp.resolve("w.csv");
    Files.writeString(file, content);
    return file;
  }

  private static BlockLoader.Loaded load(String format, Path file, String... keyValues)
      throws IOException {
    return ColumnarLoads.load(ColumnarLoads.conf(format, file, keyValues));
  }

  private InputException csvFails(String content) throws IOException {
    Path file = csv(content);
    return assertThrows(InputException.class, () -> load("csv", file,
        "giraphml.input.label-column", "0", "giraphml.input.weight-column", "2"));
  }

  private static double[] weights(BlockLoader.Loaded loaded) {
    List<Double> all = new ArrayList<>();
    for (BlockLoader.LoadedBlock b : loaded.blocks()) {
      DataBlock block = b.block();
      assertTrue(block.hasWeights());
      for (int r = 0; r < block.rows(); r++) {
        all.add(block.weight(r));
      }
    }
    return all.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void csvWeightColumnIsNeitherFeatureNorLabelAndIsSummed() throws IOException {
    Path file = csv("y,x1,w,x2\n1,10,0.5,20\n0,11,0,21\n1,12,3,22\n");
    BlockLoader.Loaded loaded = load("csv", file, "giraphml.input.label-column", "0",
        "giraphml.input.weight-column", "2");
    List<Double> labels = new ArrayList<>();
    List<double[]> rows = ColumnarLoads.rows(loaded, labels);
    assertArrayEquals(new double[] {10, 20}, rows.get(0));
    assertArrayEquals(new double[] {12, 22}, rows.get(2));
    assertEquals(List.of(1.0, 0.0, 1.0), labels);
    assertArrayEquals(new double[] {0.5, 0, 3}, weights(loaded));
    assertEquals(3.5, loaded.stats().weight());
  }

  @Test
  void withoutWeightColumnBlocksAreUnweighted() throws IOException {
    BlockLoader.Loaded loaded = load("csv", csv("1,2\n3,4\n"));
    assertFalse(loaded.blocks().get(0).block().hasWeights());
    assertEquals(0.0, loaded.stats().weight());
  }

  @Test
  void everyBadCsvWeightIsOneLineNamingFileLineColumnAndValue() throws IOException {
    assertTrue(csvFails("1,2,1\n1,2,-0.5\n").getMessage().endsWith(
        "w.csv:2: column 2 (0-based; the weight): '-0.5' is negative; a weight must be >= 0"));
    assertTrue(csvFails("1,2,1\n1,2,NaN\n").getMessage().endsWith(
        "w.csv:2: column 2 (0-based; the weight): 'NaN' is not a finite number (NaN and Infinity are "
            + "not allowed)"));
    assertTrue(csvFails("1,2,1\n1,2,inf\n").getMessage().endsWith(
        "w.csv:2: column 2 (0-based; the weight): 'inf' is not a finite number (NaN and Infinity are "
            + "not allowed)"));
    assertTrue(csvFails("1,2,1\n1,2,\n").getMessage().endsWith(
        "w.csv:2: column 2 (0-based; the weight): empty cell"));
    assertTrue(csvFails("1,2,1\n1,2,heavy\n").getMessage().endsWith(
        "w.csv:2: column 2 (0-based; the weight): 'heavy' is not a number"));
    InputException missing = csvFails("1,2,1\n3,4,1\n1,2\n");
    assertTrue(missing.getMessage().endsWith("w.csv:3: expected 3 columns, found 2 (no weight: "
        + "the weight is column 2, 0-based)"), missing.getMessage());
    assertEquals(3, missing.line());
    for (String m : List.of(csvFails("1,2,-1\n").getMessage(), missing.getMessage())) {
      assertFalse(m.contains("\n"), m);
    }
  }

  @Test
  void weightOptionsThatCannotWorkAreRefusedBeforeReading() throws IOException {
    Path file = csv("1,2,3\n");
    InvalidOptionException same = assertThrows(InvalidOptionException.class, () -> load("csv",
        file, "giraphml.input.label-column", "1", "giraphml.input.weight-column", "1"));
    assertTrue(same.getMessage().contains("is also the --label-column"), same.getMessage());
    InvalidOptionException named = assertThrows(InvalidOptionException.class, () -> load("csv",
        file, "giraphml.input.weight-column", "w"));
    assertTrue(named.getMessage().contains("must be a column number"), named.getMessage());
    InputException range = assertThrows(InputException.class, () -> load("csv", file,
        "giraphml.input.weight-column", "3"));
    assertTrue(range.getMessage().contains("--weight-column 3 is out of range: the file has 3 "
        + "columns"), range.getMessage());
    Path svm = tmp.resolve("w.svm");
    Files.writeString(svm, "1 1:2\n");
    InvalidOptionException libsvm = assertThrows(InvalidOptionException.class, () -> load(
        "libsvm", svm, "giraphml.input.weight-column", "1"));
    assertTrue(libsvm.getMessage().contains("no weight column"), libsvm.getMessage());
  }

  private Path parquet(Double... weights) throws IOException {
    Files.deleteIfExists(tmp.resolve("w.parquet"));
    Files.deleteIfExists(tmp.resolve(".w.parquet.crc"));
    return ParquetTables.write(tmp.resolve("w.parquet"),
        "message m { required double x; optional double w; required double y; }", 1 << 20,
        (factory, writer) -> {
          for (int i = 0; i < weights.length; i++) {
            var g = factory.newGroup().append("x", i + 0.5);
            if (weights[i] != null) {
              g.append("w", weights[i]);
            }
            writer.write(g.append("y", (double) (i % 2)));
          }
        });
  }

  @Test
  void parquetWeightByNameIsLeftOutOfTheDefaultFeatures() throws IOException {
    Path file = parquet(2.0, 0.0, 1.5);
    BlockLoader.Loaded loaded = load("parquet", file, "giraphml.input.label-column", "y",
        "giraphml.input.weight-column", "w");
    List<Double> labels = new ArrayList<>();
    List<double[]> rows = ColumnarLoads.rows(loaded, labels);
    assertArrayEquals(new double[] {2.5}, rows.get(2));
    assertEquals(List.of(0.0, 1.0, 0.0), labels);
    assertArrayEquals(new double[] {2, 0, 1.5}, weights(loaded));
  }

  @Test
  void everyBadParquetWeightNamesFileRowColumnAndValue() throws IOException {
    String uri = ColumnarLoads.uri(tmp.resolve("w.parquet"));
    String[] options = {"giraphml.input.weight-column", "w"};
    Path negative = parquet(1.0, -2.0);
    assertEquals(uri + ": row group 0, row 1: column 'w': -2.0 is negative (the weight); a "
        + "weight must be >= 0", assertThrows(InputException.class,
            () -> load("parquet", negative, options)).getMessage());
    Path missing = parquet(1.0, 1.0, null);
    assertEquals(uri + ": row group 0, row 2: column 'w' is null (the weight)",
        assertThrows(InputException.class, () -> load("parquet", missing, options))
            .getMessage());
    Path nan = parquet(Double.NaN);
    assertEquals(uri + ": row group 0, row 0: column 'w': NaN is not a finite number (NaN and "
        + "Infinity are not allowed) (the weight)", assertThrows(InputException.class,
            () -> load("parquet", nan, options)).getMessage());
    InvalidOptionException number = assertThrows(InvalidOptionException.class,
        () -> load("parquet", nan, "giraphml.input.weight-column", "1"));
    assertTrue(number.getMessage().contains("give the weight column's name"),
        number.getMessage());
    InvalidOptionException asFeature = assertThrows(InvalidOptionException.class,
        () -> load("parquet", nan, "giraphml.input.weight-column", "w",
            "giraphml.input.features", "x,w"));
    assertTrue(asFeature.getMessage().contains("or the weight"), asFeature.getMessage());
  }

  @Test
  void orcWeightByNameAndItsBadValues() throws IOException {
    Path good = OrcTables.writeDoubles(tmp.resolve("g.orc"), new String[] {"x", "w"},
        new double[][] {{1, 0.25}, {2, 4}}, "y", new int[] {0, 1}, 100);
    BlockLoader.Loaded loaded = load("orc", good, "giraphml.input.label-column", "y",
        "giraphml.input.weight-column", "w");
    assertArrayEquals(new double[] {2}, ColumnarLoads.rows(loaded, null).get(1));
    assertArrayEquals(new double[] {0.25, 4}, weights(loaded));
    assertEquals(4.25, loaded.stats().weight());
    Path bad = OrcTables.writeDoubles(tmp.resolve("b.orc"), new String[] {"x", "w"},
        new double[][] {{1, 1}, {2, Double.POSITIVE_INFINITY}, {3, -1}}, null, null, 100);
    assertEquals(ColumnarLoads.uri(bad) + ": stripe 0, row 1: column 'w': Infinity is not a "
        + "finite number (NaN and Infinity are not allowed) (the weight)",
        assertThrows(InputException.class, () -> load("orc", bad,
            "giraphml.input.weight-column", "w")).getMessage());
    Path negative = OrcTables.writeDoubles(tmp.resolve("n.orc"), new String[] {"x", "w"},
        new double[][] {{1, 1}, {3, -1}}, null, null, 100);
    assertEquals(ColumnarLoads.uri(negative) + ": stripe 0, row 1: column 'w': -1.0 is "
        + "negative (the weight); a weight must be >= 0", assertThrows(InputException.class,
            () -> load("orc", negative, "giraphml.input.weight-column", "w")).getMessage());
  }
}
