package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.Shared;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.reduce.RowTable;
import org.giraphml.reduce.RowTableReduce;

/**
 * After L-BFGS stops: shards settle on the final point and hand their slices, back on the
 * features' original scale, to the master, which assembles the model (d weights, then the
 * intercept) for the metrics piece.
 */
final class CollectWeightsPiece extends BipartitePiece<NoMessage> {
  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final Shared<FeatureMoments> moments;
  private final Shared<Step> step;
  private final Shared<double[]> model;
  private ReducerHandle<RowTable, RowTable> slices;

  CollectWeightsPiece(GlmSettings settings, Shared<DataShape> shape,
      Shared<FeatureMoments> moments, Shared<Step> step, Shared<double[]> model) {
    this.settings = settings;
    this.shape = shape;
    this.moments = moments;
    this.step = step;
    this.model = model;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    DataShape data = shape.get();
    slices = api.createGlobalReducer(new RowTableReduce(data.featureShards() + 1,
        data.shardFeatures()));
  }

  @Override
  protected Sender modelSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    DataShape data = shape.get();
    int rows = data.featureShards() + 1;
    Step last = step.get();
    boolean l1 = settings.l1() > 0;
    return vertex -> {
      WeightShard shard = WeightShard.of(vertex.getValue());
      ShardUpdate.apply(last, shard, l1);
      double[] row = shard.originalScaleWeights(data.shardFeatures());
      slices.reduce(RowTable.single(rows, (int) vertex.getId().index(), row));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    RowTable t = slices.getReducedValue(api);
    DataShape data = shape.get();
    int d = data.dims();
    int size = data.shardFeatures();
    double[] w = new double[d + 1];
    for (int s = 0; s < data.featureShards(); s++) {
      if (t.rows() > 0 && t.isFilled(s)) {
        System.arraycopy(t.values(), s * size, w, s * size, data.shardLength(s));
      }
    }
    // The shards solved for labels scaled by 2^-labelExponent: scale back (exact).
    int e = data.labelExponent();
    for (int j = 0; j < d; j++) {
      w[j] = Math.scalb(w[j], e);
    }
    double intercept = settings.fitIntercept() && t.rows() > 0
        && t.isFilled(data.interceptShard())
        ? Math.scalb(t.values()[data.interceptShard() * size], e) : 0;
    if (data.centred(settings.fitIntercept())) {
      FeatureMoments m = moments.get();
      for (int j = 0; j < d; j++) {
        intercept -= m.mean(j) * w[j];
      }
    }
    w[d] = intercept;
    model.set(w);
  }
}
