package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the command line's logging configuration (conf/log4j2.xml), a local {@code --engine
 * giraph} job prints giraph-ml's own lines only: no WARN chatter of Giraph, Hadoop or ZooKeeper
 * on success, and on failure no trace before the one-line reason. Child JVMs: a failing local
 * Giraph job ends its JVM, and Hadoop's logging is configured once per JVM.
 */
class EngineLogNoiseTest {
  private static final String CLI_LOGGING = "-Dlog4j2.configurationFile="
      + Path.of("..", "conf", "log4j2.xml").toAbsolutePath().normalize();

  @TempDir
  Path tmp;

  /** The lines not written by giraph-ml: neither its messages nor its (INFO) progress log. */
  private static List<String> foreign(String stderr) {
    return stderr.lines().filter(l -> !l.startsWith("giraph-ml ")
        && !l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  .*")).toList();
  }

  private ChildJvm.Result kmeans(String rows, int k) throws Exception {
    Path data = Files.writeString(tmp.resolve("d.csv"), rows);
    return ChildJvm.run(List.of(CLI_LOGGING), "kmeans", "--engine", "giraph", "--input",
        data.toString(), "--k", String.valueOf(k), "--output", tmp.resolve("out").toString());
  }

  @Test
  void aSuccessfulGiraphJobPrintsOnlyGiraphMlsOwnLines() throws Exception {
    ChildJvm.Result run = kmeans("0,0\n0,1\n1,0\n9,9\n9,8\n8,9\n", 2);
    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of(), foreign(run.err()), run.err());
  }

  @Test
  void aBadCellFoundInsideTheTaskIsOneLineWithNoTraceBeforeIt() throws Exception {
    ChildJvm.Result run = kmeans("0,0\n0,x\n1,0\n9,9\n", 2);
    assertEquals(1, run.exit(), run.err());
    assertEquals(List.of(), foreign(run.err()), run.err());
    List<String> ours = run.err().lines().filter(l -> l.startsWith("giraph-ml ")).toList();
    assertEquals(List.of("giraph-ml kmeans: error: file:" + tmp.resolve("d.csv")
        + ":2: column 1 (0-based): 'x' is not a number"), ours, run.err());
  }

  @Test
  void kLargerThanTheRowsFoundByTheMasterIsOneLineWithNoTraceBeforeIt() throws Exception {
    ChildJvm.Result run = kmeans("0,0\n0,1\n1,0\n", 5);
    assertEquals(1, run.exit(), run.err());
    assertEquals(List.of(), foreign(run.err()), run.err());
  }
}
