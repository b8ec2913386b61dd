package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.giraphml.algorithms.kmeans.KMeansFiles;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.giraphml.testing.ParquetTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same data as CSV and as Parquet (written by Parquet's own writer from the CSV's numbers)
 * trains bit-identical models, predicts identically, and reads the same on both engines.
 */
class ColumnarInputTest {
  static final Path IRIS = Path.of("..", "datasets", "iris.csv");
  static final Path DIABETES = Path.of("..", "datasets", "diabetes.csv");

  @TempDir
  Path tmp;

  /** The CSV's numbers as a Parquet table: double features, the last column an int32 label. */
  private Path asParquet(Path csv, String name, long rowGroupBytes) throws IOException {
    String[] header = Files.readAllLines(csv).get(0).split(",");
    double[][] all = DataFiles.readCsv(csv);
    double[][] x = new double[all.length][];
    int[] y = new int[all.length];
    for (int i = 0; i < all.length; i++) {
      x[i] = Arrays.copyOf(all[i], header.length - 1);
      y[i] = (int) all[i][header.length - 1];
      assertEquals(y[i], all[i][header.length - 1]); // whole-number labels, stored exactly
    }
    return ParquetTables.writeDoubles(tmp.resolve(name),
        Arrays.copyOf(header, header.length - 1), x, header[header.length - 1], y, rowGroupBytes);
  }

  private static Cli run(String... args) throws Exception {
    Cli cli = Cli.run(args);
    assertEquals(0, cli.exit, cli.err);
    return cli;
  }

  private Path initCentroids() throws IOException {
    return DataFiles.writeCsv(tmp.resolve("init.csv"), null,
        Arrays.copyOf(DataFiles.readCsv(IRIS, 4), 3));
  }

  @Test
  void kmeansOnParquetIsBitIdenticalToCsvAndPredictsTheSame() throws Exception {
    Path parquet = asParquet(IRIS, "iris.parquet", 1 << 20);
    String init = initCentroids().toString();
    Path fromCsv = tmp.resolve("csv");
    Path fromParquet = tmp.resolve("parquet");
    run("kmeans", "--input", IRIS.toString(), "--label-column", "4", "--k", "3",
        "--init-centroids", init, "--output", fromCsv.toString(), "--predictions");
    run("kmeans", "--format", "parquet", "--input", parquet.toString(), "--label-column",
        "species", "--k", "3", "--init-centroids", init, "--output", fromParquet.toString(),
        "--predictions");
    double[][] expected = KMeansFiles.centroids(Cli.json(fromCsv.resolve("model.json")));
    double[][] actual = KMeansFiles.centroids(Cli.json(fromParquet.resolve("model.json")));
    for (int j = 0; j < 3; j++) {
      assertArrayEquals(expected[j], actual[j]);
    }
    assertEquals(Files.readString(fromCsv.resolve("predictions.csv")),
        Files.readString(fromParquet.resolve("predictions.csv")));
    JsonNode input = Cli.json(fromParquet.resolve("summary.json")).get("input");
    assertEquals(150, input.get("rows").asInt());
    assertEquals("species", input.get("label_column").asText());
    assertEquals("sepal_length", input.get("feature_columns").get(0).get("name").asText());

    Path predicted = tmp.resolve("predicted");
    run("predict", "--model", fromCsv.toString(), "--format", "parquet", "--input",
        parquet.toString(), "--label-column", "species", "--output", predicted.toString());
    assertEquals(Files.readString(fromCsv.resolve("predictions.csv")),
        Files.readString(predicted.resolve("predictions.csv")));
  }

  @Test
  void linearRegressionOnParquetIsBitIdenticalToCsv() throws Exception {
    Path parquet = asParquet(DIABETES, "diabetes.parquet", 1 << 20);
    Path fromCsv = tmp.resolve("csv");
    Path fromParquet = tmp.resolve("parquet");
    run("linreg", "--input", DIABETES.toString(), "--label-column", "10", "--output",
        fromCsv.toString());
    run("linreg", "--format", "parquet", "--input", parquet.toString(), "--label-column",
        "progression", "--output", fromParquet.toString());
    JsonNode expected = Cli.json(fromCsv.resolve("model.json"));
    JsonNode actual = Cli.json(fromParquet.resolve("model.json"));
    assertEquals(10, actual.get("dimensions").asInt());
    assertArrayEquals(doubles(expected.get("weights")), doubles(actual.get("weights")));
    assertEquals(expected.get("intercept").asDouble(), actual.get("intercept").asDouble(), 0.0);
    assertEquals(Cli.json(fromCsv.resolve("summary.json")).get("objective").asDouble(),
        Cli.json(fromParquet.resolve("summary.json")).get("objective").asDouble(), 0.0);
  }

  @Test
  void giraphEngineReadsRowGroupsAsSplitsAndMatchesTheEmbeddedEngine() throws Exception {
    Path parquet = asParquet(IRIS, "iris.parquet", 1024);
    assertTrue(ParquetTables.rowGroups(parquet) > 1, "several row groups, so several splits");
    String init = initCentroids().toString();
    List<String> common = List.of("kmeans", "--format", "parquet", "--input",
        parquet.toString(), "--label-column", "species", "--k", "3", "--init-centroids", init,
        "--predictions");
    Path embedded = tmp.resolve("embedded");
    Path giraph = tmp.resolve("giraph");
    run(concat(common, "--output", embedded.toString(), "--workers", "2"));
    Path hadoopTmp = Files.createDirectory(tmp.resolve("hadoop"));
    run(concat(List.of("-D", "hadoop.tmp.dir=" + hadoopTmp, "-D",
        "mapreduce.jobtracker.staging.root.dir=" + hadoopTmp.resolve("staging")),
        concat(common, "--output", giraph.toString(), "--engine", "giraph", "--workers", "2")));
    double[][] a = KMeansFiles.centroids(Cli.json(embedded.resolve("model.json")));
    double[][] b = KMeansFiles.centroids(Cli.json(giraph.resolve("model.json")));
    for (int j = 0; j < 3; j++) {
      assertArrayEquals(a[j], b[j]);
    }
    assertEquals(Files.readString(embedded.resolve("predictions.csv")),
        Files.readString(giraph.resolve("predictions.csv")));
    assertEquals(150, Cli.json(giraph.resolve("summary.json")).get("input").get("rows").asInt());
  }

  @Test
  void aNullCellFailsTheJobNamingFileRowGroupAndRowAndWritesNothing() throws Exception {
    Path parquet = ParquetTables.write(tmp.resolve("n.parquet"),
        "message m { required double x; optional double y; }", 1 << 20, (factory, writer) -> {
          writer.write(factory.newGroup().append("x", 1.0).append("y", 2.0));
          writer.write(factory.newGroup().append("x", 3.0));
        });
    Path out = tmp.resolve("out");
    Cli cli = Cli.run("kmeans", "--format", "parquet", "--input", parquet.toString(), "--k",
        "2", "--output", out.toString());
    assertEquals(1, cli.exit);
    assertTrue(cli.err.contains("n.parquet: row group 0, row 1: column 'y' is null"), cli.err);
    assertTrue(!Files.exists(out), "no output left behind");
  }

  private static String[] concat(List<String> head, String... tail) {
    return concat(head, List.of(tail));
  }

  private static String[] concat(List<String> head, List<String> tail) {
    String[] all = new String[head.size() + tail.size()];
    for (int i = 0; i < head.size(); i++) {
      all[i] = head.get(i);
    }
    for (int i = 0; i < tail.size(); i++) {
      all[head.size() + i] = tail.get(i);
    }
    return all;
  }

  private static double[] doubles(JsonNode array) {
    double[] d = new double[array.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = array.get(i).asDouble();
    }
    return d;
  }
}
