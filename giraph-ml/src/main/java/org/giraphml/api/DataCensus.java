package org.giraphml.api;

import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.master.MasterGlobalCommUsage;
import org.apache.giraph.reducers.impl.MaxReduce;
import org.apache.giraph.reducers.impl.SumReduce;
import org.apache.hadoop.io.LongWritable;
import org.giraphml.graph.DataBlock;

/**
 * The shape of the data, counted in one superstep: rows, data blocks, the dimension the rows
 * live in, whether any block is sparse. An algorithm's first piece registers it, adds every
 * block in its data sender and reads the totals in its master step.
 */
public final class DataCensus {
  private ReducerHandle<LongWritable, LongWritable> rows;
  private ReducerHandle<LongWritable, LongWritable> blocks;
  private ReducerHandle<LongWritable, LongWritable> dims;
  private ReducerHandle<LongWritable, LongWritable> sparseBlocks;
  private long totalRows;
  private long totalBlocks;
  private int dimensions;
  private boolean sparse;

  /** In {@code registerReducers}. */
  public void register(CreateReducersApi api) {
    rows = api.createGlobalReducer(SumReduce.LONG);
    blocks = api.createGlobalReducer(SumReduce.LONG);
    dims = api.createGlobalReducer(MaxReduce.LONG);
    sparseBlocks = api.createGlobalReducer(SumReduce.LONG);
  }

  /** In a data sender, once per block. */
  public void add(DataBlock block) {
    rows.reduce(new LongWritable(block.rows()));
    blocks.reduce(new LongWritable(1));
    dims.reduce(new LongWritable(block.maxColumnPlusOne()));
    sparseBlocks.reduce(new LongWritable(block.isSparse() ? 1 : 0));
  }

  /** In {@code masterCompute}; then the getters hold the totals. */
  public void read(MasterGlobalCommUsage api) {
    totalRows = rows.getReducedValue(api).get();
    totalBlocks = blocks.getReducedValue(api).get();
    dimensions = (int) dims.getReducedValue(api).get();
    sparse = sparseBlocks.getReducedValue(api).get() > 0;
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
