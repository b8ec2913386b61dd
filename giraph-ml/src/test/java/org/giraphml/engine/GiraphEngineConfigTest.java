package org.giraphml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.conf.GiraphConstants;
import org.giraphml.api.JobOutput;
import org.giraphml.predict.Predict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the engine asks of Giraph and Hadoop, checked without starting a job. */
class GiraphEngineConfigTest {
  @TempDir
  Path tmp;

  private GiraphConfiguration configured(String framework) {
    GiraphConfiguration conf = new GiraphConfiguration();
    conf.set("mapreduce.framework.name", framework);
    JobOutput.WORK_DIR.set(conf, tmp.resolve("work").toString());
    GiraphEngine.configure(Predict.class, conf, 3, true);
    return conf;
  }

  @Test
  void scratchDirectoriesAreInsideThePrivateWorkDirectory() {
    GiraphConfiguration conf = configured("local");
    String work = tmp.resolve("work").toString();
    assertTrue(GiraphConstants.CHECKPOINT_DIRECTORY.get(conf).startsWith(work));
    assertTrue(GiraphConstants.ZOOKEEPER_MANAGER_DIRECTORY.get(conf).startsWith(work));
    assertTrue(conf.get(GiraphConstants.ZOOKEEPER_DIR).startsWith(work));
  }

  @Test
  void localRunsAreOneWorkerWithThreadsClusterRunsAreWorkersWithOpenedJvms() {
    GiraphConfiguration local = configured("local");
    assertEquals(1, local.getMaxWorkers());
    assertEquals(3, local.getNumComputeThreads());
    assertEquals("local", local.get("mapred.job.tracker"));
    GiraphConfiguration yarn = configured("yarn");
    assertEquals(3, yarn.getMaxWorkers());
    assertTrue(yarn.get("mapreduce.map.java.opts").contains(
        "--add-opens=java.base/java.lang=ALL-UNNAMED"));
    assertTrue(yarn.getInt("mapreduce.job.counters.max", 0) >= 2000);
    assertFalse(GiraphConstants.USE_SUPERSTEP_COUNTERS.get(yarn));
  }

  @Test
  void noClassIsTakenFromTheInputOnlyFromTheRegisteredAlgorithm() {
    GiraphConfiguration conf = configured("local");
    assertEquals(BlockInputFormat.class.getName(),
        conf.get(GiraphConstants.VERTEX_INPUT_FORMAT_CLASS.getKey()));
    assertEquals(PredictionOutputFormat.class.getName(),
        conf.get(GiraphConstants.VERTEX_OUTPUT_FORMAT_CLASS.getKey()));
  }
}
