package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.JobFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir
  Path tmp;

  private final Configuration conf = new Configuration();

  @Test
  void existingOutputIsRefusedWithoutOverwrite() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.writeString(out.resolve("model.json"), "old");
    JobFailure e = assertThrows(JobFailure.class,
        () -> OutputDirectory.prepare(conf, out.toString(), false));
    assertTrue(e.getMessage().contains("already exists; pass --overwrite"), e.getMessage());
    assertEquals("old", Files.readString(out.resolve("model.json")));
    assertEquals(1, entries(tmp));
  }

  @Test
  void commitMovesResultsIntoPlaceAndReplacesOnlyAfterSuccess() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.writeString(out.resolve("model.json"), "old");
    OutputDirectory dir = OutputDirectory.prepare(conf, out.toString(), true);
    Files.writeString(Path.of(dir.work().toUri()).resolve("model.json"), "new");
    assertEquals("old", Files.readString(out.resolve("model.json")));
    dir.commit();
    assertEquals("new", Files.readString(out.resolve("model.json")));
    assertEquals(1, entries(tmp), "no work or old directories left behind");
  }

  @Test
  void abortLeavesTheOldOutputUntouched() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.writeString(out.resolve("model.json"), "old");
    OutputDirectory dir = OutputDirectory.prepare(conf, out.toString(), true);
    Files.writeString(Path.of(dir.work().toUri()).resolve("model.json"), "half");
    dir.abort();
    assertEquals("old", Files.readString(out.resolve("model.json")));
    assertEquals(1, entries(tmp));
  }

  @Test
  void workDirectoryIsPrivateAndHidden() throws Exception {
    OutputDirectory dir = OutputDirectory.prepare(conf, tmp.resolve("fresh").toString(), false);
    Path work = Path.of(dir.work().toUri());
    assertTrue(work.getFileName().toString().startsWith(".fresh.giraphml-"));
    assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(work)));
    assertFalse(Files.exists(tmp.resolve("fresh")));
    dir.abort();
  }

  private static long entries(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }
}
