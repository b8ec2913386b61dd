package org.giraphml.algorithms.tooling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.algorithms.nearestcentroid.NearestCentroid;
import org.giraphml.algorithms.nearestcentroid.NearestCentroidSettings;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.graph.DataBlock;
import org.giraphml.testing.Cli;
import org.giraphml.testing.DataFiles;
import org.giraphml.testing.LocalHarness;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of docs/AUTHORING.md, compiled and run: every {@code java} block of the guide must
 * appear, line for line, in this file or in the real source it was copied from (the tutorial
 * algorithm's package, its tests, the contract cases).
 */
class AuthoringGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "AUTHORING.md");
  private static final Path MAIN = Path.of("src/main/java/org/giraphml/algorithms");
  private static final Path TEST = Path.of("src/test/java/org/giraphml/algorithms");
  private static final List<Path> SOURCES = List.of(
      TEST.resolve("tooling/AuthoringGuideTest.java"),
      TEST.resolve("tooling/LocalHarnessRowsTest.java"),
      TEST.resolve("nearestcentroid/NearestCentroidTest.java"),
      TEST.resolve("contract/ContractCases.java"),
      MAIN.resolve("nearestcentroid/NearestCentroid.java"),
      MAIN.resolve("nearestcentroid/NearestCentroidSettings.java"),
      MAIN.resolve("nearestcentroid/ClassSums.java"),
      MAIN.resolve("nearestcentroid/TrainingScore.java"),
      MAIN.resolve("nearestcentroid/NearestCentroidModel.java"),
      MAIN.resolve("nearestcentroid/NearestCentroidModelFormat.java"));

  @TempDir
  Path tmp;

  @Test
  void optionIsReadTypedAndRefusedNamingFlagValueRuleAndKey() {
    Configuration conf = new Configuration();
    int maxClasses = NearestCentroidSettings.MAX_CLASSES.get(conf);
    assertEquals(1000, maxClasses);
    conf.set("giraphml.nearest-centroid.max-classes", "1");
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> NearestCentroidSettings.MAX_CLASSES.validate(conf));
    assertEquals("--max-classes: must be >= 2, got 1 (giraphml.nearest-centroid.max-classes)",
        e.getMessage());
  }

  @Test
  void labelsReachDataBlocksFromLibsvmRows() {
    List<DataBlock> blocks = LocalHarness.of(NearestCentroid.class)
        .libsvm("1 1:0.5", "3 2:1", "-2").rowsPerBlock(2).blocks();
    assertArrayEquals(new double[] {1, 3}, blocks.get(0).labels());
    assertEquals(-2, blocks.get(1).label(0));
  }

  @Test
  void commandLineRunTrainsAndARefusedRunLeavesTheTreeAsItWas() throws Exception {
    Path csv = DataFiles.writeLabelledCsv(tmp.resolve("two.csv"),
        new double[][] {{0, 0}, {2, 0}, {10, 10}, {10, 12}}, new double[] {1, 1, 2, 2});
    Cli r = Cli.run("nearest-centroid", "--input", csv.toString(), "--label-column", "2",
        "--output", tmp.resolve("out").toString());
    assertEquals(0, r.exit, r.err);
    JsonNode model = Cli.json(tmp.resolve("out/model.json"));
    assertEquals("[[1.0,0.0],[10.0,11.0]]", model.get("centroids").toString());

    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli refused = Cli.run("nearest-centroid", "--input", csv.toString(),
        "--output", tmp.resolve("unlabelled").toString());
    assertEquals(1, refused.exit, refused.err);
    assertTrue(refused.err.contains("nearest-centroid needs a label for each row"), refused.err);
    assertEquals(before, TreeSnapshot.of(tmp));
  }

  @Test
  void everyJavaBlockOfTheGuideIsCodeThatCompiles() throws IOException {
    String code = SOURCES.stream().map(AuthoringGuideTest::read).map(AuthoringGuideTest::trimmed)
        .collect(Collectors.joining("\n"));
    Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(GUIDE));
    List<String> missing = new ArrayList<>();
    int count = 0;
    while (blocks.find()) {
      count++;
      if (!code.contains(trimmed(blocks.group(1)))) {
        missing.add(blocks.group(1));
      }
    }
    assertTrue(count >= 10, "the guide has " + count + " java blocks");
    assertEquals(List.of(), missing, "java blocks of docs/AUTHORING.md found in no source");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Lines without their indentation, blank lines dropped. */
  private static String trimmed(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }
}
