package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input file names as users have them: non-ASCII, with ':' or ',' in them, undecodable bytes,
 * dangling links. Each is either read like any other file or refused with one line naming it;
 * none ends in a stack trace or a silently partial read.
 */
class InputNamesTest {
  private static final String ROWS = "0,0\n0,1\n10,10\n10,11\n";

  @TempDir
  Path tmp;

  private Cli kmeans(String input) throws Exception {
    return kmeans(input, "out");
  }

  private Cli kmeans(String input, String output) throws Exception {
    return Cli.run("kmeans", "--input", input, "--output", tmp.resolve(output).toString(),
        "--k", "2", "--seed", "1");
  }

  /** Trains on {@code input} into {@code output}, asserting all four rows of one file read. */
  private void assertReadAllRows(String input, String output) throws Exception {
    Cli cli = kmeans(input, output);
    assertEquals(0, cli.exit, cli.err);
    JsonNode summary = Cli.json(tmp.resolve(output).resolve("summary.json"));
    assertEquals(4, summary.path("input").path("rows").asLong(), summary.toString());
    assertEquals(1, summary.path("input").path("file_count").asLong(), summary.toString());
  }

  /** Runs a refusal, asserting exit 1, one line, nothing left behind; returns the line. */
  private String refused(String input) throws Exception {
    return Refusal.lastLine(tmp, "kmeans", "--input", input, "--output",
        tmp.resolve("out").toString(), "--k", "2", "--seed", "1");
  }

  /** A file called {@code name} is read whole, met in a directory and named directly. */
  private void assertReadInADirectoryAndByName(String name) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("d"));
    Files.writeString(dir.resolve(name), ROWS);
    assertReadAllRows(dir.toString(), "o1");
    assertReadAllRows(dir.resolve(name).toString(), "o2");
  }

  @Test
  void nonAsciiFileNamesAreReadInADirectoryAndByName() throws Exception {
    assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "needs a UTF-8 locale");
    assertReadInADirectoryAndByName("\u00fc.csv");
  }

  @Test
  void aColonInAFileNameIsReadInADirectoryAndByName() throws Exception {
    // No .crc side file is looked for: its name, built as a URI, fails on the ':'.
    assertReadInADirectoryAndByName("a:b.csv");
  }

  @Test
  void aNameTheCLocaleCannotDecodeIsRefusedWithTheLocaleNotSkippedOrMissing() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("u"));
    Files.writeString(dir.resolve("\u00fc.csv"), ROWS);
    Map<String, String> cLocale = Map.of("LANG", "C", "LC_ALL", "C");
    ChildCli inDir = ChildCli.run(tmp, cLocale, "kmeans", "--input", "u", "--output", "o",
        "--k", "2");
    assertEquals(1, inDir.exit, inDir.err);
    assertEquals(List.of("giraph-ml kmeans: error: " + dir.toUri().toString().replace(
        "file:///", "file:/") + "??.csv: the file name is not valid in this JVM's file-name"
        + " encoding (ANSI_X3.4-1968), so the file cannot be read; rename it (or run with"
        + " LANG=C.UTF-8 if the name is UTF-8)"), inDir.messages());
    ChildCli named = ChildCli.run(tmp, cLocale, "kmeans", "--input", "u/\u00fc.csv",
        "--output", "o", "--k", "2");
    assertEquals(1, named.exit, named.err);
    assertEquals(List.of("giraph-ml kmeans: error: u/??.csv: input path does not exist (or its"
        + " name holds characters this JVM's file-name encoding, ANSI_X3.4-1968, cannot"
        + " represent: run with a UTF-8 locale, e.g. LANG=C.UTF-8)"), named.messages());
    assertFalse(Files.exists(tmp.resolve("o")));
  }

  @Test
  void aDanglingSymbolicLinkInADirectoryIsRefusedByName() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("d"));
    Files.writeString(dir.resolve("a.csv"), ROWS);
    Files.createSymbolicLink(dir.resolve("b.csv"), tmp.resolve("gone.csv"));
    String line = refused(dir.toString());
    assertTrue(line.endsWith("d/b.csv: is a symbolic link to " + tmp.resolve("gone.csv")
        + ", which does not exist"), line);
  }

  @Test
  void aFileNameThatIsNotValidUtf8IsRefusedByNameNotSkipped() throws Exception {
    assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "needs a UTF-8 locale");
    Path dir = Files.createDirectories(tmp.resolve("d"));
    Files.writeString(dir.resolve("a.csv"), ROWS);
    // Java cannot create a name with an invalid UTF-8 byte; the shell can.
    assertEquals(0, new ProcessBuilder("sh", "-c", "printf '1,2\\n' > \"$(printf '\\377')bad.csv\"")
        .directory(dir.toFile()).start().waitFor());
    String line = refused(dir.toString());
    assertTrue(line.endsWith("d/?bad.csv: the file name is not valid in this JVM's file-name"
        + " encoding (UTF-8), so the file cannot be read; rename it (or run with LANG=C.UTF-8"
        + " if the name is UTF-8)"), line);
  }

  @Test
  void aMissingPathWhoseWholeValueExistsWithACommaSaysCommasSeparatePaths() throws Exception {
    Path file = Files.writeString(tmp.resolve("co,ma.csv"), ROWS);
    String line = refused(file.toString());
    assertTrue(line.endsWith(tmp.resolve("co") + ": input path does not exist (input paths are"
        + " separated by commas, and '" + file + "' exists as one name: rename it or name its"
        + " directory)"), line);
  }

  @Test
  void aDirectoryGivenTwiceIsReadTwiceNotTheSameFileAsItself() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("d"));
    Files.writeString(dir.resolve("a.csv"), ROWS);
    String line = refused(dir + "," + dir);
    assertTrue(line.endsWith("d/a.csv: is read twice (named twice, or inside two of the input"
        + " paths); each file is read once"), line);
  }
}
