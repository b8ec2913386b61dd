package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.graph.DataBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitReaderTest {
  @TempDir
  Path tmp;

  private BlockLoader.Loaded load(Path file, Configuration conf) throws IOException {
    InputOptions.INPUT.set(conf, file.toString());
    InputPlan plan = InputPlan.create(conf, file.toString(), InputOptions.SPLIT_BYTES.get(conf));
    return BlockLoader.load(conf, plan, SchemaSniffer.sniff(conf, plan), 2);
  }

  private InputException loadFails(String content, String... options) throws IOException {
    Path file = tmp.resolve("bad.txt");
    Files.writeString(file, content);
    Configuration conf = conf(options);
    return assertThrows(InputException.class, () -> load(file, conf));
  }

  private static Configuration conf(String... keyValues) {
    Configuration conf = new Configuration();
    for (int i = 0; i < keyValues.length; i += 2) {
      conf.set(keyValues[i], keyValues[i + 1]);
    }
    return conf;
  }

  private static List<double[]> rows(BlockLoader.Loaded loaded) {
    List<double[]> rows = new ArrayList<>();
    for (BlockLoader.LoadedBlock b : loaded.blocks()) {
      for (int r = 0; r < b.block().rows(); r++) {
        rows.add(b.block().row(r));
      }
    }
    return rows;
  }

  @Test
  void readsCsvWithHeaderLabelQuotesCrlfAndBlankLines() throws IOException {
    Path file = tmp.resolve("a.csv");
    Files.writeString(file, "x,y,label\r\n1, 2 ,0\r\n\r\n\"3\",4.5,1\n-1e2,0,1");
    BlockLoader.Loaded loaded = load(file, conf("giraphml.input.label-column", "2"));
    List<double[]> rows = rows(loaded);
    assertEquals(3, rows.size());
    assertArrayEquals(new double[] {1, 2}, rows.get(0), 0);
    assertArrayEquals(new double[] {3, 4.5}, rows.get(1), 0);
    assertArrayEquals(new double[] {-100, 0}, rows.get(2), 0);
    assertArrayEquals(new double[] {0, 1, 1}, loaded.blocks().get(0).block().labels(), 0);
  }

  @Test
  void splitSizeDoesNotChangeTheRowsOrTheirKeys() throws IOException {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      csv.append(i).append(',').append(i * 0.5).append('\n');
    }
    Path file = tmp.resolve("many.csv");
    Files.writeString(file, csv);
    BlockLoader.Loaded whole = load(file, conf());
    for (String split : new String[] {"4096", "5000", "7777"}) {
      BlockLoader.Loaded parts = load(file, conf("giraphml.input.split-bytes", split,
          "giraphml.input.block-bytes", "1024"));
      List<double[]> a = rows(whole);
      List<double[]> b = rows(parts);
      assertEquals(a.size(), b.size());
      for (int i = 0; i < a.size(); i++) {
        assertArrayEquals(a.get(i), b.get(i), 0, "row " + i + " with split " + split);
      }
      assertTrue(parts.blocks().size() > 3);
    }
  }

  @Test
  void readsLibsvm() throws IOException {
    Path file = tmp.resolve("a.libsvm");
    Files.writeString(file, "1 1:0.5 3:2\n-1\n0 2:-1\n");
    BlockLoader.Loaded loaded = load(file, conf("giraphml.input.format", "libsvm"));
    DataBlock b = loaded.blocks().get(0).block();
    assertTrue(b.isSparse());
    assertEquals(3, b.rows());
    assertArrayEquals(new int[] {0, 2, 2, 3}, b.rowStart());
    assertArrayEquals(new int[] {0, 2, 1}, b.columns());
    assertArrayEquals(new double[] {1, -1, 0}, b.labels(), 0);
    assertEquals(3, b.maxColumnPlusOne());
  }

  @Test
  void badCsvCellsNameFileLineAndProblem() throws IOException {
    InputException e = loadFails("a,b\n1,2\n3,abc\n");
    assertTrue(e.getMessage().endsWith("bad.txt:3: column 1 (0-based): 'abc' is not a number"),
        e.getMessage());
    assertEquals(3, e.line());
    e = loadFails("1,2\n1,2,3\n");
    assertTrue(e.getMessage().contains(":2: expected 2 columns, found more"), e.getMessage());
    e = loadFails("1,2\n1\n");
    assertTrue(e.getMessage().contains(":2: expected 2 columns, found 1"), e.getMessage());
    e = loadFails("1,2\nNaN,2\n");
    assertTrue(e.getMessage().contains(":2: column 0 (0-based): 'NaN' is not a finite number"),
        e.getMessage());
    e = loadFails("1,2\n1,Infinity\n");
    assertTrue(e.getMessage().contains("'Infinity' is not a finite number"), e.getMessage());
    e = loadFails("1,2\n1,1e999\n");
    assertTrue(e.getMessage().contains("'1e999' is not a finite number"), e.getMessage());
    e = loadFails("1,2\n1,\n");
    assertTrue(e.getMessage().contains("column 1 (0-based): empty cell"), e.getMessage());
  }

  @Test
  void aBadLabelCellIsNumberedAsLabelColumnCountsIt() throws IOException {
    InputException e = loadFails("1,2,3\n4,5,six\n", "giraphml.input.label-column", "2");
    assertTrue(e.getMessage().endsWith("bad.txt:2: column 2 (0-based): 'six' is not a number"),
        e.getMessage());
    e = loadFails("1,2,3\n4,5,6\n7,,9\n", "giraphml.input.label-column", "0");
    assertTrue(e.getMessage().endsWith("bad.txt:3: column 1 (0-based): empty cell"),
        e.getMessage());
  }

  @Test
  void lineNumbersAreRightInLaterSplits() throws IOException {
    StringBuilder csv = new StringBuilder();
    for (int i = 1; i <= 3000; i++) {
      csv.append(i == 2500 ? "x" : Integer.toString(i)).append(",1\n");
    }
    InputException e = loadFails(csv.toString(), "giraphml.input.split-bytes", "4096");
    assertEquals(2500, e.line());
  }

  @Test
  void badLibsvmRowsAreNamed() throws IOException {
    String[] options = {"giraphml.input.format", "libsvm"};
    InputException e = loadFails("1 1:1\n1 0:2\n", options);
    assertTrue(e.getMessage().contains(":2: '0:2': index must be >= 1 (LIBSVM is 1-based)"),
        e.getMessage());
    e = loadFails("1 -3:2\n", options);
    assertTrue(e.getMessage().contains("index must be >= 1"), e.getMessage());
    e = loadFails("1 2:1 2:3\n", options);
    assertTrue(e.getMessage().contains("index 2 is not above the previous index 2"),
        e.getMessage());
    e = loadFails("1 3:1 2:3\n", options);
    assertTrue(e.getMessage().contains("indices must increase"), e.getMessage());
    e = loadFails("x 1:1\n", options);
    assertTrue(e.getMessage().contains(":1: label: 'x' is not a number"), e.getMessage());
    e = loadFails("1 a:1\n", options);
    assertTrue(e.getMessage().contains("index is not a whole number"), e.getMessage());
    e = loadFails("1 1:nan\n", options);
    assertTrue(e.getMessage().contains("value 'nan' is not a finite number"), e.getMessage());
  }

  @Test
  void emptyAndMissingInputsAreNamed() throws IOException {
    Path empty = tmp.resolve("empty.csv");
    Files.writeString(empty, "");
    InputException e = assertThrows(InputException.class, () -> load(empty, conf()));
    assertTrue(e.getMessage().endsWith("empty.csv: no data rows (the file is empty)"),
        e.getMessage());
    Path missing = tmp.resolve("nope.csv");
    e = assertThrows(InputException.class, () -> load(missing, conf()));
    assertTrue(e.getMessage().endsWith("nope.csv: input path does not exist"), e.getMessage());
    Path blank = tmp.resolve("blank.csv");
    Files.writeString(blank, "\n\n");
    e = assertThrows(InputException.class, () -> load(blank, conf()));
    assertTrue(e.getMessage().endsWith("blank.csv: no data rows (blank lines only)"),
        e.getMessage());
  }

  @Test
  void skipInvalidCountsAndReportsSkippedRows() throws IOException {
    Path file = tmp.resolve("mixed.csv");
    Files.writeString(file, "1,2\nx,2\n3,4\n5\n6,7\n");
    BlockLoader.Loaded loaded = load(file, conf("giraphml.input.skip-invalid", "true"));
    assertEquals(3, loaded.stats().rows());
    assertEquals(2, loaded.stats().skipped());
    assertEquals(2, loaded.stats().problems().size());
    assertTrue(loaded.stats().problems().get(0).endsWith("mixed.csv:2: column 0 (0-based): 'x' "
        + "is not a number"), loaded.stats().problems().get(0));
    assertEquals(3, rows(loaded).size());
  }

  @Test
  void labelColumnOutOfRangeFailsBeforeLoading() throws IOException {
    InputException e = loadFails("1,2\n", "giraphml.input.label-column", "2");
    assertTrue(e.getMessage().contains("--label-column 2 is out of range: the file has 2 "
        + "columns"), e.getMessage());
  }

  @Test
  void headerModes() throws IOException {
    Path file = tmp.resolve("h.csv");
    Files.writeString(file, "1,2\n3,4\n");
    assertEquals(1, rows(load(file, conf("giraphml.input.header", "present"))).size());
    assertEquals(2, rows(load(file, conf("giraphml.input.header", "auto"))).size());
    assertNull(load(file, conf()).blocks().get(0).block().labels());
  }
}
