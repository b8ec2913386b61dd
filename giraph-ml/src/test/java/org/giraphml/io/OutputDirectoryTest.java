package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.io.OutputDirectory.NamedPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir
  Path tmp;

  private final Configuration conf = new Configuration();

  static OutputDirectory prepare(Configuration conf, Path out, boolean overwrite)
      throws Exception {
    return OutputDirectory.prepare(conf, new OutputDirectory.Request(
        new NamedPath("--output", out.toString()), overwrite, "test", List.of()));
  }

  static Path local(org.apache.hadoop.fs.Path p) {
    return Path.of(p.toUri());
  }

  @Test
  void existingOutputIsRefusedWithoutOverwrite() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.writeString(out.resolve(OutputMarker.NAME),
        OutputMarker.text("test", List.of("model.json")));
    JobFailure e = assertThrows(JobFailure.class, () -> prepare(conf, out, false));
    assertTrue(e.getMessage().contains("already exists; pass --overwrite"), e.getMessage());
    assertEquals(1, entries(tmp));
  }

  @Test
  void commitWritesTheMarkerAndReplacesAMarkedOutputOnlyAfterSuccess() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.writeString(out.resolve(OutputMarker.NAME),
        OutputMarker.text("test", List.of("model.json")));
    Files.writeString(out.resolve("model.json"), "old");
    OutputDirectory dir = prepare(conf, out, true);
    Files.writeString(local(dir.work()).resolve("model.json"), "new");
    assertEquals("old", Files.readString(out.resolve("model.json")));
    dir.commit();
    assertEquals("new", Files.readString(out.resolve("model.json")));
    String marker = Files.readString(out.resolve(OutputMarker.NAME));
    assertTrue(marker.startsWith("giraph-ml output\nformat=2\n"), marker);
    assertTrue(marker.contains("\nalgorithm=test\n"), marker);
    assertEquals(1, entries(tmp), "no work or old directories left behind");
    assertFalse(dir.abort(), "a committed output is never aborted");
    assertTrue(Files.exists(out.resolve("model.json")));
  }

  @Test
  void overwriteRefusesADirectoryGiraphMlDidNotWrite() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("photos"));
    Files.writeString(out.resolve("cat.jpg"), "meow");
    JobFailure e = assertThrows(JobFailure.class, () -> prepare(conf, out, true));
    assertTrue(e.getMessage().contains("was not written by giraph-ml (it has no _GIRAPHML "
        + "marker), so --overwrite does not replace it"), e.getMessage());
    assertEquals("meow", Files.readString(out.resolve("cat.jpg")));
    assertEquals(1, entries(tmp));
  }

  @Test
  void overwriteRefusesAnOutputOfAVersionBeforeTheMarker() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.writeString(out.resolve("model.json"), "{}");
    Files.writeString(out.resolve("summary.json"), "{}");
    JobFailure e = assertThrows(JobFailure.class, () -> prepare(conf, out, true));
    assertTrue(e.getMessage().contains("older than its _GIRAPHML marker, which --overwrite "
        + "does not replace; delete it yourself"), e.getMessage());
  }

  @Test
  void overwriteReplacesAnEmptyDirectory() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("out"));
    OutputDirectory dir = prepare(conf, out, true);
    Files.writeString(local(dir.work()).resolve("model.json"), "new");
    dir.commit();
    assertEquals("new", Files.readString(out.resolve("model.json")));
  }

  @Test
  void abortLeavesTheOldOutputUntouched() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.writeString(out.resolve(OutputMarker.NAME),
        OutputMarker.text("test", List.of("model.json")));
    OutputDirectory dir = prepare(conf, out, true);
    Files.writeString(local(dir.work()).resolve("model.json"), "half");
    assertTrue(dir.abort());
    assertEquals(1, entries(tmp));
    assertEquals(1, entries(out));
  }

  @Test
  void abortRemovesTheParentDirectoriesPrepareCreated() throws Exception {
    Files.createDirectory(tmp.resolve("a"));
    OutputDirectory dir = prepare(conf, tmp.resolve("a/b/c/out"), false);
    assertTrue(Files.isDirectory(tmp.resolve("a/b/c")));
    dir.abort();
    assertTrue(Files.isDirectory(tmp.resolve("a")), "a existed before: kept");
    assertEquals(0, entries(tmp.resolve("a")));
  }

  @Test
  void workDirectoryIsPrivateHiddenAndNamedForItsOwnerNotTheOutput() throws Exception {
    OutputDirectory dir = prepare(conf, tmp.resolve("fresh"), false);
    Path work = local(dir.work());
    String name = work.getFileName().toString();
    assertTrue(name.startsWith(".giraphml-work." + ProcessHandle.current().pid() + "."), name);
    assertFalse(name.contains("fresh"), name);
    assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(work)));
    assertFalse(Files.exists(tmp.resolve("fresh")));
    dir.abort();
  }

  @Test
  void committedOutputHasTheUsualPermissionsNotTheWorkDirectorysPrivateOnes()
      throws Exception {
    Path usual = Files.createDirectory(tmp.resolve("usual"));
    OutputDirectory dir = prepare(conf, tmp.resolve("out"), false);
    dir.commit();
    assertEquals(Files.getPosixFilePermissions(usual),
        Files.getPosixFilePermissions(tmp.resolve("out")));
  }

  @Test
  void outputNameOfTheFullNameLengthWorks() throws Exception {
    Path out = tmp.resolve("o".repeat(255));
    OutputDirectory dir = prepare(conf, out, false);
    dir.commit();
    assertTrue(Files.isRegularFile(out.resolve(OutputMarker.NAME)));
  }

  @Test
  void outputNameTooLongForTheFileSystemIsRefusedBeforeTheJob() throws Exception {
    Path out = tmp.resolve("o".repeat(256));
    JobFailure e = assertThrows(JobFailure.class, () -> prepare(conf, out, false));
    assertTrue(e.getMessage().endsWith("cannot hold a directory named " + "o".repeat(256)
        + ": file name too long"), e.getMessage());
    assertEquals(0, entries(tmp));
  }

  static long entries(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }
}
