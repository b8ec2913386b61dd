package org.giraphml.algorithms.regression;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.giraph.block_app.framework.api.local.LocalBlockRunner;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.utils.TestGraph;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.Models;
import org.giraphml.api.ResultSink;
import org.giraphml.engine.MemoryEngine;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.testing.LocalHarness;

/**
 * Trains linreg or logreg on in-memory rows that carry sample weights (what
 * {@code --weight-column} gives the blocks), on the engine of {@link LocalHarness}, with
 * Giraph's serialisation checks on. The harness itself has no weights, so this puts them on the
 * blocks it makes ({@link DataBlock#withWeights}).
 */
final class WeightedRuns {
  private WeightedRuns() {
  }

  /** A labelled CSV with a header row: features then the label in the last column. */
  record Data(double[][] x, double[] y) {
    static Data csv(Path file) throws IOException {
      List<String> lines = Files.readAllLines(file);
      int n = lines.size() - 1;
      double[][] x = new double[n][];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        double[] v = Arrays.stream(lines.get(i + 1).split(",")).mapToDouble(Double::parseDouble)
            .toArray();
        x[i] = Arrays.copyOf(v, v.length - 1);
        y[i] = v[v.length - 1];
      }
      return new Data(x, y);
    }

    /** The rows as LIBSVM lines (exact: shortest round-tripping decimals), zeros left out. */
    String[] libsvm() {
      String[] lines = new String[y.length];
      for (int i = 0; i < y.length; i++) {
        StringBuilder line = new StringBuilder(Double.toString(y[i]));
        for (int j = 0; j < x[i].length; j++) {
          if (x[i][j] != 0) {
            line.append(' ').append(j + 1).append(':').append(x[i][j]);
          }
        }
        lines[i] = line.toString();
      }
      return lines;
    }

    /** Each row repeated {@code times[i]} times (0: dropped). */
    Data repeated(double[] times) {
      List<double[]> rows = new ArrayList<>();
      List<Double> labels = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        for (int k = 0; k < (int) times[i]; k++) {
          rows.add(x[i]);
          labels.add(y[i]);
        }
      }
      return new Data(rows.toArray(new double[0][]),
          labels.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }

  /**
   * What a run wrote: weights then intercept (multinomial: each class's weights then its
   * intercept, class after class), and the summary's JSON.
   */
  record Fit(double[] model, JsonNode summary) {
  }

  /**
   * @param weights one per row, or null for unweighted rows
   * @param settings option key, value, key, value...
   */
  static Fit train(Class<? extends MlAlgorithm> algorithm, Data data, double[] weights,
      int workers, int rowsPerBlock, String... settings) throws IOException {
    return train(algorithm, data, false, weights, workers, rowsPerBlock, settings);
  }

  /** As {@link #train}, the rows given sparse ({@code sparse}, as LIBSVM input) or dense. */
  static Fit train(Class<? extends MlAlgorithm> algorithm, Data data, boolean sparse,
      double[] weights, int workers, int rowsPerBlock, String... settings) throws IOException {
    LocalHarness harness = LocalHarness.of(algorithm).rowsPerBlock(rowsPerBlock);
    if (sparse) {
      harness.libsvm(data.libsvm());
    } else {
      harness.rows(data.x()).labels(data.y());
    }
    List<DataBlock> blocks = harness.blocks();
    GiraphConfiguration conf = new GiraphConfiguration();
    for (int i = 0; i < settings.length; i += 2) {
      conf.set(settings[i], settings[i + 1]);
    }
    Path dir = Files.createTempDirectory("giraphml-weighted");
    JobOutput.WORK_DIR.set(conf, dir.toString());
    LocalBlockRunner.RUN_ALL_CHECKS.set(conf, true);
    LocalBlockRunner.SERIALIZE_MASTER.set(conf, true);
    MemoryEngine.configure(algorithm, conf, workers);
    MlAlgorithm instance;
    try {
      instance = algorithm.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    instance.validate(conf);
    TestGraph<NodeId, NodeValue, NullWritable> graph = new TestGraph<>(conf);
    for (int b = 0, from = 0; b < blocks.size(); b++) {
      DataBlock block = blocks.get(b);
      double[] w = weights == null ? null
          : Arrays.copyOfRange(weights, from, from + block.rows());
      graph.addVertex(NodeId.data(b), NodeValue.of(block.withWeights(w)));
      from += block.rows();
    }
    MemoryEngine.runGraph(graph, null);
    Object loaded = Models.load(new GiraphConfiguration(), dir.toString());
    double[] out = loaded instanceof MultinomialModel softmax ? packed(softmax)
        : packed((GlmModel) loaded);
    try (InputStream in = Files.newInputStream(dir.resolve(ResultSink.HANDOFF_FILE))) {
      return new Fit(out, JobOutput.json().readTree(in));
    }
  }

  private static double[] packed(GlmModel model) {
    double[] out = Arrays.copyOf(model.weights(), model.dimensions() + 1);
    out[model.dimensions()] = model.intercept();
    return out;
  }

  private static double[] packed(MultinomialModel model) {
    int d = model.dimensions();
    double[] out = new double[model.classCount() * (d + 1)];
    for (int c = 0; c < model.classCount(); c++) {
      System.arraycopy(model.weights(c), 0, out, c * (d + 1), d);
      out[c * (d + 1) + d] = model.intercept(c);
    }
    return out;
  }
}
