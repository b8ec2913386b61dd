package org.giraphml.algorithms.kmeans;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads what a k-means job wrote: the centroids of a model, the clusters of the rows. */
public final class KMeansFiles {
  private KMeansFiles() {
  }

  /** The {@code centroids} of a parsed {@code model.json}, one array per cluster. */
  public static double[][] centroids(JsonNode model) {
    JsonNode rows = model.get("centroids");
    double[][] c = new double[rows.size()][];
    for (int j = 0; j < c.length; j++) {
      c[j] = new double[rows.get(j).size()];
      for (int t = 0; t < c[j].length; t++) {
        c[j][t] = rows.get(j).get(t).asDouble();
      }
    }
    return c;
  }

  /** The cluster of each row of a {@code predictions.csv}, checking rows are in order. */
  public static int[] predictions(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int[] p = new int[lines.size() - 1];
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",");
      if (Integer.parseInt(cells[0]) != i - 1) {
        throw new AssertionError("row numbers out of order at line " + (i + 1));
      }
      p[i - 1] = Integer.parseInt(cells[1]);
    }
    return p;
  }
}
