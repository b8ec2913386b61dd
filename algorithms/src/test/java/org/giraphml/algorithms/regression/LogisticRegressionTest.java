package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.giraphml.api.JobOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogisticRegressionTest {
  @TempDir
  Path tmp;

  /** Unpenalised logistic regression by Newton's method (IRLS): the reference. */
  static double[] newton(RegressionFixtures data, double l2) {
    int n = data.x.length;
    int d = data.x[0].length;
    double[] w = new double[d + 1];
    for (int iter = 0; iter < 50; iter++) {
      RealMatrix h = new Array2DRowRealMatrix(d + 1, d + 1);
      RealVector g = new ArrayRealVector(d + 1);
      for (int i = 0; i < n; i++) {
        double m = w[d];
        for (int j = 0; j < d; j++) {
          m += data.x[i][j] * w[j];
        }
        double p = Loss.sigmoid(m);
        double[] xi = java.util.Arrays.copyOf(data.x[i], d + 1);
        xi[d] = 1;
        for (int a = 0; a <= d; a++) {
          g.addToEntry(a, (p - data.y[i]) * xi[a] / n);
          for (int b = 0; b <= d; b++) {
            h.addToEntry(a, b, p * (1 - p) * xi[a] * xi[b] / n);
          }
        }
      }
      for (int a = 0; a < d; a++) {
        g.addToEntry(a, l2 * w[a]);
        h.addToEntry(a, a, l2);
      }
      RealVector step = new CholeskyDecomposition(h, 1e-10, 1e-14).getSolver().solve(g);
      for (int a = 0; a <= d; a++) {
        w[a] -= step.getEntry(a);
      }
    }
    return w;
  }

  private JsonNode run(String name, String... args) throws Exception {
    String[] all = LinearRegressionTest.concat(new String[] {"logreg", "--output",
        tmp.resolve(name).toString()}, args);
    var err = new java.io.ByteArrayOutputStream();
    int exit = org.apache.hadoop.util.ToolRunner.run(new org.apache.hadoop.conf.Configuration(),
        org.giraphml.job.MainAccess.create(new java.io.PrintStream(
            new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err)), all);
    if (exit != 0) {
      return JobOutput.json().createObjectNode().put("exit", exit).put("err", err.toString());
    }
    return JobOutput.json().readTree(tmp.resolve(name).resolve("model.json").toFile());
  }

  @Test
  void matchesNewtonsMethodWithAndWithoutL2() throws Exception {
    RegressionFixtures data = RegressionFixtures.logistic(4000, new double[] {1.5, -2, 0.5}, -0.5,
        13);
    Path csv = data.writeCsv(tmp.resolve("d.csv"));
    for (double l2 : new double[] {0, 0.05}) {
      double[] exact = newton(data, l2);
      JsonNode model = run("m" + l2, "--input", csv.toString(), "--label-column", "3", "--l2",
          Double.toString(l2), "--standardize=false", "--tolerance", "1e-15",
          "--max-iterations", "500");
      assertTrue(model.has("weights"), model.toString());
      double[] fitted = new double[4];
      for (int j = 0; j < 3; j++) {
        fitted[j] = model.get("weights").get(j).asDouble();
      }
      fitted[3] = model.get("intercept").asDouble();
      LinearRegressionTest.assertClose(exact, fitted, 1e-6);
    }
    JsonNode summary = JobOutput.json().readTree(tmp.resolve("m0.0/summary.json").toFile());
    assertTrue(summary.get("auc").asDouble() > 0.85, summary.toString());
    assertTrue(summary.get("accuracy").asDouble() > 0.75, summary.toString());
    assertTrue(summary.get("log_loss").asDouble() < 0.5, summary.toString());
    assertEquals("converged", summary.get("stop_reason").asText());
  }

  @Test
  void labelsOtherThanZeroOrOneAreNamed() throws Exception {
    Path file = Files.writeString(tmp.resolve("l.csv"), "1,0\n2,1\n3,2\n4,-1\n");
    JsonNode r = run("x", "--input", file.toString(), "--label-column", "1", "--family",
        "binomial");
    assertEquals(1, r.get("exit").asInt());
    assertTrue(r.get("err").asText().contains("the labels have 4 distinct values: -1 (1 row), "
        + "0 (1 row), 1 (1 row), 2 (1 row, first at file:" + file + ":3); logistic regression "
        + "takes two classes"), r.get("err").asText());
  }

  @Test
  void minusOneIsTheNegativeClassInLibsvm() throws Exception {
    RegressionFixtures data = RegressionFixtures.logistic(1000, new double[] {2, -1}, 0, 4);
    StringBuilder svm = new StringBuilder();
    for (int i = 0; i < data.x.length; i++) {
      svm.append(data.y[i] > 0 ? "+1" : "-1").append(" 1:").append(data.x[i][0]).append(" 2:")
          .append(data.x[i][1]).append('\n');
    }
    Path file = Files.writeString(tmp.resolve("d.svm"), svm);
    JsonNode sparse = run("s", "--input", file.toString(), "--format", "libsvm", "--tolerance",
        "1e-14", "--standardize=false");
    JsonNode dense = run("d", "--input", data.writeCsv(tmp.resolve("d.csv")).toString(),
        "--label-column", "2", "--tolerance", "1e-14", "--standardize=false");
    for (int j = 0; j < 2; j++) {
      assertEquals(dense.get("weights").get(j).asDouble(), sparse.get("weights").get(j).asDouble(),
          1e-5);
    }
    List<String> lines = Files.readAllLines(tmp.resolve("s/summary.json"));
    assertTrue(String.join("\n", lines).contains("\"auc\""));
  }
}
