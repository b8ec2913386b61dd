package org.giraphml.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report draws in a JVM started without {@code -Djava.awt.headless=true} (as {@code hadoop
 * jar} starts the driver) even when {@code DISPLAY} names an X server that is not there, as
 * after a closed {@code ssh -X} session: Java2D would otherwise try to connect to it and fail.
 */
class HeadlessTest {
  @TempDir
  Path tmp;

  /** Renders a report with one plot; prints the page's length. */
  public static void main(String[] args) throws Exception {
    TrainingRun run = new TrainingRun("x", "out", new ObjectMapper().readTree(
        "{\"iterations\":3,\"objective_history\":[3,2,1]}"), null, List.of(), null, "none");
    System.out.println("rendered " + HtmlReport.render(run, List.of(new ObjectiveSection()))
        .length());
  }

  @Test
  void rendersWithoutTheFlagWhileDisplayNamesNoServer() throws Exception {
    ProcessBuilder child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HeadlessTest.class.getName())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile());
    child.environment().put("DISPLAY", ":97");
    child.environment().remove("JAVA_TOOL_OPTIONS");
    child.environment().remove("JDK_JAVA_OPTIONS");
    Process p = child.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child did not end");
    String log = java.nio.file.Files.readString(tmp.resolve("log.txt"), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), log);
    assertTrue(log.startsWith("rendered "), log);
  }
}
