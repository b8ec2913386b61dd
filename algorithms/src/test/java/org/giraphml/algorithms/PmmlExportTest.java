package org.giraphml.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dmg.pmml.PMML;
import org.dmg.pmml.regression.NumericPredictor;
import org.dmg.pmml.regression.RegressionModel;
import org.dmg.pmml.regression.RegressionTable;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.jpmml.model.JAXBSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmml4s.model.Model;

/**
 * {@code giraph-ml export --format pmml}, checked against an independent evaluator: models are
 * trained on the shipped data through the command line, exported, and the training rows scored
 * by PMML4S (Apache-2.0, a Scala PMML engine written apart from JPMML); every score must be
 * {@code giraph-ml predict}'s: cluster ids equal, regression values and probabilities within
 * 1e-12.
 */
class PmmlExportTest {
  static final Path IRIS = Path.of("..", "datasets", "iris.csv");
  static final Path DIABETES = Path.of("..", "datasets", "diabetes.csv");

  @TempDir
  Path tmp;

  @Test
  void kmeansClusteringModelAssignsEveryIrisRowAsPredictDoes() throws Exception {
    Path model = train("kmeans", IRIS, "4", "--k", "3");
    double[] clusters = scoreBoth(model, IRIS, 4, "cluster", List.of());
    assertTrue(distinct(clusters) == 3, "all three clusters are used");
  }

  @Test
  void cosineKmeansIsExportedAsUnitRowsUnderSquaredEuclidean() throws Exception {
    Path model = train("kmeans", IRIS, "4", "--k", "3", "--distance", "cosine");
    scoreBoth(model, IRIS, 4, "cluster", List.of());
    String xml = Files.readString(tmp.resolve("model.pmml"));
    assertTrue(xml.contains("<DerivedField name=\"unit_x3\""), xml);
  }

  @Test
  void cosineRowsAreScaledToUnitLengthBeforeTheDistance() throws Exception {
    // Centroids of other lengths than 1 (a hand-made model): (10, 0) is nearer (0.1, 0) in
    // direction but nearer (3, 0) unscaled, so only a faithful export scores it as cluster 0.
    Path model = Files.createDirectories(tmp.resolve("cosine-model"));
    Files.writeString(model.resolve("model.json"), "{\"algorithm\":\"kmeans\","
        + "\"format_version\":1,\"k\":2,\"dimensions\":2,\"distance\":\"cosine\","
        + "\"centroids\":[[0.1,0.0],[3.0,0.0]]}");
    Path rows = DataFiles.writeCsv(tmp.resolve("rows.csv"), "a,b",
        new double[][] {{10, 0}, {0.5, 0.01}, {-2, 1}, {1e-3, -1e-3}});
    double[] clusters = scoreBoth(model, rows, -1, "cluster", List.of());
    assertEquals(0, clusters[0]);
    // A row of zeros has no direction: predict refuses it, the PMML consumer gets no cluster.
    Model pmml = Model.fromFile(tmp.resolve("model.pmml").toString());
    Object zero = pmml.predict(row(new double[] {0, 0})).get("cluster");
    assertTrue(zero == null, "a zero row is placed in cluster " + zero);
  }

  @Test
  void linearRegressionScoresDiabetesAsPredictDoes() throws Exception {
    Path model = train("linreg", DIABETES, "10");
    scoreBoth(model, DIABETES, 10, "prediction", List.of());
    // The coefficients are written without loss: parsed back, they are model.json's doubles.
    RegressionTable table = ((RegressionModel) parse(tmp.resolve("model.pmml")).getModels()
        .get(0)).getRegressionTables().get(0);
    var json = Cli.json(model.resolve("model.json"));
    assertEquals(json.get("intercept").asDouble(), table.getIntercept().doubleValue());
    List<NumericPredictor> predictors = table.getNumericPredictors();
    for (int j = 0; j < predictors.size(); j++) {
      assertEquals("x" + j, predictors.get(j).getField());
      assertEquals(json.get("weights").get(j).asDouble(),
          predictors.get(j).getCoefficient().doubleValue());
    }
  }

  @Test
  void logisticRegressionGivesPredictsProbabilityOfClassOne() throws Exception {
    Path data = versicolorOrNot("0");
    Path model = train("logreg", data, "4");
    scoreBoth(model, data, 4, "probability_1", List.of());
    String xml = Files.readString(tmp.resolve("model.pmml"));
    assertTrue(xml.contains("normalizationMethod=\"logit\""), xml);
    assertTrue(xml.contains("<Value value=\"0\"/>"), xml);
  }

  @Test
  void negativeLabelNamesTheMinusOneClass() throws Exception {
    Path data = versicolorOrNot("-1");
    Path model = train("logreg", data, "4");
    double[] p = scoreBoth(model, data, 4, "probability_1", List.of("--negative-label", "-1"));
    // The evaluator's other probability is of class -1, the complement.
    Model pmml = Model.fromFile(tmp.resolve("model.pmml").toString());
    Map<String, Object> r = pmml.predict(row(DataFiles.readCsv(data, 4)[0]));
    assertEquals(1 - p[0], ((Number) r.get("probability_-1")).doubleValue(), 1e-15);
  }

  /** Trains {@code command} on {@code data} with its label column; returns the output. */
  private Path train(String command, Path data, String labelColumn, String... options)
      throws Exception {
    Path out = tmp.resolve(command);
    String[] args = new String[7 + options.length];
    String[] head = {command, "--input", data.toString(), "--label-column", labelColumn,
        "--output", out.toString()};
    System.arraycopy(head, 0, args, 0, head.length);
    System.arraycopy(options, 0, args, head.length, options.length);
    Cli cli = Cli.run(args);
    assertEquals(0, cli.exit, cli.err);
    return out;
  }

  /**
   * Exports {@code model}, scores {@code data}'s rows with PMML4S and with {@code predict},
   * and asserts they agree; returns the scores.
   */
  private double[] scoreBoth(Path model, Path data, int labelColumn, String output,
      List<String> exportOptions) throws Exception {
    Path pmmlFile = tmp.resolve("model.pmml");
    List<String> args = new java.util.ArrayList<>(List.of("export", "--model", model.toString(),
        "--format", "pmml", "--output", pmmlFile.toString()));
    args.addAll(exportOptions);
    Cli export = Cli.run(args.toArray(new String[0]));
    assertEquals(0, export.exit, export.err);
    assertTrue(export.out.startsWith("export: wrote "), export.out);

    Path predicted = tmp.resolve("predicted");
    Cli predict = Cli.run("predict", "--model", model.toString(), "--input", data.toString(),
        "--label-column", labelColumn < 0 ? "none" : Integer.toString(labelColumn),
        "--output", predicted.toString());
    assertEquals(0, predict.exit, predict.err);
    double[][] ours = DataFiles.readCsv(predicted.resolve("predictions.csv"), 0);

    Model evaluator = Model.fromFile(pmmlFile.toString());
    double[][] rows = labelColumn < 0 ? DataFiles.readCsv(data)
        : DataFiles.readCsv(data, labelColumn);
    assertEquals(rows.length, ours.length);
    double[] scores = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      Object value = evaluator.predict(row(rows[i])).get(output);
      scores[i] = Double.parseDouble(String.valueOf(value));
      double expected = ours[i][0];
      assertEquals(expected, scores[i], 1e-12 * Math.max(1, Math.abs(expected)),
          "row " + i + " (" + output + ")");
    }
    return scores;
  }

  private static Map<String, Object> row(double[] x) {
    Map<String, Object> row = new HashMap<>();
    for (int j = 0; j < x.length; j++) {
      row.put("x" + j, x[j]);
    }
    return row;
  }

  /** Iris with label 1 for versicolor and {@code negative} for the other two species. */
  private Path versicolorOrNot(String negative) throws Exception {
    StringBuilder b = new StringBuilder("sl,sw,pl,pw,versicolor\n");
    for (String line : Files.readAllLines(IRIS).subList(1, 151)) {
      int comma = line.lastIndexOf(',');
      b.append(line, 0, comma + 1).append(line.endsWith(",1") ? "1" : negative).append('\n');
    }
    return Files.writeString(tmp.resolve("versicolor" + negative + ".csv"), b);
  }

  private static PMML parse(Path file) throws Exception {
    return (PMML) new JAXBSerializer().deserialize(
        new ByteArrayInputStream(Files.readString(file).getBytes(StandardCharsets.UTF_8)));
  }

  private static long distinct(double[] values) {
    return java.util.Arrays.stream(values).distinct().count();
  }
}
