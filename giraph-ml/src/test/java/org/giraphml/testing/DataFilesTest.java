package org.giraphml.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DataFiles} writes the formats the readers take and reads CSV output back exactly. */
class DataFilesTest {
  @TempDir
  Path tmp;

  @Test
  void libsvmLeavesOutZerosAndCountsIndicesFromOne() throws Exception {
    Path f = DataFiles.writeLibsvm(tmp.resolve("d.svm"),
        new double[][] {{0.5, 0, 2}, {0, 0, 0}}, new double[] {1, -1});
    assertEquals("1.0 1:0.5 3:2.0\n-1.0\n", Files.readString(f));
  }

  @Test
  void labelledCsvPutsTheLabelLast() throws Exception {
    Path f = DataFiles.writeLabelledCsv(tmp.resolve("d.csv"),
        new double[][] {{1, 2}, {3, 4}}, new double[] {0, 1});
    assertEquals("1.0,2.0,0.0\n3.0,4.0,1.0\n", Files.readString(f));
  }

  @Test
  void csvReadsBackExactlyTakingTheFirstLineAsHeaderAndDroppingColumns() throws Exception {
    double third = 1.0 / 3;
    Path f = DataFiles.writeCsv(tmp.resolve("p.csv"), "row,a,b",
        new double[][] {{0, third, 1e-300}, {1, -2.5, 7}});
    assertArrayEquals(new double[][] {{third, 1e-300}, {-2.5, 7}}, DataFiles.readCsv(f, 0));
    assertArrayEquals(new double[][] {{1, -2.5, 7}}, DataFiles.readCsv(
        DataFiles.writeCsv(tmp.resolve("q.csv"), null, new double[][] {{0, 0, 0}, {1, -2.5, 7}})));
  }

  @Test
  void labelsOfAnotherLengthAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DataFiles.writeLibsvm(tmp.resolve("x"), new double[][] {{1}}, new double[0]));
    assertEquals("1 rows but 0 labels", e.getMessage());
  }
}
