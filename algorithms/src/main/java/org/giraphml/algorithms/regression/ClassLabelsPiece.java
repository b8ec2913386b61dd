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
  /** The labels of the rows that weigh something (all rows when unweighted). */
  private ReducerHandle<LabelSet, LabelSet> weighed;

  ClassLabelsPiece(Family family, Shared<DataShape> shape, Shared<ClassLabels> classes) {
    this.family = family;
    this.shape = shape;
    this.classes = classes;
  }

  @Override
  public void registerReducers(CreateReducersApi api, Object stage) {
    labels = api.createGlobalReducer(new LabelSet.Reduce(ClassLabels.MAX_CLASSES));
    weighed = api.createGlobalReducer(new LabelSet.Reduce(ClassLabels.MAX_CLASSES));
  }

  @Override
  protected Sender dataSender(BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
    return vertex -> {
      DataBlock block = vertex.getValue().block();
      LabelSet local = new LabelSet(ClassLabels.MAX_CLASSES);
      LabelSet positive = new LabelSet(ClassLabels.MAX_CLASSES);
      for (int r = 0; r < block.rows(); r++) {
        local.add(block.labels()[r], 1, block.rowKeys()[r]);
        if (block.weight(r) > 0) {
          positive.add(block.labels()[r], 1, block.rowKeys()[r]);
        }
      }
      labels.reduce(local);
      weighed.reduce(positive);
    };
  }

  @Override
  public void masterCompute(BlockMasterApi api, Object stage) {
    LabelSet all = labels.getReducedValue(api);
    ClassLabels found = ClassLabels.resolve(family, all,
        key -> InputPlan.describeRow(api.getConf(), key));
    requireWeight(found, all, weighed.getReducedValue(api), api);
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

  /**
   * Refuses a class whose rows all weigh 0 ({@code --weight-column}): it adds nothing to the
   * loss, so its intercept would go to minus infinity and stop wherever the solver gave up.
   */
  private static void requireWeight(ClassLabels found, LabelSet all, LabelSet positive,
      BlockMasterApi api) {
    for (int c = 0; c < found.size(); c++) {
      boolean weighs = false;
      for (int i = 0; i < positive.size() && !weighs; i++) {
        weighs = positive.value(i) == found.value(c);
      }
      if (!weighs) {
        long first = 0;
        for (int i = 0; i < all.size(); i++) {
          if (all.value(i) == found.value(c)) {
            first = all.firstKey(i);
          }
        }
        throw new JobFailure("label " + BinaryLabels.format(found.value(c)) + " (first at "
            + InputPlan.describeRow(api.getConf(), first) + ") has total weight 0: every row of "
            + "that class weighs 0 (--weight-column), so logistic regression cannot fit it; "
            + "give its rows weight or leave them out");
      }
    }
  }
}
