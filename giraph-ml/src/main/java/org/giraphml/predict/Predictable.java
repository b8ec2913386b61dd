package org.giraphml.predict;

import org.giraphml.api.MlModel;
import org.giraphml.graph.DataBlock;

/**
 * Which blocks a model can be applied to at all. {@link PredictPiece} counts and names the
 * rows that fail these checks (and the job then fails); pieces that run before it, such as
 * {@link DistancesPiece}, skip such blocks so that the failure is {@link PredictPiece}'s
 * message and not a model's exception.
 */
final class Predictable {
  private Predictable() {
  }

  /** Whether a sparse block has features beyond the model's dimension. */
  static boolean tooWide(MlModel model, DataBlock block) {
    return block.isSparse() && block.maxColumnPlusOne() > model.dimensions();
  }

  /** Whether every row of {@code block} can be given to the model. */
  static boolean wholly(MlModel model, DataBlock block) {
    if (tooWide(model, block)) {
      return false;
    }
    var rule = model.rowRule();
    if (rule.isEmpty()) {
      return true;
    }
    for (int r = 0; r < block.rows(); r++) {
      if (rule.get().test().rejects(block, r)) {
        return false;
      }
    }
    return true;
  }
}
