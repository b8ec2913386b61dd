package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a job prints on stderr, in a child JVM whose stderr is a file (as in CI or a log), or a
 * terminal (a pseudo-terminal made by util-linux's {@code script}): the plain log of one line
 * per iteration when it is not a terminal, the live progress line when it is, and neither with
 * {@code --quiet}.
 */
class ProgressOutputTest {
  static final String IRIS = Path.of("..", "datasets", "iris.csv").toAbsolutePath().toString();
  static final String LOG_LINE = "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (INFO |WARN |ERROR) \\S+ - .*";

  @TempDir
  Path tmp;

  /** Exit code, stdout and stderr of a child. */
  private static final class ChildResult {
    final int exit;
    final String out;
    final String err;

    ChildResult(String[] r) {
      exit = Integer.parseInt(r[0]);
      out = r[1];
      err = r[2];
    }
  }

  private String[] kmeans(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("kmeans", "--input", IRIS,
        "--label-column", "4", "--k", "3", "--output", tmp.resolve("out").toString()));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  /** The child's command line, logging as bin/giraph-ml does (conf/log4j2.xml, to stderr). */
  private List<String> command(String... args) {
    String launcherLogging = Path.of("..", "conf", "log4j2.xml").toAbsolutePath().toString();
    return ChildCli.builder(tmp, args).command().stream()
        .map(a -> a.startsWith("-Dlog4j2.configurationFile=")
            ? "-Dlog4j2.configurationFile=" + launcherLogging : a)
        .collect(Collectors.toList());
  }

  /** Runs the child with stdout and stderr going to files. */
  private String[] run(String... args) throws Exception {
    Path out = tmp.resolve("stdout");
    Path err = tmp.resolve("stderr");
    Process p = new ProcessBuilder(command(args)).directory(tmp.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the child did not finish");
    return new String[] {Integer.toString(p.exitValue()), Files.readString(out),
        Files.readString(err)};
  }

  @Test
  void stderrThatIsNotATerminalGetsThePlainLogLineByLine() throws Exception {
    String[] result = run(kmeans());
    ChildResult r = new ChildResult(result);
    assertEquals(0, r.exit, r.err);
    assertFalse(r.err.contains("\r"), r.err);
    List<String> lines = r.err.lines().collect(Collectors.toList());
    assertTrue(lines.stream().allMatch(l -> l.matches(LOG_LINE)), r.err);
    int iterations = Cli.json(tmp.resolve("out").resolve("summary.json")).get("iterations")
        .asInt();
    for (int i = 1; i <= iterations; i++) {
      String prefix = " INFO  AssignPiece - kmeans iteration " + i + ": objective ";
      assertEquals(1, lines.stream().filter(l -> l.contains(prefix)).count(), r.err);
    }
    assertTrue(lines.get(lines.size() - 1).contains("INFO  JobRunner - Wrote "), r.err);
  }

  @Test
  void quietPrintsOnlyTheResult() throws Exception {
    ChildResult r = new ChildResult(run(kmeans("--quiet")));
    assertEquals(0, r.exit, r.err);
    assertEquals("", r.err);
    assertTrue(r.out.startsWith("kmeans: 150 rows, "), r.out);
  }

  @Test
  void aTerminalGetsOneLiveLineInsteadOfTheLog() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is missing");
    String command = command(kmeans()).stream()
        .map(a -> "'" + a.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    Path typescript = tmp.resolve("typescript");
    ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qec", command,
        typescript.toString()).directory(tmp.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
        .redirectErrorStream(true).redirectOutput(tmp.resolve("script.out").toFile());
    pb.environment().put("TERM", "xterm");
    Process p = pb.start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "script did not finish");
    String screen = Files.readString(typescript, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), screen);
    int iterations = Cli.json(tmp.resolve("out").resolve("summary.json")).get("iterations")
        .asInt();
    assertTrue(screen.contains("\rkmeans: iteration " + iterations + " of 100 | objective "),
        screen);
    assertFalse(screen.contains(" INFO "), screen);
    assertTrue(screen.contains("kmeans: 150 rows, "), screen);
  }
}
