package org.giraphml.algorithms.regression;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.JobOptions;
import org.giraphml.api.Shared;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;
import org.giraphml.io.InputPlan;
import org.giraphml.io.JobFailure;

/**
 * Logistic regression's label check, before any training: blocks reduce the distinct label
 * values ({@link LabelSet}, up to {@link ClassLabels#MAX_CLASSES}) and the master decides the
 * {@link ClassLabels} from them and {@code --family} ({@link ClassLabels#resolve}), failing
 * the job with the values and where they occur if they do not fit. A multinomial fit works
 * on class indicators, so the labels' magnitude scales nothing: the data shape is republished
 * with label exponent 0, its sample weights ({@link SampleWeights}) kept.
 */
final class ClassLabelsPiece extends BipartitePiece<NoMessage> {
  private final Family family;
  private final Shared<DataShape> shape;
  private final Shared<ClassLabels> classes;
  private ReducerHandle<LabelSet, LabelSet> labels;

  ClassLabelsPiece(Family family, Shared<DataShape> shape, Shared<ClassLabels> classes) {
    this.family = family;
    this.shape = shape;
    this.classes = classes;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    labels = api.createGlobalReducer(new LabelSet.Reduce(ClassLabels.MAX_CLASSES));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      LabelSet local = new LabelSet(ClassLabels.MAX_CLASSES);
      for (int r = 0; r < block.rows(); r++) {
        local.add(block.labels()[r], 1, block.rowKeys()[r]);
      }
      labels.reduce(local);
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    ClassLabels found = ClassLabels.resolve(family, labels.getReducedValue(api),
        key -> InputPlan.describeRow(api.getConf(), key));
    if (found.multinomial() && family == Family.AUTO && JobOptions.PREDICTIONS.get(api.getConf())) {
      throw new JobFailure("--family auto found " + found.size() + " classes: a multinomial "
          + "model, whose predictions.csv column (class) differs from the binomial one "
          + "(probability) fixed before the data was read; give --family multinomial");
    }
    if (found.multinomial() && RegressionSettings.INIT_MODEL.get(api.getConf()).isPresent()) {
      throw new JobFailure("--init-model starts from a binomial model, but the labels hold "
          + found.size() + " classes (a multinomial fit); warm starts of multinomial logistic "
          + "regression are not supported yet");
    }
    if (found.multinomial()) {
      DataShape s = shape.get();
      int[] exponents = new int[s.dims()];
      for (int j = 0; j < exponents.length; j++) {
        exponents[j] = s.featureExponent(j);
      }
      DataShape republished = new DataShape(s.rows(), s.blocks(), s.dims(), s.sparse(),
          s.shardFeatures(), 0, exponents);
      shape.set(s.weighted() ? republished.withWeights(s.totalWeight(), s.weightedRows())
          : republished);
    }
    classes.set(found);
  }
}
