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
import org.giraphml.testing.OrcTables;
import org.giraphml.testing.ParquetTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same data as CSV and as Parquet or ORC (written by the formats' own writers from the
 * CSV's numbers) trains bit-identical models, predicts identically, and reads the same on both
 * engines, whose splits are the row groups or stripes.
 */
class ColumnarInputTest {
  static final Path IRIS = Path.of("..", "datasets", "iris.csv");
  static final Path DIABETES = Path.of("..", "datasets", "diabetes.csv");

  @TempDir
  Path tmp;

  /**
   * The CSV's numbers as a {@code format} table (parquet or orc): double features, the last
   * column an int label; small units (row groups, stripes) if {@code severalUnits}.
   */
  private Path asTable(String format, Path csv, boolean severalUnits) throws IOException {
    String[] header = Files.readAllLines(csv).get(0).split(",");
    double[][] all = DataFiles.readCsv(csv);
    double[][] x = new double[all.length][];
    int[] y = new int[all.length];
    for (int i = 0; i < all.length; i++) {
      x[i] = Arrays.copyOf(all[i], header.length - 1);
      y[i] = (int) all[i][header.length - 1];
      assertEquals(y[i], all[i][header.length - 1]); // whole-number labels, stored exactly
    }
    String[] names = Arrays.copyOf(header, header.length - 1);
    String label = header[header.length - 1];
    Path file = tmp.resolve(csv.getFileName() + "." + format);
    if (format.equals("orc")) {
      OrcTables.writeDoubles(file, names, x, label, y, severalUnits ? 40 : Integer.MAX_VALUE);
      assertEquals(severalUnits, OrcTables.stripes(file) > 1);
    } else {
      ParquetTables.writeDoubles(file, names, x, label, y, severalUnits ? 1024 : 1 << 20);
      assertEquals(severalUnits, ParquetTables.rowGroups(file) > 1);
    }
    return file;
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

  @ParameterizedTest
  @ValueSource(strings = {"parquet", "orc"})
  void kmeansIsBitIdenticalToCsvAndPredictsTheSame(String format) throws Exception {
    Path table = asTable(format, IRIS, false);
    String init = initCentroids().toString();
    Path fromCsv = tmp.resolve("csv");
    Path fromTable = tmp.resolve("table");
    run("kmeans", "--input", IRIS.toString(), "--label-column", "4", "--k", "3",
        "--init-centroids", init, "--output", fromCsv.toString(), "--predictions");
    run("kmeans", "--format", format, "--input", table.toString(), "--label-column",
        "species", "--k", "3", "--init-centroids", init, "--output", fromTable.toString(),
        "--predictions");
    double[][] expected = KMeansFiles.centroids(Cli.json(fromCsv.resolve("model.json")));
    double[][] actual = KMeansFiles.centroids(Cli.json(fromTable.resolve("model.json")));
    for (int j = 0; j < 3; j++) {
      assertArrayEquals(expected[j], actual[j]);
    }
    assertEquals(Files.readString(fromCsv.resolve("predictions.csv")),
        Files.readString(fromTable.resolve("predictions.csv")));
    JsonNode input = Cli.json(fromTable.resolve("summary.json")).get("input");
    assertEquals(150, input.get("rows").asInt());
    assertEquals("species", input.get("label_column").asText());
    assertEquals("sepal_length", input.get("feature_columns").get(0).get("name").asText());

    Path predicted = tmp.resolve("predicted");
    run("predict", "--model", fromCsv.toString(), "--format", format, "--input",
        table.toString(), "--label-column", "species", "--output", predicted.toString());
    assertEquals(Files.readString(fromCsv.resolve("predictions.csv")),
        Files.readString(predicted.resolve("predictions.csv")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"parquet", "orc"})
  void linearRegressionIsBitIdenticalToCsv(String format) throws Exception {
    Path table = asTable(format, DIABETES, false);
    Path fromCsv = tmp.resolve("csv");
    Path fromTable = tmp.resolve("table");
    run("linreg", "--input", DIABETES.toString(), "--label-column", "10", "--output",
        fromCsv.toString());
    run("linreg", "--format", format, "--input", table.toString(), "--label-column",
        "progression", "--output", fromTable.toString());
    JsonNode expected = Cli.json(fromCsv.resolve("model.json"));
    JsonNode actual = Cli.json(fromTable.resolve("model.json"));
    assertEquals(10, actual.get("dimensions").asInt());
    assertArrayEquals(doubles(expected.get("weights")), doubles(actual.get("weights")));
    assertEquals(expected.get("intercept").asDouble(), actual.get("intercept").asDouble(), 0.0);
    assertEquals(Cli.json(fromCsv.resolve("summary.json")).get("objective").asDouble(),
        Cli.json(fromTable.resolve("summary.json")).get("objective").asDouble(), 0.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"parquet", "orc"})
  void giraphEngineReadsRowGroupsOrStripesAsSplitsLikeTheEmbeddedEngine(String format)
      throws Exception {
    Path table = asTable(format, IRIS, true);
    String init = initCentroids().toString();
    List<String> common = List.of("kmeans", "--format", format, "--input",
        table.toString(), "--label-column", "species", "--k", "3", "--init-centroids", init,
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
