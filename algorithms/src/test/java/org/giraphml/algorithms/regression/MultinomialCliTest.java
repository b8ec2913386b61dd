package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multinomial logistic regression through the command line: the family choice, worker counts
 * and engines that must not change a bit, {@code predict} on the saved model, and K = 2
 * against the binomial fit.
 */
class MultinomialCliTest {
  private static final Path IRIS = MultinomialReferenceTest.IRIS;

  @TempDir
  Path tmp;

  private Cli logreg(String name, Path data, String labelColumn, String... options)
      throws Exception {
    String[] base = {"logreg", "--input", data.toString(), "--label-column", labelColumn,
        "--output", tmp.resolve(name).toString()};
    return Cli.run(LinearRegressionTest.concat(base, options));
  }

  private JsonNode model(String name) throws Exception {
    return Cli.json(tmp.resolve(name).resolve("model.json"));
  }

  @Test
  void autoIsMultinomialForThreeLabelsAndBinomialForTwo() throws Exception {
    Cli three = logreg("three", IRIS, "4", "--l2", "0.01");
    assertEquals(0, three.exit, three.err);
    assertEquals("multinomial", model("three").get("family").asText());
    assertEquals("[0.0,1.0,2.0]", model("three").get("classes").toString());
    JsonNode summary = Cli.json(tmp.resolve("three/summary.json"));
    assertEquals(3, summary.get("confusion_matrix").size());
    assertEquals(150, summary.get("per_class").get(0).get("support").asInt()
        + summary.get("per_class").get(1).get("support").asInt()
        + summary.get("per_class").get(2).get("support").asInt());

    Path two = Files.writeString(tmp.resolve("two.csv"), "1,0\n2,1\n3,0\n4,1\n5,1\n");
    Cli binary = logreg("two", two, "1", "--l2", "0.1");
    assertEquals(0, binary.exit, binary.err);
    assertEquals(1, model("two").get("format_version").asInt());
    assertFalse(model("two").has("family"));
  }

  @Test
  void binomialWithThreeClassesAndAutoWithPredictionsFailBeforeTrainingInOneLine()
      throws Exception {
    Cli binomial = logreg("b", IRIS, "4", "--family", "binomial");
    assertEquals(1, binomial.exit);
    assertTrue(binomial.err.contains("the labels have 3 distinct values: 0 (50 rows), 1 (50 "
        + "rows), 2 (50 rows, first at file:"), binomial.err);
    assertTrue(binomial.err.contains("give --family multinomial (or auto) for more"),
        binomial.err);
    Cli auto = logreg("a", IRIS, "4", "--predictions");
    assertEquals(1, auto.exit);
    assertTrue(auto.err.contains("--family auto found 3 classes"), auto.err);
    assertFalse(Files.exists(tmp.resolve("b")));
    assertFalse(Files.exists(tmp.resolve("a")));
  }

  @Test
  void anyNumericLabelsAreClassesInSortedOrderAndPredictedAsThemselves() throws Exception {
    StringBuilder csv = new StringBuilder();
    double[] labels = {2.5, -7, 10};
    for (int i = 0; i < 30; i++) {
      int c = i % 3;
      csv.append(c * 2 + 0.1 * (i % 5)).append(',').append(c == 1 ? 1 : 0).append(',')
          .append(labels[c]).append('\n');
    }
    Path data = Files.writeString(tmp.resolve("l.csv"), csv);
    Cli cli = logreg("m", data, "2", "--l2", "0.01", "--family", "multinomial",
        "--predictions");
    assertEquals(0, cli.exit, cli.err);
    assertEquals("[-7.0,2.5,10.0]", model("m").get("classes").toString());
    List<String> lines = Files.readAllLines(tmp.resolve("m/predictions.csv"));
    assertEquals("row,class", lines.get(0));
    assertEquals("0,2.5", lines.get(1));
    assertEquals("1,-7", lines.get(2));
    assertEquals("2,10", lines.get(3));
    String report = Files.readString(tmp.resolve("m/report.html"));
    assertTrue(report.contains("Multinomial logistic regression"), "report section");
    assertTrue(report.contains("<th>-7</th><th>2.5</th><th>10</th>"), "confusion header");
  }

  @Test
  void predictReproducesTrainingPredictionsAndWritesEveryClassProbability() throws Exception {
    Cli train = logreg("m", IRIS, "4", "--l2", "0.01", "--family", "multinomial",
        "--predictions");
    assertEquals(0, train.exit, train.err);
    Path out = tmp.resolve("p");
    Cli predict = Cli.run("predict", "--model", tmp.resolve("m").toString(), "--input",
        IRIS.toString(), "--label-column", "4", "--output", out.toString(), "--probabilities");
    assertEquals(0, predict.exit, predict.err);
    List<String> trained = Files.readAllLines(tmp.resolve("m/predictions.csv"));
    List<String> predicted = Files.readAllLines(out.resolve("predictions.csv"));
    assertEquals("row,class,probability_0,probability_1,probability_2", predicted.get(0));
    JsonNode m = model("m");
    List<String> rows = Files.readAllLines(IRIS);
    for (int r = 1; r < trained.size(); r++) {
      String[] p = predicted.get(r).split(",");
      assertEquals(trained.get(r), p[0] + "," + p[1]);
      // softmax of the saved margins, computed here
      String[] x = rows.get(r).split(",");
      double[] margin = new double[3];
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < 3; c++) {
        margin[c] = m.get("intercepts").get(c).asDouble();
        for (int j = 0; j < 4; j++) {
          margin[c] += Double.parseDouble(x[j]) * m.get("weights").get(c).get(j).asDouble();
        }
        max = Math.max(max, margin[c]);
      }
      double z = 0;
      for (int c = 0; c < 3; c++) {
        z += Math.exp(margin[c] - max);
      }
      for (int c = 0; c < 3; c++) {
        assertEquals(Math.exp(margin[c] - max) / z, Double.parseDouble(p[2 + c]), 1e-12);
      }
    }
    Cli binary = Cli.run("predict", "--model", tmp.resolve("m").toString(), "--input",
        IRIS.toString(), "--label-column", "4", "--output", tmp.resolve("q").toString(),
        "--probabilities", "--distances");
    assertEquals(2, binary.exit, binary.err);
    assertTrue(binary.err.contains("cannot be given with --distances"), binary.err);
  }

  /** 3000 rows of 4 features with labels 0, 1, 2 drawn from a softmax model. */
  private static Path threeClasses(Path dir) throws Exception {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    StringBuilder csv = new StringBuilder();
    double[][] w = {{1, -1, 0.5, 0}, {-0.5, 1, 0, 1}, {0, 0, -1, -1}};
    for (int i = 0; i < 3000; i++) {
      double[] x = new double[4];
      double[] p = new double[3];
      for (int j = 0; j < 4; j++) {
        x[j] = random.nextGaussian() * (1 + j);
        csv.append(x[j]).append(',');
      }
      for (int c = 0; c < 3; c++) {
        for (int j = 0; j < 4; j++) {
          p[c] += w[c][j] * x[j];
        }
      }
      SoftmaxLoss.softmax(p, 0, 3);
      double u = random.nextDouble();
      csv.append(u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2).append('\n');
    }
    return Files.writeString(dir.resolve("three.csv"), csv);
  }

  /** Elastic net over 2 weight shards and many blocks. */
  private static final String[] SHARDED = {"--l2", "0.001", "--l1", "0.001", "--family",
      "multinomial", "--shard-features", "3", "--block-bytes", "4096", "--split-bytes", "16384",
      "--max-iterations", "25"};

  /** The Giraph engine's run is in trust.MultinomialGiraphTest (in a child JVM). */
  @Test
  void workerCountsDoNotChangeABit() throws Exception {
    Path data = threeClasses(tmp);
    Cli one = logreg("one", data, "4", LinearRegressionTest.concat(SHARDED, "--workers", "1"));
    Cli three = logreg("three", data, "4", LinearRegressionTest.concat(SHARDED, "--workers",
        "3"));
    assertEquals(0, one.exit, one.err);
    assertEquals(0, three.exit, three.err);
    assertEquals(model("one").get("weights").toString(), model("three").get("weights").toString());
    assertEquals(model("one").get("intercepts").toString(),
        model("three").get("intercepts").toString());
    assertEquals(Cli.json(tmp.resolve("one/summary.json")).get("objective_history"),
        Cli.json(tmp.resolve("three/summary.json")).get("objective_history"));
  }

  @Test
  void twoClassMultinomialGivesTheBinomialProbabilities() throws Exception {
    RegressionFixtures data = RegressionFixtures.logistic(2000, new double[] {1.5, -2, 0.5},
        -0.5, 13);
    Path csv = data.writeCsv(tmp.resolve("d.csv"));
    // The over-parameterised fit splits v = w_1 - w_0 evenly (w_1 = -w_0 = v/2), so its
    // penalty (l2/2)(|w_0|^2 + |w_1|^2) is the binomial's at half the weight.
    Cli binomial = logreg("b", csv, "3", "--l2", "0.05", "--tolerance", "1e-15",
        "--max-iterations", "1000");
    Cli multinomial = logreg("m", csv, "3", "--l2", "0.1", "--family", "multinomial",
        "--tolerance", "1e-15", "--max-iterations", "1000");
    assertEquals(0, binomial.exit, binomial.err);
    assertEquals(0, multinomial.exit, multinomial.err);
    JsonNode b = model("b");
    JsonNode m = model("m");
    double maxDifference = 0;
    for (double[] row : data.x) {
      double binary = b.get("intercept").asDouble();
      double two = m.get("intercepts").get(1).asDouble() - m.get("intercepts").get(0).asDouble();
      for (int j = 0; j < row.length; j++) {
        binary += row[j] * b.get("weights").get(j).asDouble();
        two += row[j] * (m.get("weights").get(1).get(j).asDouble()
            - m.get("weights").get(0).get(j).asDouble());
      }
      maxDifference = Math.max(maxDifference, Math.abs(Loss.sigmoid(binary) - Loss.sigmoid(two)));
    }
    assertTrue(maxDifference < 1e-8, "largest probability difference " + maxDifference);
  }
}
