package org.giraphml.algorithms.kmeans;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.util.ToolRunner;
import org.giraphml.api.JobOutput;
import org.giraphml.job.MainAccess;

/**
 * Runs the command line in-process, as a user would, and captures what it prints. Public so that
 * the end-to-end tests of every package (bad-input batteries, other algorithms) share it.
 */
public final class Cli {
  public final int exit;
  public final String out;
  public final String err;

  private Cli(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  public static Cli run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ToolRunner.run(new Configuration(), MainAccess.create(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)), args);
    return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  public static JsonNode json(Path file) throws IOException {
    return JobOutput.json().readTree(file.toFile());
  }

  /** The rows of a CSV with a header, without the columns listed in {@code drop}. */
  public static double[][] readCsv(Path file, int... drop) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<double[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
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

  public static void writeCsv(Path file, String header, double[][] rows) throws IOException {
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
    Files.writeString(file, b.toString());
  }

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
