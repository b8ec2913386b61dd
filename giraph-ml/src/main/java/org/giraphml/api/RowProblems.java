package org.giraphml.api;

import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.reducers.impl.MinReduce;
import org.apache.giraph.reducers.impl.SumReduce;
import java.util.function.IntPredicate;
import org.apache.hadoop.io.LongWritable;
import org.giraphml.graph.DataBlock;
import org.giraphml.io.InputPlan;
import org.giraphml.io.JobFailure;

/**
 * Rows an algorithm cannot use (a label that is not 0/1, a row of zeros under cosine
 * distance): workers count them and keep the smallest row key, and the master fails the job
 * with the count and the first such row named as {@code file:line}. Workers never throw for
 * bad data, so the user sees one clear message whatever the engine.
 */
public final class RowProblems {
  private ReducerHandle<LongWritable, LongWritable> count;
  private ReducerHandle<LongWritable, LongWritable> first;

  /** In {@code registerReducers}. */
  public void register(CreateReducersApi api) {
    count = api.createGlobalReducer(SumReduce.LONG);
    first = api.createGlobalReducer(MinReduce.LONG);
  }

  /**
   * In a data sender: counts the rows of {@code block} that {@code bad} rejects.
   *
   * @return whether there were any
   */
  public boolean check(DataBlock block, IntPredicate bad) {
    long rows = 0;
    long firstKey = Long.MAX_VALUE;
    for (int r = 0; r < block.rows(); r++) {
      if (bad.test(r)) {
        rows++;
        firstKey = Math.min(firstKey, block.rowKeys()[r]);
      }
    }
    add(rows, firstKey);
    return rows > 0;
  }

  /** In a data sender: {@code rows} bad rows, the smallest of whose keys is {@code firstKey}. */
  public void add(long rows, long firstKey) {
    if (rows > 0) {
      count.reduce(new LongWritable(rows));
      first.reduce(new LongWritable(firstKey));
    }
  }

  /**
   * In {@code masterCompute}: fails the job if any row was reported.
   *
   * @param what completes "N row(s) " (e.g. "have a label other than 0 or 1")
   * @param remedy appended after the first row's location, or empty
   */
  public void failIfAny(BlockMasterApi api, String what, String remedy) {
    long n = count.getReducedValue(api).get();
    if (n > 0) {
      throw new JobFailure(n + " row(s) " + what + "; the first is "
          + InputPlan.describeRow(api.getConf(), first.getReducedValue(api).get()) + remedy);
    }
  }
}
