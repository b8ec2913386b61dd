package org.giraphml.io;

import static org.giraphml.io.OutputDirectoryTest.local;
import static org.giraphml.io.OutputDirectoryTest.prepare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another run commits the same output at the worst moment (made deterministic by the
 * before-rename seam): the commit never nests its results inside the other output, never
 * replaces it, and its message names directories that exist.
 */
class OutputCommitRaceTest {
  private static final Pattern RESULTS_IN = Pattern.compile("results are in (\\S+)$");
  private static final Pattern PREVIOUS_IN = Pattern.compile("previous output is in (\\S+),");

  @TempDir
  Path tmp;

  private final Configuration conf = new Configuration();

  /** What another run's commit leaves: a marked directory with its own model. */
  private static void commitOther(Path out) {
    try {
      Files.createDirectory(out);
      Files.writeString(out.resolve(OutputMarker.NAME),
        OutputMarker.text("other", List.of("model.json")));
      Files.writeString(out.resolve("model.json"), "theirs");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path named(Pattern pattern, String message) {
    Matcher m = pattern.matcher(message);
    assertTrue(m.find(), message);
    return Path.of(m.group(1));
  }

  @Test
  void outputCommittedByAnotherRunBeforeTheRenameIsNeitherReplacedNorNestedInto()
      throws Exception {
    Path out = tmp.resolve("out");
    OutputDirectory dir = prepare(conf, out, false);
    Files.writeString(local(dir.work()).resolve("model.json"), "ours");
    JobFailure e = assertThrows(JobFailure.class, () -> OutputDirectory.withHookBeforeRename(
        () -> commitOther(out), () -> {
          dir.commit();
          return null;
        }));
    assertTrue(e.getMessage().startsWith("Output directory " + out + " appeared while the job "
        + "ran (another run?) and was left as it is; this run's results are in "),
        e.getMessage());
    assertEquals("theirs", Files.readString(out.resolve("model.json")));
    assertEquals(2, OutputDirectoryTest.entries(out), "nothing nested inside the other output");
    Path kept = named(RESULTS_IN, e.getMessage());
    assertEquals("ours", Files.readString(kept.resolve("model.json")));
    assertFalse(dir.abort(), "kept results are not deleted by the abort that follows");
    assertTrue(Files.exists(kept));
  }

  @Test
  void overwriteWhoseSlotIsTakenAfterMovingTheOldAsideKeepsAllThreeAndSaysWhere()
      throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectory(out);
    Files.writeString(out.resolve(OutputMarker.NAME),
        OutputMarker.text("old", List.of("model.json")));
    Files.writeString(out.resolve("model.json"), "old");
    OutputDirectory dir = prepare(conf, out, true);
    Files.writeString(local(dir.work()).resolve("model.json"), "ours");
    AtomicInteger renames = new AtomicInteger();
    JobFailure e = assertThrows(JobFailure.class, () -> OutputDirectory.withHookBeforeRename(
        () -> {
          if (renames.incrementAndGet() == 2) {
            commitOther(out);
          }
        }, () -> {
          dir.commit();
          return null;
        }));
    assertTrue(e.getMessage().startsWith("Cannot move the results to " + out
        + " (another run wrote it meanwhile); the previous output is in "), e.getMessage());
    assertEquals("theirs", Files.readString(out.resolve("model.json")));
    assertEquals("old", Files.readString(named(PREVIOUS_IN, e.getMessage())
        .resolve("model.json")));
    assertEquals("ours", Files.readString(named(RESULTS_IN, e.getMessage())
        .resolve("model.json")));
  }

  @Test
  void overwriteRenameFailurePutsThePreviousOutputBack() throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectory(out);
    Files.writeString(out.resolve(OutputMarker.NAME),
        OutputMarker.text("old", List.of("model.json")));
    OutputDirectory dir = prepare(conf, out, true);
    Path work = local(dir.work());
    AtomicInteger renames = new AtomicInteger();
    JobFailure e = assertThrows(JobFailure.class, () -> OutputDirectory.withHookBeforeRename(
        () -> {
          if (renames.incrementAndGet() == 2) { // the work directory vanishes
            try {
              Files.move(work, tmp.resolve("elsewhere"));
            } catch (IOException x) {
              throw new UncheckedIOException(x);
            }
          }
        }, () -> {
          dir.commit();
          return null;
        }));
    assertTrue(e.getMessage().contains("the previous output is back in place, and this run's "
        + "results are lost: its work directory " + work + " disappeared"), e.getMessage());
    assertTrue(OutputMarker.isMarker(java.util.Optional.of(
        Files.readString(out.resolve(OutputMarker.NAME)))));
  }

  @Test
  void hadoopFileContextRenameRefusesAnExistingTargetInsteadOfNesting() throws Exception {
    Path from = Files.createDirectory(tmp.resolve("from"));
    Files.writeString(from.resolve("a"), "x");
    Path to = Files.createDirectory(tmp.resolve("to"));
    Files.writeString(to.resolve("b"), "y");
    OutputStore store = new HadoopOutputStore(conf, FileSystem.getLocal(conf));
    IOException e = assertThrows(IOException.class, () -> store.renameNoReplace(
        new org.apache.hadoop.fs.Path(from.toUri()), new org.apache.hadoop.fs.Path(to.toUri())));
    assertTrue(OutputStore.isAlreadyExists(e), e.toString());
    assertEquals(1, OutputDirectoryTest.entries(to));
    assertTrue(Files.exists(from.resolve("a")));
  }
}
