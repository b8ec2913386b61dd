package org.giraphml.algorithms.kmeans;

import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeValue;
import org.giraphml.math.HamerlyBounds;
import org.giraphml.math.NearestCenters;
import org.giraphml.math.Vectors;
import org.giraphml.reduce.RowTable;

/**
 * Per-thread helper that finds each row's nearest centre in a table of centres, reusing its
 * buffers across the blocks one worker thread handles in a superstep. A float32 block
 * ({@code --precision float}) is widened, exactly, into a buffer of one block's doubles, and the
 * double kernels run on that: the same arithmetic in the same order as on a double block
 * holding the same numbers, so the results are equal to the bit.
 */
final class Assigner {
  private RowTable lastCentres;
  private double[] centreNorms = new double[0];
  private double[] scratch = new double[0];
  private int[] assign = new int[0];
  private double[] dist = new double[0];
  /** The last float block widened, its values as doubles and its rows' squared norms. */
  private DataBlock widenedBlock;
  private double[] widened;
  private double[] floatNorms;
  /** Rows compared with every centre in the last call (all of them without bounds). */
  private int scanned;

  /** Assigns every row of {@code block}; results in {@link #assignment()} and {@link #distances()}. */
  void assign(DataBlock block, RowTable centres) {
    assign(block, centres, null, 0);
  }

  /**
   * Assigns every row and, if {@code sums} is not null, adds each row times
   * {@code 2^-sumExponent} to the sum of its centre ({@code sums[j * d ...]}, not cleared
   * first): scaled sums cannot overflow where rows near {@link Double#MAX_VALUE} would.
   */
  void assign(DataBlock block, RowTable centres, double[] sums, int sumExponent) {
    int n = block.rows();
    int k = centres.rows();
    int d = centres.width();
    if (centres != lastCentres) {
      centreNorms = new double[k];
      for (int j = 0; j < k; j++) {
        centreNorms[j] = Vectors.squaredNorm(centres.values(), j * d, d);
      }
      scratch = new double[4 * k];
      lastCentres = centres;
    }
    if (assign.length < n) {
      assign = new int[n];
      dist = new double[n];
    }
    // The kernel adds rows as they are (no scaling), while they are still in cache.
    boolean scaled = sumExponent != 0;
    if (block.isSparse()) {
      NearestCenters.assignSparse(block.rowStart(), block.columns(), rows(block),
          norms(block), n, centres.values(), centreNorms, k, d, assign, dist);
    } else {
      if (block.dims() != d) {
        throw new IllegalStateException("block has " + block.dims() + " features, centres " + d);
      }
      NearestCenters.assignDense(rows(block), norms(block), n, d, centres.values(),
          centreNorms, k, assign, dist, scratch, scaled ? null : sums);
    }
    if (sums != null && (scaled || block.isSparse())) {
      addScaledRows(block, d, sums, sumExponent);
    }
    scanned = n;
  }

  /**
   * As {@link #assign(DataBlock, RowTable, double[], int)}, with the same result, but keeping
   * Hamerly's distance bounds ({@link HamerlyBounds}) in {@code value} between calls so that
   * rows which provably kept their centre are not compared with the others. Falls back to the
   * plain kernel (and drops the bounds) for sparse blocks, scaled sums, and blocks whose
   * squared norms could overflow.
   */
  void assignBounded(NodeValue value, RowTable centres, double[] sums, int sumExponent) {
    DataBlock block = value.block();
    int n = block.rows();
    int k = centres.rows();
    int d = centres.width();
    if (block.isSparse() || sumExponent != 0 || block.dims() != d) {
      value.setVectors(null);
      assign(block, centres, sums, sumExponent);
      return;
    }
    double[] cNorms = new double[k];
    for (int j = 0; j < k; j++) {
      cNorms[j] = Vectors.squaredNorm(centres.values(), j * d, d);
    }
    if (!NearestCenters.inSafeRange(norms(block), n, cNorms, k)) {
      value.setVectors(null);
      assign(block, centres, sums, sumExponent);
      return;
    }
    HamerlyBounds.State state = BoundSlots.read(value, n, assign);
    if (dist.length < n) {
      dist = new double[n];
    }
    scanned = HamerlyBounds.assign(rows(block), norms(block), n, d,
        centres.values(), cNorms, k, state, dist, sums);
    assign = state.assignment();
    BoundSlots.write(value, state);
  }

  /** The block's values as doubles: its own array, or a float block widened into a buffer. */
  private double[] rows(DataBlock block) {
    if (!block.isFloat()) {
      return block.values();
    }
    widen(block);
    return widened;
  }

  /**
   * The block's squared norms: its own, or for a float block (which keeps none) computed in
   * the pass that widens it.
   */
  private double[] norms(DataBlock block) {
    if (!block.isFloat()) {
      return block.squaredNorms();
    }
    widen(block);
    return floatNorms;
  }

  private void widen(DataBlock block) {
    if (block == widenedBlock) {
      return;
    }
    int n = block.rows();
    if (widened == null || widened.length < n * block.dims()) {
      widened = new double[n * block.dims()];
    }
    if (floatNorms == null || floatNorms.length < n) {
      floatNorms = new double[n];
    }
    block.widen(widened, floatNorms);
    widenedBlock = block;
  }

  /** Rows of the last block that were compared with every centre. */
  int scanned() {
    return scanned;
  }

  private void addScaledRows(DataBlock block, int d, double[] sums, int e) {
    double[] x = rows(block);
    for (int r = 0; r < block.rows(); r++) {
      int off = assign[r] * d;
      if (block.isSparse()) {
        int[] cols = block.columns();
        for (int p = block.rowStart()[r]; p < block.rowStart()[r + 1]; p++) {
          sums[off + cols[p]] += Math.scalb(x[p], -e);
        }
      } else {
        for (int t = 0, p = r * d; t < d; t++, p++) {
          sums[off + t] += Math.scalb(x[p], -e);
        }
      }
    }
  }

  /**
   * Adds each row of the last assigned {@code block} times its sample weight and
   * {@code 2^-e} to the sum of its centre ({@code sums[j * d ...]}, not cleared first); the
   * weighted counterpart of the sums {@link #assign} adds.
   */
  void addWeightedRows(DataBlock block, int d, double[] sums, int e) {
    double[] x = rows(block);
    for (int r = 0; r < block.rows(); r++) {
      double w = Math.scalb(block.weight(r), -e);
      if (w == 0) {
        continue;
      }
      int off = assign[r] * d;
      if (block.isSparse()) {
        int[] cols = block.columns();
        for (int p = block.rowStart()[r]; p < block.rowStart()[r + 1]; p++) {
          sums[off + cols[p]] += w * x[p];
        }
      } else {
        for (int t = 0, p = r * d; t < d; t++, p++) {
          sums[off + t] += w * x[p];
        }
      }
    }
  }

  /** Nearest centre of each row of the last block (valid up to its row count). */
  int[] assignment() {
    return assign;
  }

  /** Squared distance of each row of the last block to its nearest centre. */
  double[] distances() {
    return dist;
  }
}
