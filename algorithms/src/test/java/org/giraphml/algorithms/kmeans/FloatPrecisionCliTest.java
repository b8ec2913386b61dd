package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --precision float} through the real command line: a float run on a file must equal,
 * to the bit, a double run on the same file with every value pre-rounded to float32 (written
 * as the float's exact double, so the double run parses exactly the numbers the float run
 * stores; cells are padded to one width so that each row has the same byte offset, the row key
 * seeding random choices, in both files). Every step is covered: each seeding mode, Lloyd and
 * Hamerly, weights, an empty cluster re-seeded, a k sweep, cosine distance, predictions,
 * quality scores, both engines.
 */
class FloatPrecisionCliTest {
  private static final int DIMS = 5;

  @TempDir
  Path tmp;

  /** Seeded blobs with full double digits: rounding to float changes almost every value. */
  private Path[] files() throws IOException {
    Random random = new Random(20261130L);
    List<String> exact = new ArrayList<>();
    List<String> rounded = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      int blob = i % 4;
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      for (int t = 0; t < DIMS; t++) {
        double v = 3.0 * blob * (t % 2 == 0 ? 1 : -1) + 0.1 * t + random.nextGaussian() / 3;
        // Cells of one width: rows keep their byte offsets, the keys that seed random choices.
        a.append(String.format("%-24s,", v));
        b.append(String.format("%-24s,", (double) (float) v));
      }
      // The weight column: weights stay double in both runs.
      String weight = Double.toString(0.5 + (i % 7) / 4.0); // floats: a feature when unused
      exact.add(a + weight);
      rounded.add(b + weight);
    }
    Path x = tmp.resolve("exact.csv");
    Path r = tmp.resolve("rounded.csv");
    Files.write(x, exact);
    Files.write(r, rounded);
    return new Path[] {x, r};
  }

  private Cli kmeans(Path input, String out, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("kmeans", "--input", input.toString(),
        "--output", tmp.resolve(out).toString(), "--workers", "2",
        "--block-bytes", "1024", "--split-bytes", "8192"));
    args.addAll(List.of(more));
    Cli cli = Cli.run(args.toArray(String[]::new));
    assertEquals(0, cli.exit, cli.err);
    return cli;
  }

  /** Runs float on the exact file and double on the rounded one; every output must agree. */
  private void assertSameAsRoundedDouble(String name, String... options) throws Exception {
    Path[] f = files();
    List<String> floatArgs = new ArrayList<>(List.of(options));
    floatArgs.addAll(List.of("--precision", "float"));
    kmeans(f[0], name + "-float", floatArgs.toArray(String[]::new));
    kmeans(f[1], name + "-double", options);
    List<Path> models = files(tmp.resolve(name + "-double"), "model.json");
    assertTrue(!models.isEmpty(), name);
    for (Path model : models) {
      Path other = tmp.resolve(name + "-float")
          .resolve(tmp.resolve(name + "-double").relativize(model));
      assertEquals(Files.readString(model), Files.readString(other), model.toString());
    }
    if (List.of(options).contains("--predictions")) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve(name + "-double/predictions.csv")),
          Files.readAllBytes(tmp.resolve(name + "-float/predictions.csv")), name);
    }
    JsonNode d = Cli.json(tmp.resolve(name + "-double/summary.json"));
    JsonNode s = Cli.json(tmp.resolve(name + "-float/summary.json"));
    assertEquals("float", s.get("precision").asText(), name);
    assertEquals("double", d.get("precision").asText(), name);
    // Everything else, objective and quality scores included, is the same to the bit.
    assertEquals(withoutRunFacts(d).toPrettyString(), withoutRunFacts(s).toPrettyString());
  }

  /** The summary without what differs between any two runs: times, input paths, precision. */
  private static JsonNode withoutRunFacts(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.remove("input");
      o.remove("precision");
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        if (n.contains("seconds")) {
          o.remove(n);
        } else {
          withoutRunFacts(o.get(n));
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(FloatPrecisionCliTest::withoutRunFacts);
    }
    return node;
  }

  private static List<Path> files(Path dir, String name) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> p.getFileName().toString().equals(name)).sorted().toList();
    }
  }

  @Test
  void floatRunEqualsDoubleRunOnRoundedDataWithHamerlyAndKmeansPlusPlus() throws Exception {
    assertSameAsRoundedDouble("hamerly", "--k", "4", "--init", "kmeans++", "--algorithm",
        "hamerly", "--weight-column", "5", "--predictions");
  }

  @Test
  void floatRunEqualsDoubleRunOnRoundedDataWithLloydAndKmeansParallel() throws Exception {
    assertSameAsRoundedDouble("lloyd", "--k", "4", "--init", "kmeans||", "--algorithm",
        "lloyd", "--weight-column", "5", "--predictions");
  }

  @Test
  void floatRunEqualsDoubleRunOnRoundedDataWithRandomSeedingUnweighted() throws Exception {
    assertSameAsRoundedDouble("random", "--k", "5", "--init", "random", "--seed", "7",
        "--predictions");
  }

  @Test
  void floatRunEqualsDoubleRunWhenAnEmptyClusterIsReseeded() throws Exception {
    // A far-away initial centroid no row chooses: re-seeded from the farthest row.
    Path init = tmp.resolve("init.csv");
    Files.writeString(init, "0,0,0,0,0\n3,-3,3,-3,3\n500,500,500,500,500\n");
    assertSameAsRoundedDouble("empty", "--k", "3", "--init-centroids", init.toString(),
        "--weight-column", "5", "--predictions");
    JsonNode s = Cli.json(tmp.resolve("empty-float/summary.json"));
    assertTrue(s.get("empty_cluster_events").size() > 0, s.toString());
  }

  /**
   * Row keys are byte offsets, so a pre-rounded file spelled differently has other keys. From
   * the same start, with every row in the silhouette, nothing may depend on them: the model,
   * the inertia and every quality score, silhouette included, equal the float run's to the bit.
   */
  @Test
  void aDifferentlySpelledRoundedFileGivesTheSameModelAndScores() throws Exception {
    Path[] f = files();
    List<String> shortest = new ArrayList<>();
    for (String line : Files.readAllLines(f[1])) {
      StringBuilder b = new StringBuilder();
      for (String cell : line.split(",")) {
        b.append(b.length() == 0 ? "" : ",").append(Double.parseDouble(cell.trim()));
      }
      shortest.add(b.toString());
    }
    Path spelled = tmp.resolve("shortest.csv");
    Files.write(spelled, shortest);
    Path init = tmp.resolve("init.csv");
    Files.write(init, shortest.subList(0, 4));
    String[] start = {"--k", "4", "--init-centroids", init.toString(), "--tolerance", "0",
        "--max-iterations", "6"};
    List<String> floatArgs = new ArrayList<>(List.of(start));
    floatArgs.addAll(List.of("--precision", "float"));
    kmeans(f[0], "spelled-float", floatArgs.toArray(String[]::new));
    kmeans(spelled, "spelled-double", start);
    assertEquals(Files.readString(tmp.resolve("spelled-double/model.json")),
        Files.readString(tmp.resolve("spelled-float/model.json")));
    JsonNode d = Cli.json(tmp.resolve("spelled-double/summary.json"));
    JsonNode s = Cli.json(tmp.resolve("spelled-float/summary.json"));
    assertTrue(s.get("silhouette_exact").asBoolean());
    // The files' lengths differ, and so does their count of --block-bytes blocks.
    ((ObjectNode) d).remove("data_blocks");
    ((ObjectNode) s).remove("data_blocks");
    assertEquals(withoutRunFacts(d).toPrettyString(), withoutRunFacts(s).toPrettyString());
  }

  @Test
  void floatCosineRunEqualsDoubleCosineRunOnRoundedData() throws Exception {
    // Unit rows are made in double from the widened floats, as the double run makes them.
    assertSameAsRoundedDouble("cosine", "--k", "3", "--distance", "cosine", "--init",
        "kmeans++", "--predictions");
  }

  @Test
  void floatSweepEqualsDoubleSweepOnRoundedData() throws Exception {
    assertSameAsRoundedDouble("sweep", "--k", "2..5", "--weight-column", "5");
  }

  @Test
  void floatRunOnTheGiraphEngineEqualsTheEmbeddedOne() throws Exception {
    Path[] f = files();
    kmeans(f[0], "embedded", "--k", "4", "--init", "kmeans++", "--precision", "float");
    kmeans(f[0], "giraph", "--k", "4", "--init", "kmeans++", "--precision", "float",
        "--engine", "giraph");
    assertArrayEquals(Files.readAllBytes(tmp.resolve("embedded/model.json")),
        Files.readAllBytes(tmp.resolve("giraph/model.json")));
  }

  /**
   * Against a double run on the unrounded data: rounding moves each value by at most 2^-24 of
   * itself (|x| < 10 here, so by < 6e-7), and each row's distance to its centroid (about 0.75
   * on average, the blobs' spread) by about as much; the inertia's relative change is then of
   * order 2 * 6e-7 / 0.75 = 1.6e-6 at worst, far less on average as the errors cancel.
   */
  @Test
  void floatInertiaIsWithinRoundingOfTheDoubleRunOnTheOriginalData() throws Exception {
    Path[] f = files();
    kmeans(f[0], "f", "--k", "4", "--init", "kmeans++", "--precision", "float",
        "--predictions");
    kmeans(f[0], "d", "--k", "4", "--init", "kmeans++", "--predictions");
    double single = Cli.json(tmp.resolve("f/summary.json")).get("objective").asDouble();
    double full = Cli.json(tmp.resolve("d/summary.json")).get("objective").asDouble();
    assertNotEquals(full, single, "rounding to float must change the data");
    assertEquals(full, single, 2e-6 * full);
    assertArrayEquals(Files.readAllBytes(tmp.resolve("d/predictions.csv")),
        Files.readAllBytes(tmp.resolve("f/predictions.csv")));
  }

  @Test
  void otherAlgorithmsAndLibsvmRefuseFloatPrecisionWithOneLine() throws Exception {
    Path[] f = files();
    Cli linreg = Cli.run("linreg", "--input", f[0].toString(), "--label-column", "0",
        "--output", tmp.resolve("lin").toString(), "--precision", "float");
    assertEquals(2, linreg.exit, linreg.err);
    assertTrue(linreg.err.contains("linreg keeps its rows in double only"), linreg.err);
    assertTrue(linreg.err.contains("giraphml.input.precision"), linreg.err);
    Path svm = tmp.resolve("a.libsvm");
    Files.writeString(svm, "1 1:0.5 3:2\n0 2:1\n");
    Cli libsvm = Cli.run("kmeans", "--input", svm.toString(), "--format", "libsvm", "--k", "2",
        "--output", tmp.resolve("svm").toString(), "--precision", "float");
    assertEquals(2, libsvm.exit, libsvm.err);
    assertTrue(libsvm.err.contains("LIBSVM rows are sparse"), libsvm.err);
    assertTrue(Files.notExists(tmp.resolve("lin")) && Files.notExists(tmp.resolve("svm")));
  }
}
