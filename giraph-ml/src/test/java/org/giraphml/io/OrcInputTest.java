package org.giraphml.io;

import static org.giraphml.io.ColumnarLoads.load;
import static org.giraphml.io.ColumnarLoads.rows;
import static org.giraphml.io.ColumnarLoads.uri;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.orc.storage.common.type.HiveDecimal;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.DecimalColumnVector;
import org.apache.orc.storage.ql.exec.vector.DoubleColumnVector;
import org.apache.orc.storage.ql.exec.vector.ListColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.giraphml.testing.OrcTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ORC input: columns by name and type, stripe splits, and the bad-input messages. */
class OrcInputTest {
  static final String MIXED = "struct<a:double,b:int,c:decimal(5,2),d:float,v:array<double>,"
      + "s:string,y:bigint>";

  @TempDir
  Path tmp;

  private static Configuration conf(Path input, String... keyValues) {
    return ColumnarLoads.conf("orc", input, keyValues);
  }

  /** Rows 0..n-1 of MIXED; row {@code nullC} has a null c and row {@code shortV} a 1-long v. */
  private Path mixed(String name, int n, int nullC, int shortV) throws IOException {
    return OrcTables.write(tmp.resolve(name), MIXED, (batch, writer) -> {
      ListColumnVector v = (ListColumnVector) batch.cols[4];
      DoubleColumnVector elements = (DoubleColumnVector) v.child;
      v.child.ensureSize(2 * n, false);
      for (int i = 0; i < n; i++) {
        int r = batch.size++;
        ((DoubleColumnVector) batch.cols[0]).vector[r] = i + 0.5;
        ((LongColumnVector) batch.cols[1]).vector[r] = -i;
        DecimalColumnVector c = (DecimalColumnVector) batch.cols[2];
        if (i == nullC) {
          c.noNulls = false;
          c.isNull[r] = true;
        } else {
          c.set(r, HiveDecimal.create(new BigDecimal(i + ".25")));
        }
        ((DoubleColumnVector) batch.cols[3]).vector[r] = 0.25f * i;
        int length = i == shortV ? 1 : 2;
        v.offsets[r] = v.childCount;
        v.lengths[r] = length;
        for (int j = 0; j < length; j++) {
          elements.vector[v.childCount++] = 10.0 * i + j;
        }
        ((BytesColumnVector) batch.cols[5]).setVal(r, ("row" + i).getBytes());
        ((LongColumnVector) batch.cols[6]).vector[r] = i % 2;
      }
      writer.addRowBatch(batch);
    });
  }

  @Test
  void readsEveryNumericKindAndArraysByNameSkippingTextColumns() throws IOException {
    Path file = mixed("m.orc", 3, -1, -1);
    List<Double> labels = new ArrayList<>();
    List<double[]> rows = rows(load(conf(file, "giraphml.input.label-column", "y")), labels);
    assertEquals(3, rows.size());
    // a, b, c (decimal 5,2), d (float), v[0], v[1]; s is text, y the label.
    assertArrayEquals(new double[] {2.5, -2, 2.25, 0.5, 20, 21}, rows.get(2));
    assertEquals(List.of(0.0, 1.0, 0.0), labels);
    List<double[]> chosen = rows(load(conf(file, "giraphml.input.features", "v,a")), null);
    assertArrayEquals(new double[] {10, 11, 1.5}, chosen.get(1));
  }

  @Test
  void nullsAndShortArraysAreBadRowsNamingStripeAndRow() throws IOException {
    Path file = mixed("m.orc", 5, 1, 3);
    InputException e = assertThrows(InputException.class, () -> load(conf(file)));
    assertEquals(uri(file) + ": stripe 0, row 1: column 'c' is null", e.getMessage());
    BlockLoader.Loaded loaded = load(conf(file, "giraphml.input.skip-invalid", "true"));
    assertEquals(3, loaded.stats().rows());
    assertEquals(List.of(uri(file) + ": stripe 0, row 1: column 'c' is null", uri(file)
        + ": stripe 0, row 3: column 'v' holds 1 values, but 2 in the first row (an array "
        + "column must have one length)"), loaded.stats().problems());
  }

  @Test
  void columnOfAnotherTypeIsNamedWithItsType() throws IOException {
    Path file = mixed("m.orc", 2, -1, -1);
    InputException e = assertThrows(InputException.class,
        () -> load(conf(file, "giraphml.input.label-column", "s")));
    assertEquals(uri(file) + ": --label-column: column 's' is string, not a number (int, long, "
        + "float, double, decimal, or a list of them)", e.getMessage());
  }

  @Test
  void schemaMismatchAcrossFilesNamesBothFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("table"));
    mixed("table/part-0.orc", 2, -1, -1);
    OrcTables.write(dir.resolve("part-1.orc"), "struct<a:double,b:bigint>", (batch, writer) -> {
      batch.size = 1;
      writer.addRowBatch(batch);
    });
    InputException e = assertThrows(InputException.class, () -> load(conf(dir)));
    assertTrue(e.getMessage().contains("part-1.orc: its schema differs from that of ")
        && e.getMessage().contains("part-0.orc: column 'b' is bigint here but int there"),
        e.getMessage());
  }

  @Test
  void aFileThatIsNotOrcIsNamed() throws IOException {
    Path file = Files.writeString(tmp.resolve("x.orc"), "1,2,3\n");
    InputException e = assertThrows(InputException.class, () -> load(conf(file)));
    assertTrue(e.getMessage().startsWith(uri(file) + ": not an ORC file ("), e.getMessage());
  }

  @Test
  void everyStripeIsASplitAndKeysKeepFileOrder() throws IOException {
    int n = 2500;
    double[][] x = new double[n][];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {i};
      y[i] = -i;
    }
    Path file = OrcTables.writeDoubles(tmp.resolve("s.orc"), new String[] {"x"}, x, "y", y, 700);
    assertEquals(4, OrcTables.stripes(file));
    Configuration conf = conf(file, "giraphml.input.label-column", "y");
    InputPlan plan = InputPlan.create(conf, file.toString(), 4096);
    assertEquals(4, plan.splits().size());
    List<Double> labels = new ArrayList<>();
    List<double[]> rows = rows(BlockLoader.load(conf, plan, SchemaSniffer.sniff(conf, plan), 3),
        labels);
    assertEquals(n, rows.size());
    for (int i = 0; i < n; i++) {
      assertEquals(i, rows.get(i)[0]);
      assertEquals(-i, labels.get(i));
    }
    assertEquals(uri(file) + ": stripe 3, row 399",
        InputFormatKind.ORC.rowFormat().describeRow(conf, plan.files().get(0), n - 1));
  }
}
