package org.giraphml.algorithms.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code bin/giraph-ml} script in a throw-away project tree whose {@code java} and
 * Maven Wrapper {@code mvnw} (or a {@code mvn} on the PATH) are stand-ins that record their
 * arguments, on a PATH holding only the tools the script needs: so the tests see exactly when it
 * builds, what it says, and what it runs.
 */
class LauncherTest {
  private static final Path SCRIPT = Path.of("..", "bin", "giraph-ml").toAbsolutePath();
  private static final List<String> TOOLS = List.of("bash", "find", "flock", "readlink", "touch");
  private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);
  private static final FileTime NEW = FileTime.fromMillis(1_500_000_000_000L);

  @TempDir
  Path tmp;

  private Path home;
  private Path bin;
  private Path jar;
  private Path source;

  @BeforeEach
  void project() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isRegularFile(SCRIPT),
        "needs bash and the launcher script");
    home = Files.createDirectories(tmp.resolve("home"));
    Files.createDirectories(home.resolve("bin"));
    Files.copy(SCRIPT, home.resolve("bin/giraph-ml"));
    Files.createDirectories(home.resolve("conf"));
    Files.writeString(home.resolve("conf/jvm.options"), "-Xss1m\n");
    source = home.resolve("algorithms/src/main/java/Algo.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "class Algo {}\n");
    Files.writeString(home.resolve("pom.xml"), "<project/>\n");
    jar = home.resolve("algorithms/target/giraph-ml.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "jar");
    Files.setLastModifiedTime(source, OLD);
    Files.setLastModifiedTime(home.resolve("pom.xml"), OLD);
    Files.setLastModifiedTime(jar, NEW);
    bin = Files.createDirectories(tmp.resolve("bin"));
    for (String tool : TOOLS) {
      Path real = Path.of("/usr/bin", tool);
      Files.createSymbolicLink(bin.resolve(tool),
          Files.exists(real) ? real : Path.of("/bin", tool));
    }
  }

  private void fakeJava(String version) throws IOException {
    Path jdk = Files.createDirectories(tmp.resolve("jdk/bin"));
    script(jdk.resolve("java"), "echo \"java $*\" >> " + tmp.resolve("calls"));
    Files.writeString(jdk.getParent().resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    Files.createSymbolicLink(bin.resolve("java"), jdk.resolve("java"));
  }

  /** The project's Maven Wrapper, as the launcher finds it in the tree. */
  private void fakeMvnw() throws IOException {
    script(home.resolve("mvnw"), "echo \"mvnw $*\" >> " + tmp.resolve("calls"));
  }

  /** A Maven installed on the PATH. */
  private void fakeMvn() throws IOException {
    script(bin.resolve("mvn"), "echo \"mvn $*\" >> " + tmp.resolve("calls"));
  }

  private static void script(Path file, String body) throws IOException {
    Files.writeString(file, "#!/bin/bash\n" + body + "\n");
    Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_EXECUTE));
  }

  /** Exit code, stderr; the stand-ins' calls are in {@link #calls()}. */
  private String[] launch() throws Exception {
    return launch(Map.of());
  }

  private String[] launch(Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("/bin/bash", home.resolve("bin/giraph-ml").toString(),
        "--help").redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PATH", bin.toString());
    pb.environment().remove("GIRAPHML_BUILD_LOCK");
    pb.environment().putAll(env);
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "launcher did not finish");
    return new String[] {Integer.toString(p.exitValue()), err};
  }

  private List<String> calls() throws IOException {
    Path calls = tmp.resolve("calls");
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  @Test
  void upToDateJarStartsWithoutBuildingOrSayingAnything() throws Exception {
    fakeJava("17.0.15");
    fakeMvnw();
    String[] r = launch();
    assertEquals("0", r[0], r[1]);
    assertEquals("", r[1]);
    assertEquals(1, calls().size(), calls().toString());
    assertTrue(calls().get(0).startsWith("java @" + home.resolve("conf/jvm.options")));
    assertTrue(calls().get(0).endsWith("-jar " + jar + " --help"), calls().get(0));
  }

  @Test
  void sourceNewerThanJarIsRebuiltFirstWithTheMavenWrapperAndSaidInOneLine() throws Exception {
    fakeJava("21");
    fakeMvnw();
    fakeMvn(); // installed too, but the wrapper (the project's pinned Maven) is preferred
    assertStaleSourceIsBuiltWith("mvnw");
    assertTrue(calls().get(1).startsWith("java "), calls().toString());
    // The jar is now current, even though this stand-in Maven did not rewrite it.
    assertEquals(1, launchAndCountMvn());
  }

  private long launchAndCountMvn() throws Exception {
    launch();
    return calls().stream().filter(c -> c.startsWith("mvn")).count();
  }

  @Test
  void treeWithoutTheMavenWrapperBuildsWithTheMavenOnThePath() throws Exception {
    fakeJava("17");
    fakeMvn();
    assertStaleSourceIsBuiltWith("mvn");
  }

  /** Makes the source newer than the jar, launches, and checks the one build line and call. */
  private void assertStaleSourceIsBuiltWith(String maven) throws Exception {
    Files.setLastModifiedTime(source, FileTime.fromMillis(NEW.toMillis() + 1000));
    String[] r = launch();
    assertEquals("0", r[0], r[1]);
    assertEquals("giraph-ml: algorithms/src/main/java/Algo.java is newer than the jar; "
        + "building it (" + maven + " -q -DskipTests package)...\n", r[1]);
    assertEquals(maven + " -q -DskipTests package", calls().get(0));
  }

  @Test
  void buildRunsUnderTheLockNamedInGiraphmlBuildLock() throws Exception {
    fakeJava("17");
    // The stand-in Maven notes whether the lock is held: a second flock -n must fail.
    Path lock = tmp.resolve("build.lock");
    script(home.resolve("mvnw"), "flock -n " + lock + " true && echo free >> " + tmp.resolve("calls")
        + " || echo held >> " + tmp.resolve("calls"));
    Files.setLastModifiedTime(source, FileTime.fromMillis(NEW.toMillis() + 1000));
    String[] r = launch(Map.of("GIRAPHML_BUILD_LOCK", lock.toString()));
    assertEquals("0", r[0], r[1]);
    assertEquals("held", calls().get(0));
  }

  @Test
  void pomNewerThanJarIsRebuilt() throws Exception {
    fakeJava("17");
    fakeMvnw();
    Files.setLastModifiedTime(home.resolve("pom.xml"), FileTime.fromMillis(NEW.toMillis() + 1));
    String[] r = launch();
    assertTrue(r[1].startsWith("giraph-ml: pom.xml is newer than the jar; building"), r[1]);
  }

  @Test
  void staleJarWithoutMavenRunsAfterSayingItIsStale() throws Exception {
    fakeJava("17");
    Files.setLastModifiedTime(source, FileTime.fromMillis(NEW.toMillis() + 1000));
    String[] r = launch();
    assertEquals("0", r[0], r[1]);
    assertEquals("giraph-ml: algorithms/src/main/java/Algo.java is newer than the jar, which is "
        + "stale; restore mvnw from the repository or install Maven 3.8+ to rebuild it (running "
        + "the stale jar)\n", r[1]);
    assertTrue(calls().get(0).startsWith("java "));
  }

  @Test
  void missingJarWithoutMavenNamesWhatToInstall() throws Exception {
    fakeJava("17");
    Files.delete(jar);
    String[] r = launch();
    assertEquals("127", r[0]);
    assertEquals("giraph-ml: no jar yet (first run), and there is no executable "
        + home.resolve("mvnw") + " nor 'mvn' on the PATH; restore mvnw from the repository "
        + "(chmod +x mvnw) or install Maven 3.8+\n", r[1]);
    assertEquals(List.of(), calls());
  }

  @Test
  void noJavaOnThePathNamesWhatToInstall() throws Exception {
    fakeMvnw();
    String[] r = launch();
    assertEquals("127", r[0]);
    assertEquals("giraph-ml: no 'java' on the PATH; install a Java 17+ JDK (e.g. apt-get "
        + "install openjdk-17-jdk) or put its bin directory on the PATH\n", r[1]);
    assertEquals(List.of(), calls());
  }

  @Test
  void javaOlderThan17IsRefusedBeforeItFailsOnTheClassFiles() throws Exception {
    fakeJava("11.0.22");
    String[] r = launch();
    assertEquals("127", r[0]);
    assertTrue(r[1].matches("giraph-ml: \\S+/java is Java 11; install a Java 17\\+ JDK .*\n"),
        r[1]);
    assertEquals(1, r[1].lines().count(), r[1]);
    assertEquals(List.of(), calls());
  }
}
