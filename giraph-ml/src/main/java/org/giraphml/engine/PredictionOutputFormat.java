package org.giraphml.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
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
 * Writes each data vertex's per-row predictions, in parallel on the workers, as
 * {@code rowKey,prediction} lines into one part file per block under the job's work directory
 * ({@link PredictionParts}); the driver streams them into {@code predictions.csv} in input
 * order. Commit is the runner's business (the whole output directory is renamed into
 * place), so the Hadoop committer does nothing.
 */
public final class PredictionOutputFormat
    extends VertexOutputFormat<NodeId, NodeValue, NullWritable> {
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

  /** Writes each data vertex's rows into a part file of its own (see PredictionParts). */
  private static final class Writer extends VertexWriter<NodeId, NodeValue, NullWritable> {
    private Path parts;
    private PredictionColumn column;

    @Override
    public void initialize(TaskAttemptContext context) {
      MlAlgorithm algorithm = (MlAlgorithm) BlockUtils.createBlockFactory(getConf());
      column = algorithm.predictions(getConf());
      parts = new Path(JobOutput.WORK_DIR.get(getConf()), PredictionParts.DIR);
    }

    @Override
    public void writeVertex(Vertex<NodeId, NodeValue, NullWritable> vertex) throws IOException {
      if (!vertex.getId().isData() || vertex.getValue().block().rows() == 0) {
        return;
      }
      NodeValue value = vertex.getValue();
      DataBlock block = value.block();
      Path part = PredictionParts.part(parts, block.rowKeys()[0]);
      try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
          OutputFiles.create(getConf(), part), StandardCharsets.UTF_8), 1 << 16)) {
        PredictionParts.writeBlock(out, block, row -> column.format(value, row));
      }
    }

    @Override
    public void close(TaskAttemptContext context) {
    }
  }
}
