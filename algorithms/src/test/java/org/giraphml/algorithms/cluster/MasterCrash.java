package org.giraphml.algorithms.cluster;

import java.util.List;
import org.apache.giraph.conf.DefaultImmutableClassesGiraphConfigurable;
import org.apache.giraph.master.MasterObserver;
import org.apache.giraph.metrics.AggregatedMetrics;
import org.apache.giraph.partition.PartitionStats;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.TaskAttemptID;

/**
 * Test-only fault injector: the Giraph master's JVM halts before superstep {@code SUPERSTEP} in
 * its task's first attempt, taking the ZooKeeper server Giraph runs in the same task with it.
 * Installed with {@code giraph.master.observers}.
 */
public class MasterCrash extends DefaultImmutableClassesGiraphConfigurable
    implements MasterObserver {
  static final String SUPERSTEP = "giraphml.test.master-crash.superstep";

  static void install(Configuration conf, long superstep) {
    conf.set("giraph.master.observers", MasterCrash.class.getName());
    conf.setLong(SUPERSTEP, superstep);
  }

  @Override
  public void preSuperstep(long superstep) {
    String id = getConf().get("mapreduce.task.attempt.id");
    if (id != null && superstep == getConf().getLong(SUPERSTEP, -1)
        && TaskAttemptID.forName(id).getId() == 0) {
      Runtime.getRuntime().halt(58);
    }
  }

  @Override
  public void preApplication() {
  }

  @Override
  public void postApplication() {
  }

  @Override
  public void applicationFailed(Exception e) {
  }

  @Override
  public void postSuperstep(long superstep) {
  }

  @Override
  public void superstepMetricsUpdate(long superstep, AggregatedMetrics metrics,
      List<PartitionStats> partitionStats) {
  }
}
