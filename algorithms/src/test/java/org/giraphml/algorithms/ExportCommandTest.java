package org.giraphml.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code export} command's handling of its files: the output is refused if it exists
 * (unless {@code --overwrite}), written whole, and nothing is touched when anything is wrong;
 * a bad model is one line and exit 1, bad usage exit 2.
 */
class ExportCommandTest {
  @TempDir
  Path tmp;
  Path model;
  Path out;

  @BeforeEach
  void linearModel() throws Exception {
    model = Files.createDirectories(tmp.resolve("model"));
    Files.writeString(model.resolve("model.json"), "{\"algorithm\":\"linreg\","
        + "\"format_version\":1,\"dimensions\":2,\"intercept\":0.5,\"weights\":[1.0,-2.0]}");
    out = tmp.resolve("linear.pmml");
  }

  private Cli export(String... more) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("export", "--model", model.toString(),
        "--output", out.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  private List<String> files() throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void existingOutputIsRefusedAndLeftAsItWas() throws Exception {
    Files.writeString(out, "mine");
    Cli r = export();
    assertEquals(1, r.exit, r.err);
    assertEquals("giraph-ml export: error: --output " + out + " exists; give --overwrite to "
        + "replace it", r.err.strip());
    assertEquals("mine", Files.readString(out));
  }

  @Test
  void overwriteReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
    Files.writeString(out, "mine");
    Cli r = export("--overwrite");
    assertEquals(0, r.exit, r.err);
    assertTrue(Files.readString(out).contains("<RegressionModel functionName=\"regression\""));
    assertEquals(List.of("linear.pmml", "model"), files());
  }

  @Test
  void aSymbolicLinkAtTheOutputIsRefusedEvenWithOverwriteAsForJobOutputs() throws Exception {
    Path target = Files.writeString(tmp.resolve("elsewhere.pmml"), "theirs");
    Files.createSymbolicLink(out, target);
    for (String[] more : List.of(new String[0], new String[] {"--overwrite"})) {
      Cli r = export(more);
      assertEquals(1, r.exit, r.err);
      assertEquals("giraph-ml export: error: --output " + out + " is a symbolic link; name the"
          + " file it points to, or a new path", r.err.strip());
      assertTrue(Files.isSymbolicLink(out), "the link is left as it was");
      assertEquals("theirs", Files.readString(target));
      assertEquals(List.of("elsewhere.pmml", "linear.pmml", "model"), files());
    }
    // a dangling link too
    Files.delete(target);
    Cli r = export("--overwrite");
    assertEquals(1, r.exit, r.err);
    assertTrue(r.err.contains("is a symbolic link"), r.err);
    assertTrue(Files.isSymbolicLink(out));
  }

  @Test
  void missingModelIsOneLineAndWritesNothing() throws Exception {
    model = tmp.resolve("no-such-model");
    Cli r = export();
    assertEquals(1, r.exit, r.err);
    assertEquals(1, r.err.lines().count(), r.err);
    assertTrue(r.err.contains("no-such-model does not exist"), r.err);
    assertFalse(Files.exists(out));
  }

  @Test
  void malformedModelJsonNamesTheFileAndWritesNothing() throws Exception {
    Files.writeString(model.resolve("model.json"), "{\"algorithm\": ");
    Cli r = export();
    assertEquals(1, r.exit, r.err);
    assertEquals(1, r.err.lines().count(), r.err);
    assertTrue(r.err.endsWith("model.json: not valid JSON at line 1, column 15: the file ends "
        + "before the JSON does (cut short?)\n"), r.err);
    assertEquals(List.of("model"), files());
  }

  @Test
  void outputInsideAJobsOutputDirectoryIsRefused() throws Exception {
    Files.writeString(model.resolve("_GIRAPHML"), "giraph-ml output\n");
    out = model.resolve("model.pmml");
    Cli r = export();
    assertEquals(1, r.exit, r.err);
    assertTrue(r.err.contains("the output of a giraph-ml job (it holds _GIRAPHML)"), r.err);
    assertFalse(Files.exists(out));
  }

  @Test
  void outputInAMissingDirectoryIsRefused() throws Exception {
    out = tmp.resolve("nowhere").resolve("linear.pmml");
    Cli r = export();
    assertEquals(1, r.exit, r.err);
    assertTrue(r.err.contains("does not exist"), r.err);
    assertEquals(List.of("model"), files());
  }

  @Test
  void missingOutputOptionIsAUsageError() throws Exception {
    Cli r = Cli.run("export", "--model", model.toString());
    assertEquals(2, r.exit, r.err);
    assertTrue(r.err.contains("--output"), r.err);
  }

  @Test
  void helpListsTheExportersOptionsToo() throws Exception {
    Cli r = Cli.run("export", "--help");
    assertEquals(0, r.exit, r.err);
    assertTrue(r.out.contains("--format <pmml>"), r.out);
    assertTrue(r.out.contains("--negative-label <int in [-1, 0]>"), r.out);
  }
}
