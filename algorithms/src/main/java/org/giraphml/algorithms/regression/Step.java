package org.giraphml.algorithms.regression;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.apache.hadoop.io.Writable;
import org.giraphml.graph.Arrays2;

/**
 * The master's instruction to the weight shards before an evaluation: start from zero, accept
 * the last trial point and move along a new direction (given as coefficients over the basis
 * of correction pairs and pseudo-gradient), or retry the current direction with a smaller step.
 */
public final class Step implements Writable {
  enum Kind { START, ACCEPT, BACKTRACK, FINAL }

  Kind kind = Kind.START;
  /** On ACCEPT: whether the last step's (s, y) pair joins the history. */
  boolean addPair;
  /** On ACCEPT: whether the oldest pair is dropped first. */
  boolean dropOldest;
  /** Step length along the direction. */
  double step;
  /** On ACCEPT: direction coefficients over (s_0..s_{k-1}, y_0..y_{k-1}, pg). */
  double[] coefficients = new double[0];
  /** For Kryo and Hadoop, which build Writables reflectively. */
  public Step() {
  }

  /** Number of pairs after this step's update. */
  int pairs;
  /** On FINAL: whether the last trial point was accepted (else the last accepted base is final). */
  boolean acceptTrial;

  /** Evaluate the starting point (zero weights, or a warm start's: {@link ConnectPiece}). */
  static Step start() {
    return new Step();
  }

  /** Retry the current direction with step length {@code step}, keeping {@code pairs}. */
  static Step backtrack(double step, int pairs) {
    Step s = new Step();
    s.kind = Kind.BACKTRACK;
    s.step = step;
    s.pairs = pairs;
    return s;
  }

  /** Settle on the last trial point if {@code acceptTrial}, else on the last accepted one. */
  static Step last(boolean acceptTrial, int pairs) {
    Step s = new Step();
    s.kind = Kind.FINAL;
    s.acceptTrial = acceptTrial;
    s.pairs = pairs;
    return s;
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeByte(kind.ordinal());
    out.writeBoolean(addPair);
    out.writeBoolean(dropOldest);
    out.writeDouble(step);
    out.writeInt(pairs);
    out.writeBoolean(acceptTrial);
    Arrays2.writeDoubles(out, coefficients);
  }

  @Override
  public void readFields(DataInput in) throws IOException {
    kind = Kind.values()[in.readByte()];
    addPair = in.readBoolean();
    dropOldest = in.readBoolean();
    step = in.readDouble();
    pairs = in.readInt();
    acceptTrial = in.readBoolean();
    coefficients = Arrays2.readDoubles(in);
  }
}
