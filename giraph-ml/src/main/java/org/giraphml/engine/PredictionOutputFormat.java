package org.giraphml.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.giraph.block_app.framework.BlockUtils;
import org.apache.giraph.graph.Vertex;
import org.apache.giraph.io.VertexOutputFormat;
import org.apache.giraph.io.VertexWriter;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.OutputCommitter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.OutputFiles;
import org.giraphml.api.PredictionColumn;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * Writes each data vertex's per-row predictions as {@code rowKey,prediction[,label]} lines
 * into part files under the job's work directory; the runner merges them into
 * {@code predictions.csv} in input order (the label, for rows that have one, is kept for the
 * report, not written). Commit is the runner's business (the whole output directory is renamed
 * into place), so the Hadoop committer does nothing.
 */
public final class PredictionOutputFormat
    extends VertexOutputFormat<NodeId, NodeValue, NullWritable> {
  static final String PARTS = "_predictions";

  @Override
  public VertexWriter<NodeId, NodeValue, NullWritable> createVertexWriter(
      TaskAttemptContext context) {
    return new Writer();
  }

  @Override
  public void checkOutputSpecs(JobContext context) {
  }

  @Override
  public OutputCommitter getOutputCommitter(TaskAttemptContext context) {
    return new OutputCommitter() {
      @Override
      public void setupJob(JobContext jobContext) {
      }

      @Override
      public void setupTask(TaskAttemptContext taskContext) {
      }

      @Override
      public boolean needsTaskCommit(TaskAttemptContext taskContext) {
        return false;
      }

      @Override
      public void commitTask(TaskAttemptContext taskContext) {
      }

      @Override
      public void abortTask(TaskAttemptContext taskContext) {
      }
    };
  }

  private static final class Writer extends VertexWriter<NodeId, NodeValue, NullWritable> {
    private BufferedWriter out;
    private PredictionColumn column;

    @Override
    public void initialize(TaskAttemptContext context) throws IOException {
      MlAlgorithm algorithm = (MlAlgorithm) BlockUtils.createBlockFactory(getConf());
      column = algorithm.predictions(getConf());
      Path part = new Path(new Path(JobOutput.WORK_DIR.get(getConf()), PARTS),
          "part-" + context.getTaskAttemptID() + "-" + UUID.randomUUID());
      out = new BufferedWriter(new OutputStreamWriter(OutputFiles.create(getConf(), part),
          StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void writeVertex(Vertex<NodeId, NodeValue, NullWritable> vertex) throws IOException {
      if (!vertex.getId().isData()) {
        return;
      }
      DataBlock block = vertex.getValue().block();
      for (int r = 0; r < block.rows(); r++) {
        out.write(Long.toString(block.rowKeys()[r]));
        out.write(',');
        out.write(column.format(vertex.getValue(), r));
        if (block.hasLabels()) {
          // For the report's predicted-vs-actual plots; predictions.csv has no label column.
          out.write(',');
          out.write(Double.toString(block.labels()[r]));
        }
        out.write('\n');
      }
    }

    @Override
    public void close(TaskAttemptContext context) throws IOException {
      out.close();
    }
  }
}
