package org.giraphml.engine;

import java.util.Objects;
import java.util.Optional;
import org.apache.giraph.conf.GiraphConfiguration;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.io.InputPlan;
import org.giraphml.io.Schema;

/**
 * What an {@link Engine} runs: the same description for every engine.
 *
 * @param algorithm the algorithm (a block factory class Giraph instantiates wherever it runs)
 * @param conf the job's configuration, with the work directory and the schema set
 * @param plan the input files and splits, planned by the driver
 * @param schema the input's schema, sniffed by the driver
 * @param workers {@code --workers}: the embedded engine's threads; the Giraph engine's
 *     workers (compute and input threads of the one worker under the local job runner)
 * @param predictions where per-row predictions go, if the job writes them
 */
public record EngineJob(Class<? extends MlAlgorithm> algorithm, GiraphConfiguration conf,
    InputPlan plan, Schema schema, int workers, Optional<PredictionSink> predictions) {
  public EngineJob {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(conf, "conf");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(predictions, "predictions");
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be >= 1, got " + workers);
    }
  }
}
