package org.giraphml.predict;

import org.giraphml.conf.ConfOption;
import org.giraphml.conf.StringOption;

/** The options of {@code giraph-ml predict}. */
public final class PredictSettings {
  private PredictSettings() {
  }

  public static final StringOption MODEL = (StringOption) new StringOption(
      "giraphml.predict.model", "model", null,
      "A trained model: the output directory of a training job, or its model.json.")
      .namesInputs(ConfOption.InputPaths.ONE);
}
