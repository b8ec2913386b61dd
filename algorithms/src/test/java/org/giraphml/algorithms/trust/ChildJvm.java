package org.giraphml.algorithms.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.giraphml.engine.JvmOptions;

/**
 * Runs the command line in a JVM of its own, for what cannot run inside the test's: a job that
 * must run out of a small heap, or a failing local Giraph job (Giraph ends it with
 * {@code System.exit}).
 */
final class ChildJvm {
  /** What the child printed on stderr (stdout is discarded) and its exit code. */
  record Result(int exit, String err) {
  }

  private ChildJvm() {
  }

  static Result run(List<String> jvmFlags, String... args) throws IOException,
      InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.addAll(JvmOptions.all());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "org.giraphml.job.Main"));
    command.addAll(List.of(args));
    Path stderr = Files.createTempFile("giraphml-child", ".err");
    try {
      Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(stderr.toFile()).start();
      if (!child.waitFor(120, TimeUnit.SECONDS)) {
        child.destroyForcibly();
        throw new AssertionError("the child JVM did not finish in 120 s: "
            + Files.readString(stderr));
      }
      return new Result(child.exitValue(), Files.readString(stderr));
    } finally {
      Files.deleteIfExists(stderr);
    }
  }
}
