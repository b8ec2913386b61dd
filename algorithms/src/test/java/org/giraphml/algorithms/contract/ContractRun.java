package org.giraphml.algorithms.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.giraphml.testing.Cli;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.conf.ConfOption;
import org.giraphml.predict.Predict;
import org.giraphml.predict.PredictSettings;
import org.giraphml.testing.LocalHarness;

/**
 * The runs of one {@link ContractCases.Case}: on the command line in-process (as a user runs
 * it) and in {@link LocalHarness}. The one-worker training run is made once and shared by the
 * checks that compare against it.
 */
final class ContractRun {
  /** Rows per data vertex in the harness: not a divisor of the row count, so blocks differ. */
  private static final int HARNESS_ROWS_PER_BLOCK = 37;

  private final MlAlgorithm algorithm;
  private final ContractCases.Case c;
  private final Path dir;
  private Path csv;
  private Path trained;

  ContractRun(MlAlgorithm algorithm, ContractCases.Case c, Path dir) {
    this.algorithm = algorithm;
    this.c = c;
    this.dir = dir;
  }

  /** The output directory of the one-worker training run with {@code --predictions}. */
  Path trained() throws Exception {
    if (trained == null) {
      trained = train("one-worker", "--workers", "1");
    }
    return trained;
  }

  /** Trains on the command line with {@code extra} flags; returns the output directory. */
  Path train(String name, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of(c.algorithm(), "--input", csv().toString()));
    args.addAll(c.inputFlags());
    args.addAll(ContractCases.SMALL_SPLITS);
    args.addAll(c.flags());
    args.add("--predictions");
    args.addAll(List.of(extra));
    return run(name, args);
  }

  /** Runs {@code predict} with three workers on the training data; returns the output. */
  Path predict(Path model) throws Exception {
    List<String> args = new ArrayList<>(List.of("predict", "--model", model.toString(),
        "--input", csv().toString(), "--workers", "3"));
    args.addAll(c.inputFlags());
    args.addAll(ContractCases.SMALL_SPLITS);
    return run("predict", args);
  }

  /** Trains in the harness with three worker threads; returns model.json's bytes. */
  byte[] harnessModel(boolean checks) throws IOException {
    LocalHarness harness = withRows(LocalHarness.of(algorithm.getClass()), checks);
    List<String> flags = c.flags();
    for (int i = 0; i < flags.size(); i += 2) {
      harness.set(option(flags.get(i)).key(), flags.get(i + 1));
    }
    return Files.readAllBytes(harness.run().directory().resolve("model.json"));
  }

  /**
   * Runs {@code predict} in the harness, with Kryo round trips of its master state; returns
   * the lines predictions.csv would have.
   */
  List<String> harnessPredict(Path model) throws IOException {
    List<String> predictions = withRows(LocalHarness.of(Predict.class), true)
        .set(PredictSettings.MODEL, model.toString()).run().predictions();
    List<String> lines = new ArrayList<>();
    lines.add(Files.readAllLines(model.resolve("predictions.csv")).get(0));
    for (int i = 0; i < predictions.size(); i++) {
      lines.add(i + "," + predictions.get(i));
    }
    return lines;
  }

  private LocalHarness withRows(LocalHarness harness, boolean checks) {
    int d = c.features();
    double[][] rows = new double[c.data().length][];
    double[] labels = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = Arrays.copyOf(c.data()[i], d);
      labels[i] = c.labelled() ? c.data()[i][d] : 0;
    }
    harness.rows(rows).rowsPerBlock(HARNESS_ROWS_PER_BLOCK).workers(3).checks(checks);
    return c.labelled() ? harness.labels(labels) : harness;
  }

  private ConfOption<?> option(String flag) {
    for (ConfOption<?> option : algorithm.options()) {
      if (flag.equals("--" + option.flag())) {
        return option;
      }
    }
    throw new IllegalArgumentException(flag + " is not an option of " + algorithm.name()
        + "; ContractCases may list only the algorithm's own flags");
  }

  private Path run(String name, List<String> args) throws Exception {
    Path out = dir.resolve(name);
    args.addAll(List.of("--output", out.toString()));
    Cli cli = Cli.run(args.toArray(new String[0]));
    assertEquals(0, cli.exit, String.join(" ", args) + " failed:\n" + cli.err);
    return out;
  }

  private Path csv() throws IOException {
    if (csv == null) {
      Files.createDirectories(dir);
      csv = c.writeCsv(dir);
    }
    return csv;
  }
}
