package org.giraphml.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.giraph.graph.Vertex;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.PredictionColumn;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * The embedded engine's predictions: collected from the data vertices in memory (the whole
 * graph is in this JVM's memory anyway, and the rows' text is small beside it), ordered by row
 * key and written through the same {@link PredictionSink} as the Giraph engine's.
 */
public final class Predictions {
  private final PredictionSink sink;
  private long[] keys = new long[1024];
  private String[] values = new String[1024];
  /** Each row's label, NaN where it has none: for the report's predicted-vs-actual plots. */
  private double[] labels = new double[1024];
  private int size;

  public Predictions(PredictionColumn column) {
    this(new PredictionSink(column));
  }

  public Predictions(PredictionSink sink) {
    this.sink = sink;
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
      add(block.rowKeys()[r], sink.column().format(value, r),
          block.hasLabels() ? block.labels()[r] : Double.NaN);
    }
  }

  /** The predictions in input order. */
  public synchronized List<String> inInputOrder() {
    List<String> out = new ArrayList<>(size);
    for (int i : order()) {
      out.add(values[i]);
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
    Iterator<PredictionSink.Keyed> rows = Arrays.stream(order)
        .map(i -> new PredictionSink.Keyed(keys[i], values[i], labels[i])).iterator();
    sink.write(conf, dir, rows, skippedKeys);
  }
}
