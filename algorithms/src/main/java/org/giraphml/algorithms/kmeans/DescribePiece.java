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
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.DenseSize;
import org.giraphml.io.JobFailure;

/**
 * First step: data vertices report how many rows they hold and the dimension they live in;
 * with cosine distance they scale their rows to unit length. The master checks that k does not
 * exceed the number of rows and, with {@code --init-centroids}, loads and checks the file.
 */
final class DescribePiece extends BipartitePiece<NoMessage> {
  private static final Logger LOG = LogManager.getLogger(DescribePiece.class);

  private final KMeansState state;
  private final DataCensus census = new DataCensus();
  private final RowProblems zeroRows = new RowProblems();
  private ReducerHandle<DoubleWritable, DoubleWritable> maxAbs;

  DescribePiece(KMeansState state) {
    this.state = state;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    state.startNanos = System.nanoTime();
    census.register(api);
    zeroRows.register(api);
    maxAbs = api.createGlobalReducer(MaxReduce.DOUBLE);
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    boolean cosine = state.distance == DistanceMeasure.COSINE;
    return vertex -> {
      NodeValue value = vertex.getValue();
      DataBlock block = value.block();
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
          value.setBlock(block.withUnitRows());
        }
      }
      double max = 0;
      for (double v : value.block().values()) {
        max = Math.max(max, Math.abs(v));
      }
      maxAbs.reduce(new DoubleWritable(max));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    census.read(api);
    state.rows = census.rows();
    state.blocks = census.blocks();
    state.dims = census.dimensions();
    state.sparse = census.sparse();
    zeroRows.failIfAny(api, "are all zeros, for which cosine distance is undefined",
        ". Remove them or use --distance euclidean");
    if (state.rows < state.k) {
      throw new JobFailure("k = " + state.k + " is larger than the number of rows ("
          + state.rows + ")");
    }
    String tooLarge = DenseSize.tooLarge("k = " + state.k + " dense centroids", state.k, state.dims);
    if (tooLarge != null) {
      throw new JobFailure("kmeans: " + tooLarge + (state.sparse ? " (the largest LIBSVM"
          + " feature index is " + state.dims + "; renumber the features densely from 1)"
          : ""));
    }
    LOG.info("kmeans: {} rows in {} blocks, {} features ({}), k = {}", state.rows, state.blocks,
        state.dims, state.sparse ? "sparse" : "dense", state.k);
    state.scaleExponent = KMeansState.scaleFor(maxAbs.getReducedValue(api).get(), state.rows,
        state.dims);
    if (state.scaleExponent != 0) {
      LOG.info("kmeans: values up to 2^{}: sums are scaled by 2^-{} to stay finite",
          state.scaleExponent + 1, state.scaleExponent);
    }
    if (state.initCentroidsPath != null) {
      double[] c = CentroidsFile.read(api.getConf(), state.initCentroidsPath, state.k,
          state.dims);
      if (state.distance == DistanceMeasure.COSINE) {
        CentroidMath.normalizeRows(c, state.k, state.dims);
      }
      state.publishCentroids(api, c);
      state.initSeconds = state.seconds();
    }
  }
}
