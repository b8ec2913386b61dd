package org.giraphml.algorithms.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Runs {@code hadoop jar giraph-ml-VERSION-job.jar ...} as the {@code hadoop} script does: a JVM
 * whose classpath is Hadoop's alone, running {@code org.apache.hadoop.util.RunJar} on the job
 * jar. Hadoop's classpath is this test's, minus our classes and every jar whose classes the job
 * jar carries unrelocated (Giraph, Kryo, fastutil, ...), so a class the job jar forgot is a
 * failure here, not a lucky find on the test classpath. On the mini cluster the containers
 * inherit that classpath too (YARN's mini-cluster mode), so they get Giraph only from the
 * shipped job jar.
 */
final class HadoopJar {
  static final Path JOB_JAR = findJobJar();

  private HadoopJar() {
  }

  private static Path findJobJar() {
    try (var files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().matches("giraph-ml-.*-job\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "target/giraph-ml-*-job.jar is missing: run 'mvn verify' (integration tests run "
              + "after 'package')"))
          .toAbsolutePath();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The test's classpath without what the job jar brings. */
  static String hadoopClasspath() throws IOException {
    Set<String> carried = new HashSet<>();
    try (ZipFile jar = new ZipFile(JOB_JAR.toFile())) {
      jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")).forEach(carried::add);
    }
    List<String> kept = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      File f = new File(entry);
      if (f.isDirectory() || f.getName().startsWith("giraph-ml")) {
        continue; // our own classes (target/classes, target/test-classes, the module jars)
      }
      if (f.getName().endsWith(".jar") && !carries(f, carried)) {
        kept.add(f.getAbsolutePath());
      }
    }
    return String.join(File.pathSeparator, kept);
  }

  private static boolean carries(File jarFile, Set<String> carried) throws IOException {
    try (ZipFile jar = new ZipFile(jarFile)) {
      Enumeration<? extends ZipEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        if (name.endsWith(".class") && !name.startsWith("META-INF/")
            && !name.endsWith("module-info.class")) {
          return carried.contains(name);
        }
      }
      return false;
    }
  }

  /** The exit code and everything the command printed. */
  record Result(int exitCode, String output) {
  }

  /**
   * Runs the job jar with the given arguments (Hadoop generic options first, as for
   * {@code hadoop jar}); jvmOptions stand for {@code HADOOP_CLIENT_OPTS}.
   */
  static Result run(Path workDir, List<String> jvmOptions, List<String> args, int minutes)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-Dlog4j2.configurationFile="
        + Path.of("..", "conf", "log4j2-test.xml").toAbsolutePath());
    command.add("-cp");
    command.add(hadoopClasspath());
    command.add("org.apache.hadoop.util.RunJar");
    command.add(JOB_JAR.toString());
    command.addAll(args);
    Path log = Files.createTempFile(workDir, "hadoop-jar", ".log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly().waitFor();
      throw new AssertionError("'hadoop jar' did not end in " + minutes + " min:\n"
          + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** conf/jvm.options, as a user puts them in HADOOP_CLIENT_OPTS. */
  static List<String> clientOpts() throws IOException {
    return List.of("@" + Path.of("..", "conf", "jvm.options").toAbsolutePath());
  }
}
