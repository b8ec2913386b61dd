package org.giraphml.algorithms.kmeans;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.giraphml.io.InputException;
import org.giraphml.io.NumberParser;
import org.giraphml.io.TextFiles;

/**
 * Reads initial centroids: a CSV of k rows of d numbers (comma, tab or space separated),
 * optionally preceded by a header line and a UTF-8 byte-order mark; lines may end in LF, CRLF
 * or CR; compressed like inputs ({@code .gz}, {@code .bz2}...). Shape and number errors name
 * the file and line.
 */
final class CentroidsFile {
  private CentroidsFile() {
  }

  /** @return k * d values, row-major */
  static double[] read(Configuration conf, String location, int k, int d) {
    Path path = new Path(location);
    double[] out = new double[k * d];
    int row = 0;
    long lineNumber = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        TextFiles.open(conf, location, "initial centroids file"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // a UTF-8 byte-order mark, as editors on Windows write
        }
        String trimmed = line.trim();
        if (trimmed.isEmpty()) {
          continue;
        }
        String[] cells = trimmed.split("\\s*[,;\\t ]\\s*");
        double[] values = new double[cells.length];
        boolean numeric = true;
        for (int i = 0; i < cells.length && numeric; i++) {
          byte[] b = cells[i].getBytes(StandardCharsets.US_ASCII);
          values[i] = NumberParser.parse(b, 0, b.length);
          numeric = Double.isFinite(values[i]);
        }
        if (!numeric) {
          if (row == 0 && lineNumber == 1) {
            continue; // a header
          }
          throw new InputException(path.toString(), lineNumber,
              "initial centroid has a cell that is not a finite number");
        }
        if (cells.length != d) {
          throw new InputException(path.toString(), lineNumber, "initial centroid has "
              + cells.length + " values but the data has " + d + " features");
        }
        if (row == k) {
          throw new InputException(path.toString(), lineNumber,
              "more than k = " + k + " initial centroids");
        }
        System.arraycopy(values, 0, out, row * d, d);
        row++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
    if (row != k) {
      throw new InputException(path.toString(), 0,
          "holds " + row + " initial centroids, k = " + k);
    }
    return out;
  }
}
