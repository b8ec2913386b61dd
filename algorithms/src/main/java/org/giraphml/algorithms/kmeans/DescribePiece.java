package org.giraphml.algorithms.kmeans;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.reducers.impl.MaxReduce;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.DoubleWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.DataCensus;
import org.giraphml.api.RowProblems;
import org.giraphml.api.Shared;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.DenseSize;
import org.giraphml.io.JobFailure;

/**
 * First step: data vertices report how many rows they hold and the dimension they live in;
 * with cosine distance they scale their rows to unit length. The master checks that k does not
 * exceed the number of rows and that k dense centroids fit in memory, and chooses the scale of
 * sums ({@link DataShape#scaleExponent}).
 */
final class DescribePiece extends BipartitePiece<NoMessage> {
  private static final Logger LOG = LogManager.getLogger(DescribePiece.class);

  private final KMeansParams params;
  private final Shared<DataShape> shape;
  private final IterationHistory history;
  private final DataCensus census = new DataCensus();
  private final RowProblems zeroRows = new RowProblems();
  private ReducerHandle<DoubleWritable, DoubleWritable> maxAbs;

  DescribePiece(KMeansParams params, Shared<DataShape> shape, IterationHistory history) {
    this.params = params;
    this.shape = shape;
    this.history = history;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    history.start();
    census.register(api);
    zeroRows.register(api);
    maxAbs = api.createGlobalReducer(MaxReduce.DOUBLE);
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    boolean cosine = params.cosine();
    return vertex -> {
      AssignedRows rows = AssignedRows.of(vertex.getValue());
      DataBlock block = rows.block();
      census.add(block);
      if (cosine) {
        long firstZero = Long.MAX_VALUE;
        long zeros = 0;
        for (int r = 0; r < block.rows(); r++) {
          if (KMeansModel.isAllZeros(block, r)) {
            zeros++;
            firstZero = Math.min(firstZero, block.rowKeys()[r]);
          }
        }
        if (zeros > 0) {
          zeroRows.add(zeros, firstZero);
        } else {
          rows.setBlock(block.withUnitRows());
        }
      }
      maxAbs.reduce(new DoubleWritable(rows.block().maxAbs()));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    census.read(api);
    long rows = census.rows();
    int dims = census.dimensions();
    int k = params.k();
    zeroRows.failIfAny(api, "are all zeros, for which cosine distance is undefined",
        ". Remove them or use --distance euclidean");
    if (rows < k) {
      throw new JobFailure("k = " + k + " is larger than the number of rows (" + rows + ")");
    }
    String tooLarge = DenseSize.tooLarge("k = " + k + " dense centroids", k, dims);
    if (tooLarge != null) {
      throw new JobFailure("kmeans: " + tooLarge + (census.sparse() ? " (the largest LIBSVM"
          + " feature index is " + dims + "; renumber the features densely from 1)" : ""));
    }
    LOG.info("kmeans: {} rows in {} blocks, {} features ({}), k = {}", rows, census.blocks(),
        dims, census.sparse() ? "sparse" : "dense", k);
    int scaleExponent = DataShape.scaleFor(maxAbs.getReducedValue(api).get(), rows, dims);
    if (scaleExponent != 0) {
      LOG.info("kmeans: values up to 2^{}: sums are scaled by 2^-{} to stay finite",
          scaleExponent + 1, scaleExponent);
    }
    shape.set(new DataShape(rows, census.blocks(), dims, census.sparse(), scaleExponent));
  }
}
