package org.giraphml.engine;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.giraph.graph.Vertex;
import org.apache.giraph.io.VertexInputFormat;
import org.apache.giraph.io.VertexReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.giraphml.api.JobOutput;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.InputException;
import org.giraphml.io.InputOptions;
import org.giraphml.io.InputPlan;
import org.giraphml.io.Schema;
import org.giraphml.io.SplitReader;

/**
 * Giraph's view of the input: the splits of the {@link InputPlan} (independent of the number
 * of workers), each read by {@link SplitReader} into data vertices, exactly as the embedded
 * engine reads them. Rows read and skipped are counted in the {@code giraph-ml} counter group
 * (for the YARN UI) and recorded per split in the work directory (for the summary).
 */
public final class BlockInputFormat extends VertexInputFormat<NodeId, NodeValue, NullWritable> {
  public static final String COUNTERS = "giraph-ml";
  public static final String ROWS = "rows read";
  public static final String SKIPPED = "invalid rows skipped";

  @Override
  public void checkInputSpecs(Configuration conf) {
    InputOptions.INPUT.validate(conf);
  }

  @Override
  public List<InputSplit> getSplits(JobContext context, int minSplitCountHint)
      throws IOException {
    Configuration conf = context.getConfiguration();
    InputPlan plan = InputPlan.create(conf, InputOptions.INPUT.get(conf),
        InputOptions.SPLIT_BYTES.get(conf));
    List<InputSplit> splits = new ArrayList<>();
    for (InputPlan.Split s : plan.splits()) {
      splits.add(new PlanSplit(s));
    }
    return splits;
  }

  @Override
  public VertexReader<NodeId, NodeValue, NullWritable> createVertexReader(InputSplit split,
      TaskAttemptContext context) {
    return new Reader();
  }

  /** Reads a split's blocks eagerly (one split is a few tens of MB) and hands them out. */
  private final class Reader extends VertexReader<NodeId, NodeValue, NullWritable> {
    private final Deque<Vertex<NodeId, NodeValue, NullWritable>> blocks = new ArrayDeque<>();
    private Vertex<NodeId, NodeValue, NullWritable> current;
    private int total;

    @Override
    public void initialize(InputSplit inputSplit, TaskAttemptContext context)
        throws IOException {
      Configuration conf = context.getConfiguration();
      Schema schema = Schema.decode(conf.get(Schema.CONF_KEY));
      SplitReader reader = new SplitReader(conf, schema, InputOptions.BLOCK_BYTES.get(conf),
          InputOptions.SKIP_INVALID.get(conf));
      SplitReader.Result result;
      try {
        result = reader.read(((PlanSplit) inputSplit).toSplit(conf), (id, block) -> {
          Vertex<NodeId, NodeValue, NullWritable> v = getConf().createVertex();
          v.initialize(NodeId.data(id), NodeValue.of(block),
              getConf().createAndInitializeOutEdges(0));
          blocks.add(v);
        });
      } catch (InputException e) {
        JobOutput.recordFailure(conf, e.getMessage());
        throw e;
      } catch (OutOfMemoryError e) {
        // Giraph reports input threads' errors to no hook: record it for the driver's message.
        blocks.clear();
        JobOutput.recordFailure(conf, String.valueOf(e));
        throw e;
      }
      context.getCounter(COUNTERS, ROWS).increment(result.rows());
      context.getCounter(COUNTERS, SKIPPED).increment(result.skipped());
      SplitStats.write(conf, ((PlanSplit) inputSplit).ordinal(), result);
      total = blocks.size();
    }

    @Override
    public boolean nextVertex() {
      current = blocks.poll();
      return current != null;
    }

    @Override
    public Vertex<NodeId, NodeValue, NullWritable> getCurrentVertex() {
      return current;
    }

    @Override
    public void close() {
    }

    @Override
    public float getProgress() {
      return total == 0 ? 1f : 1f - (float) blocks.size() / total;
    }
  }
}
