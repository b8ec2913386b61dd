package org.giraphml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.conf.GiraphConstants;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.conf.InvalidOptionException;
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
  void aLostWorkerOrAnUnreachableZooKeeperIsNoticedWithinTheSessionTimeout() {
    GiraphConfiguration conf = configured("yarn");
    int session = GiraphConstants.ZOOKEEPER_SESSION_TIMEOUT.get(conf);
    assertEquals(60_000, session);
    // Giraph's own defaults are 10 and 15 minutes, whatever the session asks for.
    assertEquals(session, GiraphConstants.ZOOKEEPER_MIN_SESSION_TIMEOUT.get(conf));
    assertEquals(15 * 60_000, GiraphConstants.ZOOKEEPER_MAX_SESSION_TIMEOUT.get(conf));
    assertEquals(3L * session, GiraphConstants.WAIT_ZOOKEEPER_TIMEOUT_MSEC.get(conf));
    assertEquals(JobDiagnostics.class, GiraphConstants.JOB_OBSERVER_CLASS.get(conf));

    GiraphConfiguration longSessions = new GiraphConfiguration();
    longSessions.set("mapreduce.framework.name", "yarn");
    GiraphConstants.ZOOKEEPER_SESSION_TIMEOUT.set(longSessions, 20 * 60_000);
    JobOutput.WORK_DIR.set(longSessions, tmp.resolve("work").toString());
    GiraphEngine.configure(Predict.class, longSessions, 2, false);
    assertEquals(20 * 60_000, GiraphConstants.ZOOKEEPER_MAX_SESSION_TIMEOUT.get(longSessions));
  }

  @Test
  void giraphsBrokenSaslIsRefusedAndASecureClusterNeedsAnExplicitYes() {
    Configuration conf = new Configuration(false);
    GiraphEngine.checkSecurity(conf, false);
    conf.setBoolean("giraph.authenticate", true);
    InvalidOptionException broken = assertThrows(InvalidOptionException.class,
        () -> GiraphEngine.checkSecurity(conf, false));
    assertTrue(broken.getMessage().startsWith("giraph.authenticate=true cannot work with "
        + "Giraph 1.3: its master never authenticates"), broken.getMessage());

    Configuration secure = new Configuration(false);
    InvalidOptionException unsaid = assertThrows(InvalidOptionException.class,
        () -> GiraphEngine.checkSecurity(secure, true));
    assertTrue(unsaid.getMessage().contains("-D giraph.authenticate=false"), unsaid.getMessage());
    secure.setBoolean("giraph.authenticate", false);
    GiraphEngine.checkSecurity(secure, true);
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
