package org.giraphml.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.giraph.graph.Vertex;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.OutputFiles;
import org.giraphml.api.PredictionColumn;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * Collects each row's prediction from the data vertices and writes {@code predictions.csv}
 * with one line per predicted row, in input order: {@code row,<column>}, {@code row} being the
 * row's index among the input's data rows, counting from 0 over all input files in order. A
 * row skipped as invalid ({@code --skip-invalid}) has no line, and the rows after it keep their
 * input numbers.
 */
public final class Predictions {
  public static final String FILE = "predictions.csv";

  private final PredictionColumn column;
  private long[] keys = new long[1024];
  private String[] values = new String[1024];
  /** Each row's label, NaN where it has none: for the report's predicted-vs-actual plots. */
  private double[] labels = new double[1024];
  private int size;

  public Predictions(PredictionColumn column) {
    this.column = column;
  }

  /** Adds one row's prediction, for a row without a label. */
  public void add(long key, String value) {
    add(key, value, Double.NaN);
  }

  /** Adds one row's prediction and its label (NaN if it has none). */
  public synchronized void add(long key, String value, double label) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
      labels = Arrays.copyOf(labels, size * 2);
    }
    keys[size] = key;
    values[size] = value;
    labels[size] = label;
    size++;
  }

  /** Takes the rows of a data vertex; model vertices are ignored. */
  public synchronized void add(Vertex<NodeId, NodeValue, NullWritable> vertex) {
    if (!vertex.getId().isData()) {
      return;
    }
    NodeValue value = vertex.getValue();
    DataBlock block = value.block();
    for (int r = 0; r < block.rows(); r++) {
      add(block.rowKeys()[r], column.format(value, r),
          block.hasLabels() ? block.labels()[r] : Double.NaN);
    }
  }

  /** The predictions in input order. */
  public synchronized java.util.List<String> inInputOrder() {
    java.util.List<String> out = new java.util.ArrayList<>(size);
    for (int i : order()) {
      out.add(values[i]);
    }
    return out;
  }

  /** The name of the prediction column, e.g. {@code probability}. */
  public String columnName() {
    return column.name();
  }

  /** The labels in input order, NaN for rows without one. */
  public synchronized double[] labelsInInputOrder() {
    double[] out = new double[size];
    Integer[] order = order();
    for (int i = 0; i < size; i++) {
      out[i] = labels[order[i]];
    }
    return out;
  }

  private Integer[] order() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    return order;
  }

  /**
   * Writes {@code predictions.csv} into {@code dir}.
   *
   * @param skippedKeys the sorted row keys of the rows skipped as invalid
   */
  public synchronized void write(Configuration conf, Path dir, long[] skippedKeys)
      throws IOException {
    Integer[] order = order();
    int skippedBefore = 0;
    Path path = new Path(dir, FILE);
    try (BufferedWriter out = new BufferedWriter(
        new OutputStreamWriter(OutputFiles.create(conf, path), StandardCharsets.UTF_8), 1 << 16)) {
      out.write("row," + column.name() + "\n");
      for (int i = 0; i < size; i++) {
        while (skippedBefore < skippedKeys.length && skippedKeys[skippedBefore] < keys[order[i]]) {
          skippedBefore++;
        }
        out.write(Long.toString((long) i + skippedBefore));
        out.write(',');
        out.write(values[order[i]]);
        out.write('\n');
      }
    }
  }
}
