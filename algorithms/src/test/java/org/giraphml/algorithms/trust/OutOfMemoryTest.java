package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job whose input does not fit in the heap ends with one line saying so (input size, heap
 * size, how to give the JVM more, or the cluster engine), exit 1, and nothing left behind. Runs
 * the command line in a child JVM with a small heap.
 */
class OutOfMemoryTest {
  private static final int HEAP_MB = 64;

  @TempDir
  Path tmp;

  @Test
  void inputLargerThanTheHeapEndsInOneLineSayingHowMuchAndWhatToDo() throws Exception {
    assertOneLineAndNothingLeft();
  }

  @Test
  void aLocalGiraphJobOutOfHeapEndsInTheSameLine() throws Exception {
    // The task runs in the same JVM; its input reader records the error for the driver.
    assertOneLineAndNothingLeft("--engine", "giraph");
  }

  private void assertOneLineAndNothingLeft(String... options) throws Exception {
    // 6M rows of "1,2,3,4": 48 MB of text, 230 MB as doubles and row keys.
    Path data = tmp.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(data, StandardCharsets.US_ASCII)) {
      String rows = "1,2,3,4\n".repeat(1000);
      for (int i = 0; i < 6000; i++) {
        w.write(rows);
      }
    }
    TreeSnapshot before = TreeSnapshot.of(tmp);
    List<String> args = new java.util.ArrayList<>(List.of("kmeans", "--input", data.toString(),
        "--k", "2", "--output", tmp.resolve("out").toString(), "--workers", "1"));
    args.addAll(List.of(options));
    ChildJvm.Result child = ChildJvm.run(List.of("-Xmx" + HEAP_MB + "m"),
        args.toArray(new String[0]));
    String err = child.err();
    assertEquals(1, child.exit(), err);
    String mb = String.format(Locale.ROOT, "%.1f", Files.size(data) / (double) (1 << 20));
    Matcher line = Pattern.compile("(?m)^giraph-ml kmeans: error: out of memory \\([^)]+\\) "
        + "with a Java heap of (\\d+) MB while running on " + Pattern.quote(mb) + " MB of "
        + "input in 1 file\\(s\\) \\(" + Pattern.quote(data.toString()) + "\\)\\. Give "
        + "the JVM more heap, e\\.g\\. GIRAPHML_JAVA_OPTS=-Xmx1g bin/giraph-ml \\.\\.\\. "
        + ".*--engine giraph.*$").matcher(err);
    assertTrue(line.find(), err);
    assertTrue(Integer.parseInt(line.group(1)) <= HEAP_MB, line.group());
    assertTrue(line.group().endsWith("; kmeans on dense rows: --precision float stores them in "
        + "half the memory"), line.group());
    assertFalse(err.contains("giraph-ml kmeans: failed"), "no raw exception: " + err);
    assertEquals(before, TreeSnapshot.of(tmp), "nothing may be left behind");
  }
}
