package org.giraphml.algorithms.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.giraphml.api.ModelFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved models of every released {@code format_version} keep loading and predicting what they
 * predicted when they were saved, as Tribuo's committed {@code kmeans-431.tribuo} does. The
 * fixtures and how their expected predictions were computed (with numpy, from the fixture's
 * own parameters) are in {@code src/test/resources/models/README.md}.
 */
class ModelFixturesTest {
  private static final String ROOT = "/models";

  @TempDir
  Path tmp;

  /** The resource directory of one fixture. */
  static String fixtureDir(String algorithm, int formatVersion) {
    return ROOT + "/" + algorithm + "/format-" + formatVersion;
  }

  @TestFactory
  Stream<DynamicTest> everyFixturePredictsItsExpectedValuesExactly() throws Exception {
    Path root = Path.of(ModelFixturesTest.class.getResource(ROOT).toURI());
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> algorithms = Files.list(root)) {
      for (Path algorithm : algorithms.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> versions = Files.list(algorithm)) {
          for (Path fixture : versions.filter(Files::isDirectory).sorted().toList()) {
            tests.add(dynamicTest(root.relativize(fixture).toString(), () -> check(fixture)));
          }
        }
      }
    }
    assertTrue(tests.size() >= 3, "expected the kmeans, linreg and logreg fixtures under "
        + root + ", found " + tests.size());
    return tests.stream();
  }

  @Test
  void everyRegisteredModelFormatHasAFormatOneFixture() {
    for (ModelFormat format : ServiceLoader.load(ModelFormat.class)) {
      String dir = fixtureDir(format.algorithm(), 1);
      assertTrue(getClass().getResource(dir + "/model.json") != null,
          format.getClass().getName() + " reads '" + format.algorithm() + "' models but there "
              + "is no fixture " + dir + " (see models/README.md)");
    }
  }

  private void check(Path fixture) throws Exception {
    JsonNode model = Cli.json(fixture.resolve("model.json"));
    assertEquals(fixture.getParent().getFileName().toString(), model.path("algorithm").asText(),
        "the fixture's directory names its algorithm");
    assertEquals(fixture.getFileName().toString(),
        "format-" + model.path("format_version").asInt(), "and its format_version");

    TreeSnapshot before = TreeSnapshot.of(fixture);
    Path out = tmp.resolve(fixture.getParent().getFileName().toString());
    Cli cli = Cli.run("predict", "--model", fixture.toString(), "--input",
        fixture.resolve("input.csv").toString(), "--output", out.toString());
    assertEquals(0, cli.exit, cli.err);
    assertEquals(before, TreeSnapshot.of(fixture), "predict changed the fixture");

    List<String> expected = Files.readAllLines(fixture.resolve("expected-predictions.csv"));
    List<String> actual = Files.readAllLines(out.resolve("predictions.csv"));
    assertEquals(expected.get(0), actual.get(0), "header");
    assertEquals(expected.size(), actual.size(), "rows");
    for (int i = 1; i < expected.size(); i++) {
      String[] e = expected.get(i).split(",");
      String[] a = actual.get(i).split(",");
      assertEquals(e[0], a[0], "row number on line " + (i + 1));
      // Exact: assertEquals on doubles compares bits; numpy and Java print the shortest
      // round-trip form, but parsing keeps the test independent of that.
      assertEquals(Double.parseDouble(e[1]), Double.parseDouble(a[1]),
          fixture + ": prediction of row " + e[0]);
    }
  }
}
