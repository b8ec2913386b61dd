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
 * {@link CollectWeightsPiece} for multinomial regression: after L-BFGS stops, shards settle on
 * the final point and hand their K class slices, on the features' original scale, to the
 * master, which assembles the model as {@code K x (d + 1)} values, class-major, each class's
 * intercept last (moved back from centred to raw features).
 */
final class SoftmaxCollectPiece extends BipartitePiece<NoMessage> {
  private final GlmSettings settings;
  private final Shared<DataShape> shape;
  private final Shared<FeatureMoments> moments;
  private final Shared<ClassLabels> classes;
  private final Shared<Step> step;
  private final Shared<double[]> model;
  private ReducerHandle<RowTable, RowTable> slices;

  SoftmaxCollectPiece(GlmSettings settings, Shared<DataShape> shape,
      Shared<FeatureMoments> moments, Shared<ClassLabels> classes, Shared<Step> step,
      Shared<double[]> model) {
    this.settings = settings;
    this.shape = shape;
    this.moments = moments;
    this.classes = classes;
    this.step = step;
    this.model = model;
  }

  /** Values per shard in the reduced table: K full-width slices. */
  private int width() {
    return classes.get().size() * shape.get().shardFeatures();
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    slices = api.createGlobalReducer(new RowTableReduce(shape.get().featureShards() + 1,
        width()));
  }

  @Override
  protected Sender modelSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    int rows = shape.get().featureShards() + 1;
    int width = width();
    Step last = step.get();
    boolean l1 = settings.l1() > 0;
    return vertex -> {
      WeightShard shard = WeightShard.of(vertex.getValue());
      ShardUpdate.apply(last, shard, l1);
      slices.reduce(RowTable.single(rows, (int) vertex.getId().index(),
          shard.originalScaleWeights(width)));
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    RowTable t = slices.getReducedValue(api);
    DataShape data = shape.get();
    int k = classes.get().size();
    int d = data.dims();
    int size = data.shardFeatures();
    int width = width();
    double[] w = new double[k * (d + 1)];
    boolean any = t.rows() > 0;
    for (int s = 0; s < data.featureShards(); s++) {
      if (any && t.isFilled(s)) {
        int length = data.shardLength(s);
        for (int c = 0; c < k; c++) {
          System.arraycopy(t.values(), s * width + c * length, w, c * (d + 1) + s * size,
              length);
        }
      }
    }
    boolean intercepts = settings.fitIntercept() && any && t.isFilled(data.interceptShard());
    boolean centred = data.centred(settings.fitIntercept());
    FeatureMoments m = centred ? moments.get() : null;
    for (int c = 0; c < k; c++) {
      int off = c * (d + 1);
      double b = intercepts ? t.values()[data.interceptShard() * width + c] : 0;
      if (centred) {
        for (int j = 0; j < d; j++) {
          b -= m.mean(j) * w[off + j];
        }
      }
      w[off + d] = b;
    }
    model.set(w);
  }
}
