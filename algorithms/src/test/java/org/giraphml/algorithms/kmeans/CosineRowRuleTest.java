package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.giraphml.graph.DataBlock;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training and {@code predict} with cosine distance refuse the same rows: only rows that are
 * truly all zeros. Rows whose squared norm underflows (values near 1e-200, or subnormal) have a
 * direction and are placed by it.
 */
class CosineRowRuleTest {
  @TempDir
  Path tmp;

  /** Two directions: along x and along y; the model's clusters are those two directions. */
  private static final String DIRECTIONS = "1,0\n2,0.1\n3,-0.1\n0,1\n0.1,2\n-0.1,3\n";
  /** Rows 0 and 2 point along x, rows 1 and 3 along y; all have a squared norm of 0. */
  private static final String TINY = "1e-200,1e-201\n1e-201,1e-200\n4.9e-324,0\n0,1e-320\n";

  @Test
  void predictPlacesRowsWhoseSquaredNormUnderflowsByTheirDirection() throws Exception {
    Path train = Files.writeString(tmp.resolve("train.csv"), DIRECTIONS);
    Path model = tmp.resolve("model");
    Cli trained = Cli.run("kmeans", "--input", train.toString(), "--k", "2", "--distance",
        "cosine", "--output", model.toString());
    assertEquals(0, trained.exit, trained.err);
    JsonNode centroids = Cli.json(model.resolve("model.json")).get("centroids");
    int alongX = centroids.get(0).get(0).asDouble() > centroids.get(0).get(1).asDouble() ? 0 : 1;
    int alongY = 1 - alongX;

    Path input = Files.writeString(tmp.resolve("tiny.csv"), TINY);
    Path out = tmp.resolve("pred");
    Cli cli = Cli.run("predict", "--model", model.toString(), "--input", input.toString(),
        "--output", out.toString());
    assertEquals(0, cli.exit, cli.err);
    assertEquals(List.of("row,cluster", "0," + alongX, "1," + alongY, "2," + alongX,
        "3," + alongY), Files.readAllLines(out.resolve("predictions.csv")));
  }

  @Test
  void trainingAcceptsTheSameRowsPredictAccepts() throws Exception {
    Path input = Files.writeString(tmp.resolve("tiny.csv"), TINY);
    Cli cli = Cli.run("kmeans", "--input", input.toString(), "--k", "2", "--distance", "cosine",
        "--output", tmp.resolve("m").toString());
    assertEquals(0, cli.exit, cli.err);
  }

  @Test
  void onlyRowsOfExactZerosAreAllZeros() {
    double[] values = {1e-200, 1e-201, 0, 0, 4.9e-324, 0, 0, -0.0};
    DataBlock block = DataBlock.dense(2, values, null, new long[] {0, 1, 2, 3});
    assertEquals(0, block.squaredNorms()[0]);
    assertFalse(KMeansModel.isAllZeros(block, 0));
    assertTrue(KMeansModel.isAllZeros(block, 1));
    assertFalse(KMeansModel.isAllZeros(block, 2));
    assertTrue(KMeansModel.isAllZeros(block, 3));
    DataBlock sparse = DataBlock.sparse(5, new int[] {0, 1, 1}, new int[] {4}, new double[] {
        1e-300}, null, new long[] {0, 1});
    assertFalse(KMeansModel.isAllZeros(sparse, 0));
    assertTrue(KMeansModel.isAllZeros(sparse, 1));
  }
}
