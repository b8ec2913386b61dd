package org.giraphml.algorithms.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmml4s.model.Model;

/**
 * A multinomial model exported as PMML (one table per class, softmax) scores every iris row as
 * {@code predict --probabilities} does, in an independent evaluator (PMML4S).
 */
class MultinomialPmmlTest {
  @TempDir
  Path tmp;

  @Test
  void softmaxTablesGivePredictsClassAndProbabilities() throws Exception {
    Path iris = MultinomialReferenceTest.IRIS;
    Path model = tmp.resolve("m");
    assertEquals(0, Cli.run("logreg", "--input", iris.toString(), "--label-column", "4",
        "--l2", "0.01", "--output", model.toString()).exit);
    Path pmml = tmp.resolve("model.pmml");
    Cli export = Cli.run("export", "--model", model.toString(), "--format", "pmml", "--output",
        pmml.toString());
    assertEquals(0, export.exit, export.err);
    assertTrue(Files.readString(pmml).contains("normalizationMethod=\"softmax\""));
    Path predicted = tmp.resolve("p");
    Cli predict = Cli.run("predict", "--model", model.toString(), "--input", iris.toString(),
        "--label-column", "4", "--output", predicted.toString(), "--probabilities");
    assertEquals(0, predict.exit, predict.err);
    double[][] ours = DataFiles.readCsv(predicted.resolve("predictions.csv"), 0);
    double[][] rows = DataFiles.readCsv(iris, 4);
    Model evaluator = Model.fromFile(pmml.toString());
    for (int i = 0; i < rows.length; i++) {
      Map<String, Object> row = new HashMap<>();
      for (int j = 0; j < 4; j++) {
        row.put("x" + j, rows[i][j]);
      }
      Map<String, Object> scored = evaluator.predict(row);
      assertEquals(ours[i][0], Double.parseDouble(String.valueOf(scored.get("predicted_label"))),
          0, "row " + i);
      for (int c = 0; c < 3; c++) {
        assertEquals(ours[i][1 + c], ((Number) scored.get("probability_" + c)).doubleValue(),
            1e-12, "row " + i + " class " + c);
      }
    }
  }
}
