package org.giraphml.algorithms.kmeans;

import java.util.List;
import org.giraphml.math.Vectors;
import org.giraphml.reduce.RowTable;

/** Row operations on a row-major k-by-d centroid table. */
final class CentroidMath {
  private CentroidMath() {
  }

  /** Scales each row to unit length; a zero row is left as it is. */
  static void normalizeRows(double[] c, int k, int d) {
    for (int j = 0; j < k; j++) {
      double norm = Vectors.norm(c, j * d, d);
      if (norm > 0) {
        for (int t = 0; t < d; t++) {
          c[j * d + t] /= norm;
        }
      }
    }
  }

  /** Largest Euclidean distance between corresponding rows of two tables. */
  static double maxShift(double[] a, double[] b, int k, int d) {
    double max = 0;
    for (int j = 0; j < k; j++) {
      max = Math.max(max, Vectors.distance(a, j * d, b, j * d, d));
    }
    return max;
  }

  /** The k-by-d row-major {@code values} as a table of k filled rows (values are copied). */
  static RowTable table(double[] values, int k, int d) {
    RowTable table = new RowTable(k, d);
    for (int j = 0; j < k; j++) {
      double[] row = new double[d];
      System.arraycopy(values, j * d, row, 0, d);
      table.set(j, row);
    }
    return table;
  }

  /** {@code rows} (each of {@code width} values) as a table. */
  static RowTable table(List<double[]> rows, int width) {
    RowTable t = new RowTable(rows.size(), width);
    for (int i = 0; i < rows.size(); i++) {
      t.set(i, rows.get(i));
    }
    return t;
  }
}
