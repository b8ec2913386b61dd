package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.giraphml.testing.Cli;
import org.giraphml.testing.TreeSnapshot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output paths that cannot be written: one line naming the path and the reason, exit 1, no
 * stack trace, nothing created. Checked before the job starts.
 */
class OutputPathErrorsTest {
  @TempDir
  Path tmp;

  private Path data;

  @BeforeEach
  void writeData() throws Exception {
    data = Files.writeString(tmp.resolve("data.csv"), "0,0\n0,1\n10,10\n10,11\n");
  }

  private String[] kmeans(String output) {
    return new String[] {"kmeans", "--k", "2", "--input", data.toString(), "--output", output};
  }

  private static final String ERROR = "giraph-ml kmeans: error: --output ";

  @Test
  void parentThatIsAFileIsNamed() throws Exception {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
    OutputSafetyTest.refused(tmp, ERROR + file + "/out: " + file + " is a file, not a "
        + "directory", kmeans(file + "/out"));
  }

  @Test
  void nameTooLongForTheFileSystemIsNamed() throws Exception {
    String name = "o".repeat(256);
    OutputSafetyTest.refused(tmp, "cannot hold a directory named " + name
        + ": file name too long", kmeans(tmp.resolve(name).toString()));
    // 'new' is created before the long name fails, and removed again
    OutputSafetyTest.refused(tmp, "cannot create " + tmp.resolve("new/" + name)
        + ": file name too long", kmeans(tmp.resolve("new/" + name + "/out").toString()));
  }

  @Test
  void colonInARelativeNameSaysHowToWriteIt() throws Exception {
    OutputSafetyTest.refused(tmp, ERROR + "run:1: Hadoop reads the text before the first ':' "
        + "as a URI scheme", kmeans("run:1"));
    OutputSafetyTest.refused(tmp, ERROR + "nosuch:/x: no FileSystem for scheme",
        kmeans("nosuch:/x"));
  }

  @Test
  void colonInsideAnAbsolutePathWorks() throws Exception {
    Cli cli = Cli.run(kmeans(tmp.resolve("run:1").toString()));
    assertEquals(0, cli.exit, cli.err);
    assertTrue(Files.isRegularFile(tmp.resolve("run:1/model.json")));
  }

  @Test
  void readOnlyParentIsPermissionDenied() throws Exception {
    Path locked = Files.createDirectory(tmp.resolve("locked"));
    boolean root = "root".equals(System.getProperty("user.name"));
    // root ignores mode bits; the immutable attribute stops root too (where chattr works)
    if (root) {
      Assumptions.assumeTrue(run("chattr", "+i", locked.toString()) == 0,
          "running as root without chattr: no way to make a directory read-only");
    } else {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    try {
      OutputSafetyTest.refused(tmp, ERROR + locked + "/out: cannot write in " + locked + ": "
          + (root ? "operation not permitted" : "permission denied"),
          kmeans(locked + "/out"));
    } finally {
      if (root) {
        run("chattr", "-i", locked.toString());
      } else {
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  @Test
  void undecodableCharactersAreRefusedInsteadOfWritingAnotherName() throws Exception {
    // what a JVM under the C locale makes of "é" on its command line
    OutputSafetyTest.refused(tmp, "the path holds characters this JVM could not decode",
        kmeans(tmp.resolve("r\uFFFDsultats").toString()));
  }

  @Test
  void nonAsciiOutputUnderTheCLocaleIsRefusedInAChildJvm() throws Exception {
    TreeSnapshot before = TreeSnapshot.of(tmp);
    ChildCli child = ChildCli.run(tmp, Map.of("LANG", "C", "LC_ALL", "C"),
        kmeans(tmp.resolve("résultats").toString()));
    assertEquals(1, child.exit, child.err);
    List<String> messages = child.messages();
    assertEquals(1, messages.size(), child.err);
    assertTrue(messages.get(0).contains("could not decode (its file-name encoding is "
        + "ANSI_X3.4-1968, from the locale); run with a UTF-8 locale"), messages.get(0));
    assertEquals(Map.of(), TreeSnapshot.of(tmp).differencesFrom(before));
  }

  @Test
  void dotRunInsideTheInputDirectoryIsRefusedInAChildJvm() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("d"));
    Files.copy(data, dir.resolve("data.csv"));
    TreeSnapshot before = TreeSnapshot.of(tmp);
    ChildCli child = ChildCli.run(dir, Map.of(), "kmeans", "--k", "2", "--input", "data.csv",
        "--output", ".", "--overwrite");
    assertEquals(1, child.exit, child.err);
    assertEquals(List.of("giraph-ml kmeans: error: --output . contains --input data.csv ("
        + dir.toRealPath() + ", " + dir.toRealPath().resolve("data.csv") + "); the job would "
        + "overwrite what it reads, so it was refused: choose an output outside every input"),
        child.messages());
    assertEquals(Map.of(), TreeSnapshot.of(tmp).differencesFrom(before));
  }

  private static int run(String... command) throws Exception {
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }
}
