package org.giraphml.algorithms.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.JobOptions;
import org.giraphml.api.Progress;
import org.giraphml.api.ProgressListener;
import org.giraphml.io.InputOptions;
import org.giraphml.job.JobRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seam the live progress line hangs on: a listener registered for a job hears, from the
 * embedded engine's master, that the input was read and every iteration with the objective the
 * log and the summary report; once closed it hears nothing and the job's configuration no
 * longer names it.
 */
class ProgressListenerTest {
  @TempDir
  Path tmp;

  @Test
  void theJobsListenerHearsTheLoadAndEveryIteration() throws Exception {
    Configuration conf = new Configuration();
    conf.set(InputOptions.INPUT.key(), KMeansIrisTest.IRIS.toString());
    conf.set(InputOptions.LABEL_COLUMN.key(), "4");
    conf.set(KMeansSettings.K.key(), "3");
    conf.set(JobOptions.OUTPUT.key(), tmp.resolve("out").toString());
    List<Double> objectives = new ArrayList<>();
    List<Integer> iterations = new ArrayList<>();
    long[] rows = {-1};
    JsonNode summary;
    try (Progress.Registration r = Progress.listen(conf, new ProgressListener() {
      @Override
      public void loaded(long rowCount, double seconds) {
        rows[0] = rowCount;
      }

      @Override
      public synchronized void iteration(String algorithm, int i, double objective) {
        assertEquals("kmeans", algorithm);
        iterations.add(i);
        objectives.add(objective);
      }
    })) {
      summary = JobRunner.run(new KMeans(), conf).summary().toJson();
    }
    assertNull(conf.get(Progress.LISTENER_KEY));
    assertEquals(150, rows[0]);
    // The history ends with the saved centroids' objective, after the last iteration.
    JsonNode history = summary.get("objective_history");
    assertEquals(summary.get("iterations").asInt(), objectives.size());
    for (int i = 0; i < objectives.size(); i++) {
      assertEquals(i + 1, iterations.get(i));
      assertEquals(history.get(i).asDouble(), objectives.get(i));
    }
  }
}
