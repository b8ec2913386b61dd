package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job definition as a full Giraph job (input splits, ZooKeeper, Netty, master compute,
 * vertex output) under Hadoop's local job runner gives the embedded engine's model exactly.
 */
class GiraphEngineTest {
  @TempDir
  Path tmp;

  @Test
  void fullGiraphJobGivesTheEmbeddedEnginesModel() throws Exception {
    Path data = tmp.resolve("data.csv");
    StringBuilder csv = new StringBuilder("a,b,c\n");
    double[][] rows = org.giraphml.testing.SeededData.blobs(3000, 3, 4, 2.0, 17).rows();
    for (double[] r : rows) {
      csv.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append('\n');
    }
    csv.append("1,oops,3\n");
    Files.writeString(data, csv);
    String[] common = {"kmeans", "--input", data.toString(), "--k", "4", "--init", "kmeans++",
        "--predictions", "--skip-invalid", "--split-bytes", "20000", "--block-bytes", "4096",
        "--workers", "2"};
    Cli memory = Cli.run(concat(common, "--output", tmp.resolve("memory").toString()));
    assertEquals(0, memory.exit, memory.err);
    Cli giraph = Cli.run(concat(common, "--output", tmp.resolve("giraph").toString(),
        "--engine", "giraph"));
    assertEquals(0, giraph.exit, giraph.err);

    JsonNode a = Cli.json(tmp.resolve("memory/model.json"));
    JsonNode b = Cli.json(tmp.resolve("giraph/model.json"));
    assertEquals(a.get("centroids"), b.get("centroids"));
    JsonNode sa = Cli.json(tmp.resolve("memory/summary.json"));
    JsonNode sb = Cli.json(tmp.resolve("giraph/summary.json"));
    assertEquals(sa.get("objective_history"), sb.get("objective_history"));
    assertEquals(3000, sb.get("input").get("rows").asLong());
    assertEquals(1, sb.get("input").get("skipped_rows").asLong());
    assertTrue(sb.get("input").get("skipped_row_problems").get(0).asText()
        .endsWith("data.csv:3002: column 1 (0-based): 'oops' is not a number"));
    // Many blocks (4 KiB each) over several splits: the workers' per-block parts, streamed
    // together by the driver, give the embedded engine's file byte for byte.
    assertArrayEquals(Files.readAllBytes(tmp.resolve("memory/predictions.csv")),
        Files.readAllBytes(tmp.resolve("giraph/predictions.csv")));
    assertEquals(3001, Files.readAllLines(tmp.resolve("giraph/predictions.csv")).size());
    try (Stream<Path> files = Files.list(tmp.resolve("giraph"))) {
      assertEquals(List.of("_GIRAPHML", "model.json", "predictions.csv", "report.html",
          "summary.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }

    // predict on the Giraph engine: the model shared as JSON text, the same formatter.
    Cli predict = Cli.run("predict", "--model", tmp.resolve("memory").toString(), "--input",
        data.toString(), "--skip-invalid", "--split-bytes", "20000", "--block-bytes", "4096",
        "--workers", "2", "--engine", "giraph", "--output", tmp.resolve("predict").toString());
    assertEquals(0, predict.exit, predict.err);
    assertArrayEquals(Files.readAllBytes(tmp.resolve("memory/predictions.csv")),
        Files.readAllBytes(tmp.resolve("predict/predictions.csv")));
    assertEquals("predict", Cli.json(tmp.resolve("predict/summary.json")).get("algorithm")
        .asText());
  }

  @Test
  void failedGiraphJobReportsTheReasonAndLeavesNothing() throws Exception {
    // Giraph ends a failed local job with System.exit, so this one runs in its own JVM.
    Path data = Files.writeString(tmp.resolve("d.csv"), "1,2\n3,4\n");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@" + Path.of("..", "conf", "jvm.options").toAbsolutePath());
    command.add("-Dlog4j2.configurationFile="
        + Path.of("..", "conf", "log4j2.xml").toAbsolutePath());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.giraphml.job.Main");
    command.addAll(List.of("kmeans", "--input", data.toString(), "--k", "3", "--engine",
        "giraph", "--output", tmp.resolve("out").toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("log.txt").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "job did not end");
    String log = Files.readString(tmp.resolve("log.txt"), StandardCharsets.UTF_8);
    assertEquals(1, p.exitValue(), log);
    assertTrue(log.contains("giraph-ml kmeans: error: k = 3 is larger than the number of rows "
        + "(2)"), log);
    try (Stream<Path> files = Files.list(tmp)) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".out")
          || f.getFileName().toString().equals("out")), "no output or work directory left");
    }
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
