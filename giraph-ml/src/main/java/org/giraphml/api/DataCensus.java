package org.giraphml.api;

import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.master.MasterGlobalCommUsage;
import org.apache.giraph.reducers.impl.MaxReduce;
import org.apache.giraph.reducers.impl.SumReduce;
import org.apache.hadoop.io.LongWritable;
import org.giraphml.graph.DataBlock;
import org.giraphml.io.JobFailure;

/**
 * The shape of the data, counted in one superstep: rows, data blocks, the dimension the rows
 * live in, whether any block is sparse, whether rows carry sample weights and how many weigh
 * more than 0 (counted, not summed, so the result does not depend on the order of addition). An algorithm's first piece registers it, adds every
 * block in its data sender and reads the totals in its master step.
 */
public final class DataCensus {
  private ReducerHandle<LongWritable, LongWritable> rows;
  private ReducerHandle<LongWritable, LongWritable> blocks;
  private ReducerHandle<LongWritable, LongWritable> dims;
  private ReducerHandle<LongWritable, LongWritable> sparseBlocks;
  private ReducerHandle<LongWritable, LongWritable> weightedBlocks;
  private ReducerHandle<LongWritable, LongWritable> weightedRows;
  private long totalRows;
  private long totalBlocks;
  private int dimensions;
  private boolean sparse;
  private boolean weighted;
  private long positiveWeightRows;

  /** In {@code registerReducers}. */
  public void register(CreateReducersApi api) {
    rows = api.createGlobalReducer(SumReduce.LONG);
    blocks = api.createGlobalReducer(SumReduce.LONG);
    dims = api.createGlobalReducer(MaxReduce.LONG);
    sparseBlocks = api.createGlobalReducer(SumReduce.LONG);
    weightedBlocks = api.createGlobalReducer(SumReduce.LONG);
    weightedRows = api.createGlobalReducer(SumReduce.LONG);
  }

  /** In a data sender, once per block. */
  public void add(DataBlock block) {
    rows.reduce(new LongWritable(block.rows()));
    blocks.reduce(new LongWritable(1));
    dims.reduce(new LongWritable(block.maxColumnPlusOne()));
    sparseBlocks.reduce(new LongWritable(block.isSparse() ? 1 : 0));
    if (block.hasWeights()) {
      long positive = 0;
      for (double w : block.weights()) {
        positive += w > 0 ? 1 : 0;
      }
      weightedBlocks.reduce(new LongWritable(1));
      weightedRows.reduce(new LongWritable(positive));
    }
  }

  /**
   * In {@code masterCompute}; then the getters hold the totals.
   *
   * @throws JobFailure when the rows carry sample weights and every one is 0: there is
   *     nothing to train on
   */
  public void read(MasterGlobalCommUsage api) {
    totalRows = rows.getReducedValue(api).get();
    totalBlocks = blocks.getReducedValue(api).get();
    dimensions = (int) dims.getReducedValue(api).get();
    sparse = sparseBlocks.getReducedValue(api).get() > 0;
    weighted = weightedBlocks.getReducedValue(api).get() > 0;
    positiveWeightRows = weightedRows.getReducedValue(api).get();
    if (weighted && totalRows > 0 && positiveWeightRows == 0) {
      throw new JobFailure("every row has weight 0 (--weight-column): there is nothing to "
          + "train on; give some rows a positive weight");
    }
  }

  /** Whether the rows carry sample weights ({@code --weight-column}). */
  public boolean weighted() {
    return weighted;
  }

  /** Rows of positive weight; {@link #rows} when unweighted. */
  public long positiveWeightRows() {
    return weighted ? positiveWeightRows : totalRows;
  }

  public long rows() {
    return totalRows;
  }

  public long blocks() {
    return totalBlocks;
  }

  public int dimensions() {
    return dimensions;
  }

  public boolean sparse() {
    return sparse;
  }
}
