package org.giraphml.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.JobOptions;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.ResultSink;
import org.giraphml.api.PredictionColumn;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.OptionalStringOption;
import org.giraphml.io.InputOptions;
import org.giraphml.io.JobFailure;
import org.giraphml.io.OutputDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's side of the output: which paths it protects, and what its exit hook does. */
class JobRunnerOutputTest {
  @TempDir
  Path tmp;

  /** An algorithm written after this runner, with a path option of its own. */
  static final class FutureAlgorithm extends MlAlgorithm {
    static final OptionalStringOption REFERENCE = (OptionalStringOption)
        new OptionalStringOption("giraphml.future.reference", "reference", "Reference rows.")
            .namesInputs(ConfOption.InputPaths.ONE);

    @Override
    public String name() {
      return "future";
    }

    @Override
    public String description() {
      return "a test algorithm";
    }

    @Override
    public List<ConfOption<?>> options() {
      return List.of(REFERENCE);
    }

    @Override
    public PredictionColumn predictions(Configuration conf) {
      return null;
    }

    @Override
    protected Block train(GiraphConfiguration conf, ResultSink result) {
      throw new AssertionError("the job must be refused before it starts");
    }
  }

  @Test
  void aNewAlgorithmsDeclaredPathOptionIsProtectedWithoutChangingTheRunner()
      throws Exception {
    Path data = Files.writeString(tmp.resolve("data.csv"), "1,2\n");
    Path refs = Files.createDirectory(tmp.resolve("refs"));
    Files.writeString(refs.resolve("r.csv"), "1,2\n");
    Configuration conf = new Configuration();
    InputOptions.INPUT.set(conf, data.toString());
    conf.set(FutureAlgorithm.REFERENCE.key(), refs.resolve("r.csv").toString());
    JobOptions.OUTPUT.set(conf, refs.toString());
    JobOptions.OVERWRITE.set(conf, true);
    JobFailure e = assertThrows(JobFailure.class,
        () -> JobRunner.run(new FutureAlgorithm(), conf));
    assertTrue(e.getMessage().startsWith("--output " + refs + " contains --reference "
        + refs.resolve("r.csv")), e.getMessage());
    assertEquals(2, entries(tmp), "nothing created");
  }

  private OutputDirectory prepare(Path out) throws Exception {
    return OutputDirectory.prepare(new Configuration(), new OutputDirectory.Request(
        new OutputDirectory.NamedPath("--output", out.toString()), false, "test", List.of()));
  }

  @Test
  void exitBeforeTheCommitReportsTheRecordedReasonAndRemovesTheWork() throws Exception {
    OutputDirectory out = prepare(tmp.resolve("out"));
    Path work = Path.of(out.work().toUri().getPath());
    Files.writeString(work.resolve(OutputDirectory.FAILURE_FILE), "k = 9 is larger than 4 rows");
    List<String> said = new ArrayList<>();
    JobRunner.onJvmExit(out, said::add).run();
    assertEquals(List.of("k = 9 is larger than 4 rows"), said);
    assertEquals(0, entries(tmp));
  }

  @Test
  void exitAfterTheCommitReportsNoFailureAndDeletesNothing() throws Exception {
    OutputDirectory out = prepare(tmp.resolve("out"));
    Files.writeString(Path.of(out.work().toUri().getPath()).resolve("model.json"), "{}");
    out.commit();
    List<String> said = new ArrayList<>();
    JobRunner.onJvmExit(out, said::add).run();
    assertEquals(List.of(), said);
    assertTrue(Files.isRegularFile(tmp.resolve("out/model.json")));
    assertFalse(out.abort());
  }

  private static long entries(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }
}
