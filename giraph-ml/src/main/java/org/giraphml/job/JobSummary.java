package org.giraphml.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.giraphml.api.TrainingSummary;

/**
 * A finished job's {@code summary.json}, typed: the algorithm's {@link TrainingSummary} (its
 * contract fields, then its own details), the {@link InputSummary} and the job's wall time.
 * The runner builds it once and writes it once; {@code Main} and anything else that reports
 * on a job read these fields, not JSON keys. docs/DATA.md ("The summary") lists the fields.
 *
 * @param training what the algorithm reported (for {@code predict}: algorithm
 *     {@code predict}, the rows predicted, and the model in its details)
 * @param input what the job read
 * @param totalSeconds wall seconds from start to the files being ready to commit
 */
public record JobSummary(TrainingSummary training, InputSummary input, double totalSeconds) {
  public JobSummary {
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(input, "input");
  }

  /** The summary as written: the training summary's fields, {@code input}, total_seconds. */
  public ObjectNode toJson() {
    ObjectNode json = training.toJson();
    json.set("input", input.toJson());
    json.put("total_seconds", totalSeconds);
    return json;
  }
}
