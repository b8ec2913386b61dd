package org.giraphml.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CyclicBarrier;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.io.OutputDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local Giraph job's task thread and its job client may record why the job failed at the
 * same moment; the record is then one of the two messages whole (the task's, when it came),
 * never the task's written over the start of the client's (OutOfMemoryTest once read
 * "Java heap spacehy (the task ran in this process)").
 */
class FailureRecordTest {
  private static final String TASK = "java.lang.OutOfMemoryError: Java heap space";
  private static final String CLIENT = "The Giraph job failed: task task_1_m_000001 failed 1 time;"
      + " the log above says why (the task ran in this process)";

  @TempDir
  Path tmp;

  @Test
  void simultaneousRecordsNeverMix() throws Exception {
    for (int round = 0; round < 300; round++) {
      Path work = Files.createDirectory(tmp.resolve("work" + round));
      Configuration conf = new Configuration();
      JobOutput.WORK_DIR.set(conf, work.toString());
      CyclicBarrier start = new CyclicBarrier(2);
      Thread task = new Thread(() -> {
        await(start);
        JobOutput.recordFailure(conf, TASK);
      });
      task.start();
      await(start);
      JobOutput.recordFailureIfNone(conf, CLIENT);
      task.join();
      String recorded = Files.readString(work.resolve(OutputDirectory.FAILURE_FILE));
      assertEquals(TASK, recorded, "round " + round);
    }
  }

  @Test
  void theClientsReasonDoesNotReplaceATasks() throws Exception {
    Configuration conf = new Configuration();
    JobOutput.WORK_DIR.set(conf, tmp.toString());
    JobOutput.recordFailureIfNone(conf, CLIENT);
    JobOutput.recordFailure(conf, TASK);
    JobOutput.recordFailureIfNone(conf, CLIENT);
    assertEquals(TASK, Files.readString(tmp.resolve(OutputDirectory.FAILURE_FILE)));
    assertTrue(TASK.length() < CLIENT.length(), "the shorter message is written last");
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
