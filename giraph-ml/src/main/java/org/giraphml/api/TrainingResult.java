package org.giraphml.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * What training returns: the model, the settings it was trained with (saved in
 * {@code model.json} under {@code training}) and the summary. The algorithm sets it on the
 * master at the end of its block; {@link MlAlgorithm} then writes the files, in one place.
 *
 * @param model the trained model
 * @param settings the training settings worth keeping with the model (may be empty)
 * @param summary the run's summary
 */
public record TrainingResult(MlModel model, ObjectNode settings, TrainingSummary summary) {
  public TrainingResult {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(summary, "summary");
  }
}
