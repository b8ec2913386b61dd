package org.giraphml.io;

import static org.giraphml.io.ColumnarLoads.load;
import static org.giraphml.io.ColumnarLoads.rows;
import static org.giraphml.io.ColumnarLoads.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.testing.ParquetTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet input: columns by name and type, row-group splits, and every bad-input message. */
class ParquetInputTest {
  /** Every numeric kind, an array column, a string column and an int64 label. */
  static final String MIXED = "message m { required double a; required int32 b; "
      + "optional int32 c (DECIMAL(5,2)); required float d; optional binary dec (DECIMAL(9,3));"
      + " optional group v (LIST) { repeated group list { optional double element; } }"
      + " optional binary s (STRING); optional int64 y; }";

  @TempDir
  Path tmp;

  private static Configuration conf(Path input, String... keyValues) {
    return ColumnarLoads.conf("parquet", input, keyValues);
  }

  private static Group mixedRow(Group g, int i, Double c, Integer vLength) {
    g.append("a", i + 0.5).append("b", -i);
    if (c != null) {
      g.append("c", (int) Math.round(c * 100));
    }
    g.append("d", 0.25f * i);
    g.append("dec", org.apache.parquet.io.api.Binary.fromConstantByteArray(
        java.math.BigInteger.valueOf(1000L * i + 7).toByteArray()));
    if (vLength != null) {
      Group list = g.addGroup("v");
      for (int j = 0; j < vLength; j++) {
        list.addGroup("list").append("element", 10.0 * i + j);
      }
    }
    return g.append("s", "row" + i).append("y", (long) i % 2);
  }

  /** Rows 0..n-1 of MIXED; row {@code nullC} has no c and row {@code shortV} a 1-long v. */
  private Path mixed(String name, int n, int nullC, int shortV) throws IOException {
    return ParquetTables.write(tmp.resolve(name), MIXED, 1 << 20, (factory, writer) -> {
      for (int i = 0; i < n; i++) {
        writer.write(mixedRow(factory.newGroup(), i, i == nullC ? null : i + 0.25,
            i == shortV ? 1 : 2));
      }
    });
  }

  @Test
  void readsEveryNumericKindAndArraysByNameSkippingTextColumns() throws IOException {
    Path file = mixed("m.parquet", 3, -1, -1);
    Configuration conf = conf(file, "giraphml.input.label-column", "y");
    List<Double> labels = new ArrayList<>();
    List<double[]> rows = rows(load(conf), labels);
    assertEquals(3, rows.size());
    // a, b, c (decimal 5,2), d (float), dec (decimal 9,3), v[0], v[1]; s is text, y the label.
    assertArrayEquals(new double[] {2.5, -2, 2.25, 0.5, 2.007, 20, 21}, rows.get(2));
    assertEquals(List.of(0.0, 1.0, 0.0), labels);
    Schema schema = Schema.decode(SchemaSniffer.sniff(conf,
        InputPlan.create(conf, file.toString(), 4096)).encode());
    assertEquals(7, schema.featureCount());
    assertEquals("feature columns a, b, c, d, dec, v[2]", schema.describeColumns());
    assertEquals("y", schema.labelName().orElseThrow());
  }

  @Test
  void featuresOptionChoosesAndOrdersColumns() throws IOException {
    Path file = mixed("m.parquet", 2, -1, -1);
    List<double[]> rows = rows(load(conf(file, "giraphml.input.features", "v, a")), null);
    assertArrayEquals(new double[] {10, 11, 1.5}, rows.get(1));
  }

  @Test
  void nullCellIsBadInputNamingFileRowGroupAndRow() throws IOException {
    Path file = mixed("m.parquet", 4, 2, -1);
    InputException e = assertThrows(InputException.class, () -> load(conf(file)));
    assertEquals(uri(file) + ": row group 0, row 2: column 'c' is null", e.getMessage());
  }

  @Test
  void skipInvalidSkipsAndCountsNullsAndShortArrays() throws IOException {
    Path file = mixed("m.parquet", 5, 1, 3);
    BlockLoader.Loaded loaded = load(conf(file, "giraphml.input.skip-invalid", "true"));
    assertEquals(3, loaded.stats().rows());
    assertEquals(2, loaded.stats().skipped());
    assertEquals(List.of(uri(file) + ": row group 0, row 1: column 'c' is null", uri(file)
        + ": row group 0, row 3: column 'v' holds 1 values, but 2 in the first row (an array "
        + "column must have one length)"), loaded.stats().problems());
    assertArrayEquals(new long[] {InputPlan.rowKey(0, 1), InputPlan.rowKey(0, 3)},
        loaded.stats().skippedKeys());
  }

  @Test
  void nullLabelIsBadInput() throws IOException {
    Path file = ParquetTables.write(tmp.resolve("l.parquet"),
        "message m { required double x; optional double y; }", 1 << 20, (factory, writer) -> {
          writer.write(factory.newGroup().append("x", 1.0).append("y", 2.0));
          writer.write(factory.newGroup().append("x", 1.0));
        });
    InputException e = assertThrows(InputException.class,
        () -> load(conf(file, "giraphml.input.label-column", "y")));
    assertEquals(uri(file) + ": row group 0, row 1: column 'y' is null (the label)", e.getMessage());
  }

  @Test
  void nonFiniteValueIsBadInput() throws IOException {
    Path file = ParquetTables.write(tmp.resolve("n.parquet"), "message m { required double x; }",
        1 << 20, (factory, writer) -> writer.write(factory.newGroup().append("x", Double.NaN)));
    InputException e = assertThrows(InputException.class, () -> load(conf(file)));
    assertEquals(uri(file) + ": row group 0, row 0: column 'x': NaN is not a finite number (NaN and "
        + "Infinity are not allowed)", e.getMessage());
  }

  @Test
  void columnOfAnotherTypeIsNamedWithItsType() throws IOException {
    Path file = mixed("m.parquet", 2, -1, -1);
    InputException e = assertThrows(InputException.class,
        () -> load(conf(file, "giraphml.input.features", "a,s")));
    assertEquals(uri(file) + ": --features: column 's' is binary (STRING), not a number (int, long, "
        + "float, double, decimal, or a list of them)", e.getMessage());
    e = assertThrows(InputException.class,
        () -> load(conf(file, "giraphml.input.label-column", "nope")));
    assertTrue(e.getMessage().startsWith(uri(file) + ": --label-column: no column 'nope'; the columns:"
        + " a (double), b (int32), c (int32 (DECIMAL(5,2))),"), e.getMessage());
  }

  @Test
  void schemaMismatchAcrossFilesNamesBothFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("table"));
    mixed("table/part-0.parquet", 2, -1, -1);
    ParquetTables.write(dir.resolve("part-1.parquet"),
        "message m { required double a; required int64 b; }", 1 << 20,
        (factory, writer) -> writer.write(factory.newGroup().append("a", 1.0).append("b", 2L)));
    InputException e = assertThrows(InputException.class, () -> load(conf(dir)));
    assertTrue(e.getMessage().contains("part-1.parquet: its schema differs"), e.getMessage());
    assertTrue(e.getMessage().contains("its schema differs from that of ")
        && e.getMessage().contains("part-0.parquet: column 'b' is required int64 b here but "
        + "required int32 b there"), e.getMessage());
  }

  @Test
  void labelGivenAsNumberAndFeaturesForCsvAreRefusedBeforeReading() throws IOException {
    Path file = mixed("m.parquet", 2, -1, -1);
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> load(conf(file, "giraphml.input.label-column", "7")));
    assertTrue(e.getMessage().contains("Parquet columns are named"), e.getMessage());
    Path csv = Files.writeString(tmp.resolve("a.csv"), "1,2\n3,4\n");
    Configuration c = conf(csv, "giraphml.input.format", "csv", "giraphml.input.features", "a");
    e = assertThrows(InvalidOptionException.class, () -> load(c));
    assertTrue(e.getMessage().contains("names the columns of a columnar input"), e.getMessage());
    Configuration named = conf(csv, "giraphml.input.format", "csv",
        "giraphml.input.label-column", "y");
    e = assertThrows(InvalidOptionException.class, () -> load(named));
    assertTrue(e.getMessage().contains("must be a column number (0-based) or 'none' for csv"),
        e.getMessage());
  }

  @Test
  void aFileThatIsNotParquetIsNamed() throws IOException {
    Path file = Files.writeString(tmp.resolve("x.parquet"), "1,2,3\n");
    InputException e = assertThrows(InputException.class, () -> load(conf(file)));
    assertTrue(e.getMessage().startsWith(uri(file) + ": not a Parquet file ("), e.getMessage());
  }

  @Test
  void everyRowGroupOfEveryFileIsASplitAndKeysKeepFileOrder() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("parts"));
    int n = 3000;
    for (int part = 0; part < 2; part++) {
      int base = part * n;
      ParquetTables.write(dir.resolve("part-" + part + ".parquet"),
          "message m { required double x; required double y; }", 4096, (factory, writer) -> {
            for (int i = 0; i < n; i++) {
              writer.write(factory.newGroup().append("x", (double) (base + i))
                  .append("y", (double) -(base + i)));
            }
          });
    }
    int groups = ParquetTables.rowGroups(dir.resolve("part-0.parquet"));
    assertTrue(groups > 1, "the writer made " + groups + " row group(s)");
    Configuration conf = conf(dir, "giraphml.input.label-column", "y");
    InputPlan plan = InputPlan.create(conf, dir.toString(), 4096);
    assertEquals(2 * groups, plan.splits().size());
    BlockLoader.Loaded loaded = BlockLoader.load(conf, plan, SchemaSniffer.sniff(conf, plan), 3);
    List<Double> labels = new ArrayList<>();
    List<double[]> rows = rows(loaded, labels);
    assertEquals(2 * n, rows.size());
    for (int i = 0; i < 2 * n; i++) {
      assertEquals(i, rows.get(i)[0]);
      assertEquals(-i, labels.get(i));
    }
    long[] lastKeys = loaded.blocks().get(loaded.blocks().size() - 1).block().rowKeys();
    long lastKey = lastKeys[lastKeys.length - 1];
    assertEquals(InputPlan.rowKey(1, n - 1), lastKey);
    InputPlan.InputFile second = plan.files().get(1);
    String named = InputFormatKind.PARQUET.rowFormat().describeRow(conf, second, n - 1);
    assertTrue(named.startsWith(second.path() + ": row group " + (groups - 1) + ", row "),
        named);
  }
}
