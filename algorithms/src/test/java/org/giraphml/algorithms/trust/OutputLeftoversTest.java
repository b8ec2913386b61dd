package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.giraphml.io.OutputDirectory;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs racing for one output, and what runs leave behind, through the real command line:
 * the loser keeps its results under a name its message gives and never nests them into the
 * winner's output; a failed run removes the parents it created; a later run reclaims the work
 * directory of a run that was killed.
 */
class OutputLeftoversTest {
  private static final Pattern RESULTS_IN = Pattern.compile("results are in (\\S+)$",
      Pattern.MULTILINE);

  @TempDir
  Path tmp;

  private Path data;

  @BeforeEach
  void writeData() throws Exception {
    data = Files.writeString(tmp.resolve("data.csv"), "0,0\n0,1\n10,10\n10,11\n");
  }

  private Cli kmeans(Path output) throws Exception {
    return Cli.run("kmeans", "--k", "2", "--input", data.toString(), "--output",
        output.toString());
  }

  @Test
  void secondRunCommittingFirstWinsAndTheFirstKeepsItsResultsApart() throws Exception {
    Path out = tmp.resolve("out");
    AtomicBoolean once = new AtomicBoolean();
    TreeSnapshot[] winner = new TreeSnapshot[1];
    Cli loser = OutputDirectory.withHookBeforeRename(() -> {
      if (once.compareAndSet(false, true)) {
        try {
          Cli other = kmeans(out); // commits while the first run is about to rename
          assertEquals(0, other.exit, other.err);
          winner[0] = TreeSnapshot.of(out);
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }
    }, () -> kmeans(out));
    assertEquals(1, loser.exit, loser.err);
    assertEquals(1, loser.err.lines().count(), loser.err);
    assertTrue(loser.err.startsWith("giraph-ml kmeans: error: Output directory " + out
        + " appeared while the job ran (another run?) and was left as it is; this run's "
        + "results are in "), loser.err);
    assertEquals(Map.of(), TreeSnapshot.of(out).differencesFrom(winner[0]),
        "the winner's output is untouched, nothing nested in it");
    Matcher kept = RESULTS_IN.matcher(loser.err);
    assertTrue(kept.find(), loser.err);
    assertTrue(Files.isRegularFile(Path.of(kept.group(1)).resolve("model.json")));
  }

  @Test
  void failedJobRemovesTheParentDirectoriesItCreated() throws Exception {
    Files.writeString(data, "0,0\n0,x\n");
    TreeSnapshot before = TreeSnapshot.of(tmp);
    Cli cli = kmeans(tmp.resolve("new/deeper/out"));
    assertEquals(1, cli.exit, cli.err);
    assertTrue(cli.err.contains("data.csv:2"), cli.err);
    assertEquals(Map.of(), TreeSnapshot.of(tmp).differencesFrom(before));
  }

  /**
   * A failing local Giraph job ends its JVM with System.exit while Giraph's threads still write
   * into the work directory (ZooKeeper's files, the input split record): the exit hook must
   * still leave nothing, parents made for the output included. In a child JVM for that exit.
   */
  @Test
  void failedGiraphJobEndedBySystemExitLeavesNothingBehind() throws Exception {
    Files.writeString(data, "0,0\n0,1\n9,9\n");
    TreeSnapshot before = TreeSnapshot.of(tmp);
    ChildJvm.Result run = ChildJvm.run(java.util.List.of(), "kmeans", "--engine", "giraph",
        "--input", data.toString(), "--k", "5", "--output",
        tmp.resolve("gr2/new1/new2/out").toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains("giraph-ml kmeans: error: k = 5 is larger than the number of "
        + "rows (3)"), run.err());
    assertEquals(Map.of(), TreeSnapshot.of(tmp).differencesFrom(before), run.err());
  }

  @Test
  void workDirectoryOfAKilledRunIsReclaimedAndALiveOnesIsKept() throws Exception {
    Process killed = new ProcessBuilder("true").start();
    killed.waitFor();
    String host = ownerHost(tmp);
    Path stale = Files.createDirectory(tmp.resolve(".giraphml-work." + killed.pid()
        + ".1700000000000.0badc0de." + host));
    Files.writeString(stale.resolve("model.json"), "{}");
    ProcessHandle self = ProcessHandle.current();
    Path live = Files.createDirectory(tmp.resolve(".giraphml-work." + self.pid() + "."
        + self.info().startInstant().orElseThrow().toEpochMilli() + ".0000beef." + host));

    Cli cli = kmeans(tmp.resolve("out"));
    assertEquals(0, cli.exit, cli.err);
    assertTrue(Files.notExists(stale), "the dead run's work directory is gone");
    assertTrue(Files.isDirectory(live), "a running process's work directory is kept");
  }

  /**
   * The host part of this JVM's work directory names (the host name, and in a container its
   * process-id namespace), read from a real one.
   */
  static String ownerHost(Path dir) throws Exception {
    OutputDirectory probe = OutputDirectory.prepare(new org.apache.hadoop.conf.Configuration(),
        new OutputDirectory.Request(new OutputDirectory.NamedPath("--output",
            dir.resolve("probe").toString()), false, "test", List.of()));
    String name = probe.work().getName();
    probe.abort();
    return name.split("\\.", 6)[5];
  }

  @Test
  void outputNameOfTheFullLengthTheFileSystemAllowsWorks() throws Exception {
    Path out = tmp.resolve("o".repeat(255));
    Cli cli = kmeans(out);
    assertEquals(0, cli.exit, cli.err);
    assertTrue(Files.isRegularFile(out.resolve("model.json")));
  }
}
