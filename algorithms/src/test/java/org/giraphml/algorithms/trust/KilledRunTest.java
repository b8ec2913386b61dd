package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs ended by a signal while they load their input, in a child JVM: SIGTERM cleans up and
 * says so; SIGKILL cannot, and the next run beside the output reclaims what it left.
 */
class KilledRunTest {
  /** Enough rows that loading them takes far longer than noticing the work directory. */
  private static final int ROWS = 1_500_000;

  @TempDir
  Path tmp;

  private Path data;

  @BeforeEach
  void writeData() throws Exception {
    data = tmp.resolve("big.csv");
    try (BufferedWriter out = Files.newBufferedWriter(data, StandardCharsets.US_ASCII)) {
      for (int i = 0; i < ROWS; i++) {
        out.write((i % 7) + "," + (i % 13) + "\n");
      }
    }
  }

  private Process start(Path output, Path stderr) throws Exception {
    return ChildCli.builder(tmp, "kmeans", "--k", "2", "--workers", "1", "--input",
        data.toString(), "--output", output.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr.toFile()).start();
  }

  /** Waits until the child has created its work directory in {@code parent}. */
  private static Path awaitWorkDirectory(Path parent, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(parent)) {
        try (Stream<Path> entries = Files.list(parent)) {
          Optional<Path> work = entries.filter(p -> p.getFileName().toString()
              .startsWith(".giraphml-work.")).findFirst();
          if (work.isPresent()) {
            return work.get();
          }
        }
      }
      assertTrue(child.isAlive(), "the child ended before it created its work directory");
      Thread.sleep(1);
    }
    throw new AssertionError("no work directory appeared in " + parent);
  }

  @Test
  void sigtermWhileLoadingSaysSoAndRemovesTheWorkAndTheParentsItCreated() throws Exception {
    Path stderr = Files.createTempFile("giraphml-sigterm", ".err");
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Process child = start(tmp.resolve("new/deeper/out"), stderr);
    awaitWorkDirectory(tmp.resolve("new/deeper"), child);
    sigtermSaysStoppedAndLeavesNothing(child, stderr, "kmeans", before);
  }

  /**
   * Sends SIGTERM; checks the child said "stopped" (not "Shutdown in progress") and that the
   * tree is as {@code before}.
   */
  private void sigtermSaysStoppedAndLeavesNothing(Process child, Path stderr, String command,
      TreeSnapshot before) throws Exception {
    child.destroy(); // SIGTERM
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    String err = Files.readString(stderr, StandardCharsets.ISO_8859_1);
    Files.delete(stderr);
    assertFalse(err.contains("Shutdown in progress"), err);
    assertTrue(err.contains("giraph-ml " + command + ": error: the job was stopped before it "
        + "finished"), err);
    assertEquals(Map.of(), TreeSnapshot.of(tmp).differencesFrom(before), err);
  }

  /**
   * A signal landing while the output's parents are being created (before the work directory
   * exists): the exit hook was registered before anything was created, so it waits for the
   * preparation and removes what it made; no "Shutdown in progress" from registering late.
   */
  @Test
  void sigtermWhileTheOutputsParentsAreCreatedLeavesNothingAndSaysSo() throws Exception {
    Path stderr = Files.createTempFile("giraphml-sigterm", ".err");
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Process child = start(tmp.resolve("fresh/deeper/out"), stderr);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(tmp.resolve("fresh")) && System.nanoTime() < deadline) {
      assertTrue(child.isAlive(), "the child ended before it created the output's parents");
      Thread.onSpinWait();
    }
    sigtermSaysStoppedAndLeavesNothing(child, stderr, "kmeans", before);
  }

  /**
   * SIGTERM in the middle of a local Giraph job, whose threads keep writing into the work
   * directory (ZooKeeper, checkpoints) while the exit hook deletes it: nothing is left.
   */
  @Test
  void sigtermDuringAGiraphJobsSuperstepsLeavesNothingAndSaysSo() throws Exception {
    Path rows = Files.writeString(tmp.resolve("separable.csv"), "1,0\n2,0\n3,0\n4,1\n");
    Path stderr = Files.createTempFile("giraphml-sigterm", ".err");
    TreeSnapshot before = TreeSnapshot.of(tmp);
    // Separable rows never converge: the job runs its 200 iterations unless stopped. The test
    // logging configuration writes the progress lines to stdout: merge both.
    Process child = ChildCli.builder(tmp, "logreg", "--engine", "giraph", "--input",
        rows.toString(), "--label-column", "1", "--max-iterations", "200", "--tolerance", "0",
        "--output", tmp.resolve("g1/g2/out").toString())
        .redirectErrorStream(true).redirectOutput(stderr.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!Files.readString(stderr, StandardCharsets.ISO_8859_1).contains("iteration 3:")) {
      assertTrue(child.isAlive() && System.nanoTime() < deadline,
          "the job did not reach iteration 3: " + Files.readString(stderr));
      Thread.sleep(20);
    }
    sigtermSaysStoppedAndLeavesNothing(child, stderr, "logreg", before);
  }

  @Test
  void sigkilledRunsWorkDirectoryIsReclaimedByTheNextRunBesideIt() throws Exception {
    Path runs = Files.createDirectory(tmp.resolve("runs"));
    Path stderr = Files.createTempFile("giraphml-sigkill", ".err");
    Process child = start(runs.resolve("out"), stderr);
    Path work = awaitWorkDirectory(runs, child);
    child.destroyForcibly(); // SIGKILL
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    Files.delete(stderr);
    assertTrue(Files.isDirectory(work), "a killed run cannot clean up after itself");
    assertFalse(Files.exists(runs.resolve("out")));

    Path small = Files.writeString(tmp.resolve("small.csv"), "0,0\n0,1\n10,10\n10,11\n");
    Cli next = Cli.run("kmeans", "--k", "2", "--input", small.toString(), "--output",
        runs.resolve("other").toString());
    assertEquals(0, next.exit, next.err);
    assertTrue(Files.notExists(work), "the next run beside it reclaimed " + work);
  }
}
