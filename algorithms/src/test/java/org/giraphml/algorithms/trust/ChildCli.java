package org.giraphml.algorithms.trust;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.giraphml.engine.JvmOptions;

/**
 * Runs the command line in a child JVM, for what one JVM cannot vary for itself: the working
 * directory ({@code --output .}) and the locale the JVM decodes arguments and file names with.
 */
final class ChildCli {
  final int exit;
  final String out;
  final String err;

  private ChildCli(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code giraph-ml args...} in {@code dir} with {@code env} added to the environment. */
  static ChildCli run(Path dir, Map<String, String> env, String... args) throws Exception {
    ProcessBuilder builder = builder(dir, args);
    builder.environment().putAll(env);
    File stdout = File.createTempFile("giraphml-child", ".out");
    File stderr = File.createTempFile("giraphml-child", ".err");
    try {
      Process process = builder.redirectOutput(stdout).redirectError(stderr).start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("child JVM did not finish: " + builder.command());
      }
      return new ChildCli(process.exitValue(),
          java.nio.file.Files.readString(stdout.toPath(), StandardCharsets.ISO_8859_1),
          java.nio.file.Files.readString(stderr.toPath(), StandardCharsets.ISO_8859_1));
    } finally {
      stdout.delete();
      stderr.delete();
    }
  }

  /** A process builder for {@code giraph-ml args...} in {@code dir}, for a test to start. */
  static ProcessBuilder builder(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JvmOptions.all());
    command.add("-Dlog4j2.configurationFile="
        + System.getProperty("log4j2.configurationFile", ""));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.giraphml.job.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile());
  }

  /** The lines giraph-ml itself printed to stderr (log lines have a time stamp first). */
  List<String> messages() {
    return err.lines().filter(l -> l.startsWith("giraph-ml")).toList();
  }
}
