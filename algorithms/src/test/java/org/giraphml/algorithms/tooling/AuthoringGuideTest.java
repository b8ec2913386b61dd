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
import org.giraphml.algorithms.regression.LinearRegression;
import org.giraphml.io.JobFailure;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.IntOption;
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
 * appear, line for line, in this file or in the real source it was copied from.
 */
class AuthoringGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "AUTHORING.md");
  private static final List<Path> SOURCES = List.of(
      Path.of("src/test/java/org/giraphml/algorithms/tooling/AuthoringGuideTest.java"),
      Path.of("src/test/java/org/giraphml/algorithms/tooling/LocalHarnessRowsTest.java"),
      Path.of("src/main/java/org/giraphml/algorithms/regression/GlmAlgorithm.java"));

  @TempDir
  Path tmp;

  /** The options of a histogram algorithm (the guide's example). */
  static final class HistogramSettings {
    private HistogramSettings() {
    }

    static final IntOption BINS = new IntOption("giraphml.histogram.bins", "bins", 10, 1,
        10_000, "Number of equal-width bins.");
  }

  /** What the guide shows of an algorithm class: its option list. */
  abstract static class Histogram extends MlAlgorithm {
    @Override
    public List<ConfOption<?>> options() {
      return List.of(HistogramSettings.BINS);
    }
  }

  /** Sum and count of the labels of one data vertex's rows, as a data sender would add them. */
  static double[] labelSumAndCount(DataBlock block) {
    if (!block.hasLabels()) {
      throw new JobFailure("this algorithm needs a label for each row: give --label-column N");
    }
    double[] y = block.labels();
    double sum = 0;
    for (int r = 0; r < block.rows(); r++) {
      sum += y[r];
    }
    return new double[] {sum, block.rows()};
  }

  @Test
  void optionIsReadTypedAndRefusedNamingFlagValueRuleAndKey() {
    Configuration conf = new Configuration();
    int bins = HistogramSettings.BINS.get(conf);
    assertEquals(10, bins);
    conf.set("giraphml.histogram.bins", "0");
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> HistogramSettings.BINS.validate(conf));
    assertEquals("--bins: must be >= 1, got 0 (giraphml.histogram.bins)", e.getMessage());
  }

  @Test
  void labelsReachDataBlocksFromLibsvmRows() {
    List<DataBlock> blocks = LocalHarness.of(LinearRegression.class)
        .libsvm("1 1:0.5", "3 2:1", "-2").rowsPerBlock(2).blocks();
    assertArrayEquals(new double[] {4, 2}, labelSumAndCount(blocks.get(0)));
    assertArrayEquals(new double[] {-2, 1}, labelSumAndCount(blocks.get(1)));
  }

  @Test
  void unlabelledBlockIsRefused() {
    DataBlock block = LocalHarness.of(LinearRegression.class)
        .rows(new double[][] {{1}}).blocks().get(0);
    assertThrows(JobFailure.class, () -> labelSumAndCount(block));
  }

  @Test
  void commandLineRunTrainsAndARefusedRunLeavesTheTreeAsItWas() throws Exception {
    Path csv = DataFiles.writeLabelledCsv(tmp.resolve("line.csv"),
        new double[][] {{0}, {1}, {2}, {3}}, new double[] {1, 3, 5, 7});
    Cli r = Cli.run("linreg", "--input", csv.toString(), "--label-column", "1",
        "--output", tmp.resolve("out").toString());
    assertEquals(0, r.exit, r.err);
    JsonNode model = Cli.json(tmp.resolve("out/model.json"));
    assertEquals(2, model.get("weights").get(0).asDouble(), 1e-9);
    assertEquals(1, model.get("intercept").asDouble(), 1e-9);

    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli refused = Cli.run("linreg", "--input", csv.toString(),
        "--output", tmp.resolve("unlabelled").toString());
    assertEquals(1, refused.exit, refused.err);
    assertTrue(refused.err.contains("linreg needs a label for each row"), refused.err);
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
    assertTrue(count >= 5, "the guide has " + count + " java blocks");
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
