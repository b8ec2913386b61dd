package org.giraphml.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.giraph.block_app.framework.api.local.LocalBlockRunner;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.utils.TestGraph;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.MlModel;
import org.giraphml.api.Models;
import org.giraphml.api.ResultSink;
import org.giraphml.api.TrainingSummary;
import org.giraphml.conf.ConfOption;
import org.giraphml.engine.MemoryEngine;
import org.giraphml.engine.Predictions;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.InputPlan;

/**
 * Runs an algorithm, or any block of pieces, on a few in-memory rows inside a unit test, on the
 * same engine as {@code giraph-ml} jobs, and hands back the model, the summary and the
 * predictions. For algorithm authors:
 *
 * <pre>{@code
 * LocalHarness.Result r = LocalHarness.of(KMeans.class)
 *     .rows(new double[][] {{0, 0}, {0, 1}, {9, 9}})
 *     .set(KMeansSettings.K, 2)
 *     .rowsPerBlock(1)
 *     .workers(2)
 *     .checks(true)
 *     .run();
 * }</pre>
 *
 * <p>Rows come dense ({@link #rows}, with {@link #labels} when the algorithm learns from labels)
 * or sparse ({@link #libsvm}, LIBSVM lines with their labels), as the two input formats give them.
 *
 * <p>With {@link #checks(boolean)} Giraph copies every message through serialisation and
 * round-trips the master's state through Kryo before every superstep, as a checkpoint restart
 * would; state that does not survive that breaks the test.
 */
public final class LocalHarness {
  private final Class<? extends MlAlgorithm> algorithm;
  private final GiraphConfiguration conf = new GiraphConfiguration();
  private double[][] rows = new double[0][];
  private double[] labels;
  /** Sparse rows: 0-based columns and values per row; null for dense rows. */
  private int[][] sparseColumns;
  private double[][] sparseValues;
  private double[] weights;
  private int rowsPerBlock = 64;
  private int workers = 2;
  private boolean checks = true;

  private LocalHarness(Class<? extends MlAlgorithm> algorithm) {
    this.algorithm = algorithm;
  }

  public static LocalHarness of(Class<? extends MlAlgorithm> algorithm) {
    return new LocalHarness(algorithm);
  }

  /** Dense rows, one array per row, all of one length. */
  public LocalHarness rows(double[][] rows) {
    this.rows = rows;
    this.sparseColumns = null;
    this.sparseValues = null;
    return this;
  }

  /** One label per dense row, as {@code --label-column} would read them. */
  public LocalHarness labels(double[] labels) {
    this.labels = labels;
    return this;
  }

  /**
   * Sparse rows with their labels, as LIBSVM lines: {@code "1 3:0.5 7:2"} is label 1 and the
   * values 0.5 and 2 in columns 2 and 6 (LIBSVM indices are 1-based, columns 0-based). The
   * dimension is the largest column plus one, as when a LIBSVM file is read.
   */
  public LocalHarness libsvm(String... lines) {
    int n = lines.length;
    rows = new double[n][];
    labels = new double[n];
    sparseColumns = new int[n][];
    sparseValues = new double[n][];
    for (int r = 0; r < n; r++) {
      String[] tokens = lines[r].trim().split("\\s+");
      labels[r] = Double.parseDouble(tokens[0]);
      sparseColumns[r] = new int[tokens.length - 1];
      sparseValues[r] = new double[tokens.length - 1];
      for (int t = 1; t < tokens.length; t++) {
        int colon = tokens[t].indexOf(':');
        int index = colon < 0 ? -1 : Integer.parseInt(tokens[t].substring(0, colon));
        if (index < 1 || (t > 1 && index - 1 <= sparseColumns[r][t - 2])) {
          throw new IllegalArgumentException("line " + (r + 1) + ": '" + tokens[t]
              + "' needs index:value with increasing indices from 1 in \"" + lines[r] + "\"");
        }
        sparseColumns[r][t - 1] = index - 1;
        sparseValues[r][t - 1] = Double.parseDouble(tokens[t].substring(colon + 1));
      }
    }
    return this;
  }

  /** One sample weight per dense row, as {@code --weight-column} would read them. */
  public LocalHarness weights(double[] weights) {
    this.weights = weights;
    return this;
  }

  /** Rows per data vertex (default 64). */
  public LocalHarness rowsPerBlock(int n) {
    this.rowsPerBlock = n;
    return this;
  }

  /** Worker threads (default 2). */
  public LocalHarness workers(int n) {
    this.workers = n;
    return this;
  }

  /** Giraph's serialisation checks and per-superstep master round trips (default on). */
  public LocalHarness checks(boolean on) {
    this.checks = on;
    return this;
  }

  public <T> LocalHarness set(ConfOption<T> option, T value) {
    option.set(conf, value);
    return this;
  }

  public LocalHarness set(String key, String value) {
    conf.set(key, value);
    return this;
  }

  /** The data vertices the rows make, keyed 0..n-1 in row order. */
  public List<DataBlock> blocks() {
    if (labels != null && labels.length != rows.length) {
      throw new IllegalArgumentException(rows.length + " rows but " + labels.length + " labels");
    }
    if (sparseColumns != null) {
      return sparseBlocks();
    }
    List<DataBlock> out = new ArrayList<>();
    for (int from = 0; from < rows.length; from += rowsPerBlock) {
      int to = Math.min(rows.length, from + rowsPerBlock);
      int d = rows[from].length;
      double[] values = new double[(to - from) * d];
      long[] keys = new long[to - from];
      double[] blockLabels = labels == null ? null : new double[to - from];
      for (int r = from; r < to; r++) {
        if (rows[r].length != d) {
          throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values");
        }
        System.arraycopy(rows[r], 0, values, (r - from) * d, d);
        keys[r - from] = InputPlan.rowKey(0, r);
        if (blockLabels != null) {
          blockLabels[r - from] = labels[r];
        }
      }
      DataBlock block = DataBlock.dense(d, values, blockLabels, keys);
      out.add(weights == null ? block
          : block.withWeights(java.util.Arrays.copyOfRange(weights, from, to)));
    }
    return out;
  }

  private List<DataBlock> sparseBlocks() {
    int dims = 0;
    for (int[] columns : sparseColumns) {
      dims = Math.max(dims, columns.length == 0 ? 0 : columns[columns.length - 1] + 1);
    }
    List<DataBlock> out = new ArrayList<>();
    for (int from = 0; from < rows.length; from += rowsPerBlock) {
      int to = Math.min(rows.length, from + rowsPerBlock);
      int[] rowStart = new int[to - from + 1];
      for (int r = from; r < to; r++) {
        rowStart[r - from + 1] = rowStart[r - from] + sparseColumns[r].length;
      }
      int[] columns = new int[rowStart[to - from]];
      double[] values = new double[columns.length];
      long[] keys = new long[to - from];
      for (int r = from; r < to; r++) {
        System.arraycopy(sparseColumns[r], 0, columns, rowStart[r - from], sparseColumns[r].length);
        System.arraycopy(sparseValues[r], 0, values, rowStart[r - from], sparseValues[r].length);
        keys[r - from] = InputPlan.rowKey(0, r);
      }
      out.add(DataBlock.sparse(dims, rowStart, columns, values,
          java.util.Arrays.copyOfRange(labels, from, to), keys));
    }
    return out;
  }

  /** Trains the algorithm and reads back what it wrote. */
  public Result run() throws IOException {
    java.nio.file.Path dir = Files.createTempDirectory("giraphml-harness");
    JobOutput.WORK_DIR.set(conf, dir.toString());
    configure();
    MlAlgorithm instance = newInstance();
    instance.validate(conf);
    TestGraph<NodeId, NodeValue, NullWritable> graph = graph();
    Predictions predictions = instance.predictions(conf) == null ? null
        : new Predictions(instance.predictions(conf));
    MemoryEngine.runGraph(graph, predictions);
    return new Result(dir, predictions == null ? List.of() : predictions.inInputOrder());
  }

  /**
   * Runs {@code block} (say, one piece between two set-up pieces) on the rows and returns the
   * vertices afterwards, by id.
   */
  public Map<NodeId, NodeValue> runBlock(Block block) throws IOException {
    JobOutput.WORK_DIR.set(conf, Files.createTempDirectory("giraphml-harness").toString());
    configure();
    TestGraph<NodeId, NodeValue, NullWritable> graph = graph();
    Map<NodeId, NodeValue> out = new TreeMap<>();
    LocalBlockRunner.runBlockWithVertexOutput(block, new Object(), graph,
        vertex -> {
          synchronized (out) {
            out.put(vertex.getId(), vertex.getValue());
          }
        });
    return out;
  }

  private void configure() {
    LocalBlockRunner.RUN_ALL_CHECKS.set(conf, checks);
    LocalBlockRunner.SERIALIZE_MASTER.set(conf, checks);
    MemoryEngine.configure(algorithm, conf, workers);
  }

  private TestGraph<NodeId, NodeValue, NullWritable> graph() {
    TestGraph<NodeId, NodeValue, NullWritable> graph = new TestGraph<>(conf);
    List<DataBlock> blocks = blocks();
    for (int b = 0; b < blocks.size(); b++) {
      graph.addVertex(NodeId.data(b), NodeValue.of(blocks.get(b)));
    }
    return graph;
  }

  private MlAlgorithm newInstance() {
    try {
      return algorithm.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(algorithm + " needs a public no-argument constructor",
          e);
    }
  }

  /** What a run wrote. */
  public static final class Result {
    private final java.nio.file.Path dir;
    private final List<String> predictions;

    Result(java.nio.file.Path dir, List<String> predictions) {
      this.dir = dir;
      this.predictions = predictions;
    }

    /**
     * The directory holding model.json and the training summary as the master handed it over
     * ({@link ResultSink#HANDOFF_FILE}: no {@code input} section, which the runner adds).
     */
    public java.nio.file.Path directory() {
      return dir;
    }

    public MlModel model() {
      try {
        return Models.load(new GiraphConfiguration(), dir.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The training summary as JSON (the contract fields, then the algorithm's details). */
    public JsonNode summary() {
      try (InputStream in = Files.newInputStream(dir.resolve(ResultSink.HANDOFF_FILE))) {
        return JobOutput.json().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The training summary, typed. */
    public TrainingSummary trainingSummary() {
      return TrainingSummary.fromJson(summary());
    }

    /** Each row's prediction as the algorithm formats it, in row order. */
    public List<String> predictions() {
      return predictions;
    }
  }
}
