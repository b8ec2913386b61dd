package org.giraphml.algorithms.nearestcentroid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: a run, predict with the saved model, and the refusals. */
class NearestCentroidCliTest {
  @TempDir
  Path tmp;

  private Path csv(double[] labels) throws Exception {
    double[][] x = new double[labels.length][];
    for (int i = 0; i < x.length; i++) {
      x[i] = new double[] {i, labels[i] * 10};
    }
    return DataFiles.writeLabelledCsv(tmp.resolve("data.csv"), x, labels);
  }

  @Test
  void trainsAndPredictWithTheSavedModelWritesTheTrainingPredictions() throws Exception {
    Path data = csv(new double[] {1, 2, 1, 2, 3, 3});
    Cli train = Cli.run("nearest-centroid", "--input", data.toString(), "--label-column", "2",
        "--predictions", "--output", tmp.resolve("model").toString());
    assertEquals(0, train.exit, train.err);
    assertTrue(train.out.startsWith("nearest-centroid: 6 rows"), train.out);
    Cli predict = Cli.run("predict", "--model", tmp.resolve("model").toString(), "--input",
        data.toString(), "--label-column", "2", "--output", tmp.resolve("pred").toString());
    assertEquals(0, predict.exit, predict.err);
    // Whole class values print as the input wrote them (1, not 1.0).
    List<String> expected = List.of("row,class", "0,1", "1,2", "2,1", "3,2", "4,3", "5,3");
    assertEquals(expected, Files.readAllLines(tmp.resolve("model/predictions.csv")));
    assertEquals(expected, Files.readAllLines(tmp.resolve("pred/predictions.csv")));
  }

  @Test
  void unlabelledInputIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path data = csv(new double[] {1, 2});
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli r = Cli.run("nearest-centroid", "--input", data.toString(),
        "--output", tmp.resolve("out").toString());
    assertEquals(1, r.exit, r.err);
    assertEquals("giraph-ml nearest-centroid: error: nearest-centroid needs a label for each "
        + "row: give --label-column N for CSV input, --label-column NAME for Parquet or ORC (LIBSVM "
        + "rows carry theirs)", r.err.strip());
    assertEquals(before, TreeSnapshot.of(tmp));
  }

  @Test
  void aSingleClassIsRefusedAsScikitLearnDoes() throws Exception {
    Path data = csv(new double[] {4, 4, 4});
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli r = Cli.run("nearest-centroid", "--input", data.toString(), "--label-column", "2",
        "--output", tmp.resolve("out").toString());
    assertEquals(1, r.exit, r.err);
    assertTrue(r.err.endsWith("error: nearest-centroid needs at least 2 classes, but every row "
        + "of --input " + data + " has the label 4 (--label-column 2): is that the column "
        + "holding the classes?\n"), r.err);
    assertEquals(before, TreeSnapshot.of(tmp));
    // LIBSVM rows carry their labels: no option to name, the value as written
    Path libsvm = java.nio.file.Files.writeString(tmp.resolve("one.libsvm"),
        "0.5 1:1\n0.5 1:2\n0.5 2:3\n");
    r = Cli.run("nearest-centroid", "--input", libsvm.toString(), "--format", "libsvm",
        "--output", tmp.resolve("out").toString());
    assertEquals(1, r.exit, r.err);
    assertTrue(r.err.endsWith("error: nearest-centroid needs at least 2 classes, but every row "
        + "of --input " + libsvm + " has the label 0.5: a classifier needs rows of at least two "
        + "classes\n"), r.err);
  }

  @Test
  void moreDistinctLabelsThanMaxClassesStopTheJob() throws Exception {
    Path data = csv(new double[] {0.1, 0.2, 0.3, 0.4});
    Cli r = Cli.run("nearest-centroid", "--input", data.toString(), "--label-column", "2",
        "--max-classes", "3", "--output", tmp.resolve("out").toString());
    assertEquals(1, r.exit, r.err);
    assertTrue(r.err.contains("the labels have 4 distinct values, more than --max-classes 3 "
        + "allows: is the label column a class?"), r.err);
    assertTrue(Files.notExists(tmp.resolve("out")));
  }
}
