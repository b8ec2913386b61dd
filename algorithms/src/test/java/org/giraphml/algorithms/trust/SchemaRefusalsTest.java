package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job refused for what its input's schema shows (a label column out of range, a supervised
 * algorithm given no label) is refused before anything is created beside the output: the
 * output's parent directory is not even modified (its mtime stays), as a work directory
 * created and removed again would change it.
 */
class SchemaRefusalsTest {
  private static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L);

  @TempDir
  Path tmp;

  private String refusedWithoutTouchingTheOutputParent(String... args) throws Exception {
    Path parent = Files.createDirectories(tmp.resolve("results"));
    Files.setLastModifiedTime(parent, LONG_AGO);
    String line = Refusal.lastLine(tmp, args);
    assertEquals(LONG_AGO, Files.getLastModifiedTime(parent),
        "the output's parent was modified by a refused job: " + line);
    return line;
  }

  private Path data() throws Exception {
    return Files.writeString(tmp.resolve("d.csv"), "1,2,0\n3,4,1\n5,6,0\n7,8,1\n");
  }

  @Test
  void aLabelColumnOutOfRangeIsRefusedBeforeTheWorkDirectory() throws Exception {
    String line = refusedWithoutTouchingTheOutputParent("kmeans", "--input", data().toString(),
        "--k", "2", "--label-column", "7", "--output", tmp.resolve("results/out").toString());
    assertTrue(line.contains("--label-column 7 is out of range"), line);
  }

  @Test
  void aSupervisedJobWithoutALabelIsRefusedBeforeTheWorkDirectory() throws Exception {
    String line = refusedWithoutTouchingTheOutputParent("linreg", "--input",
        data().toString(), "--output", tmp.resolve("results/out").toString());
    assertTrue(line.contains("needs a label for each row"), line);
  }
}
