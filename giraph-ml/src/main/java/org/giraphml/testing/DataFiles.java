package org.giraphml.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tiny input files for tests, written the way {@code giraph-ml} reads them, and CSV output read
 * back as numbers. Values are written with {@link Double#toString(double)}, so they read back
 * exactly.
 */
public final class DataFiles {
  private DataFiles() {
  }

  /**
   * The rows of a CSV whose first line is a header (as {@code predictions.csv}), without the
   * columns listed in {@code drop} (0-based).
   */
  public static double[][] readCsv(Path file, int... drop) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<double[]> rows = new ArrayList<>();
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",");
      double[] row = new double[cells.length - drop.length];
      int t = 0;
      outer:
      for (int c = 0; c < cells.length; c++) {
        for (int dropped : drop) {
          if (dropped == c) {
            continue outer;
          }
        }
        row[t++] = Double.parseDouble(cells[c]);
      }
      rows.add(row);
    }
    return rows.toArray(new double[0][]);
  }

  /** Writes {@code rows} as CSV, after {@code header} unless it is null. */
  public static Path writeCsv(Path file, String header, double[][] rows) throws IOException {
    StringBuilder b = new StringBuilder();
    if (header != null) {
      b.append(header).append('\n');
    }
    for (double[] row : rows) {
      for (int t = 0; t < row.length; t++) {
        b.append(t == 0 ? "" : ",").append(row[t]);
      }
      b.append('\n');
    }
    return Files.writeString(file, b);
  }

  /**
   * Writes features {@code x} and labels {@code y} as CSV without a header, the label last (so
   * the job reads it with {@code --label-column D}, D the number of features).
   */
  public static Path writeLabelledCsv(Path file, double[][] x, double[] y) throws IOException {
    checkLabels(x, y);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      for (double v : x[i]) {
        b.append(v).append(',');
      }
      b.append(y[i]).append('\n');
    }
    return Files.writeString(file, b);
  }

  /**
   * Writes {@code x} and labels {@code y} as LIBSVM: {@code label index:value ...}, 1-based
   * indices, zeros left out.
   */
  public static Path writeLibsvm(Path file, double[][] x, double[] y) throws IOException {
    checkLabels(x, y);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      b.append(y[i]);
      for (int j = 0; j < x[i].length; j++) {
        if (x[i][j] != 0) {
          b.append(' ').append(j + 1).append(':').append(x[i][j]);
        }
      }
      b.append('\n');
    }
    return Files.writeString(file, b);
  }

  private static void checkLabels(double[][] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(x.length + " rows but " + y.length + " labels");
    }
  }
}
