package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The master's side of seeding: the rows chosen as centres so far (each with its row key, so
 * that no row is chosen twice) and the reserve of uniformly drawn rows that tops them up when
 * k-means|| finds fewer than k. A master-side holder handed to the seeding pieces.
 */
final class Candidates {
  private final List<double[]> rows = new ArrayList<>();
  private final List<Long> keys = new ArrayList<>();
  private final List<double[]> reserveRows = new ArrayList<>();
  private final List<Long> reserveKeys = new ArrayList<>();

  /** Adds a reserve row (uniform sample order). */
  void reserve(long key, double[] row) {
    reserveKeys.add(key);
    reserveRows.add(row);
  }

  /** The i-th reserve row. */
  double[] reserveRow(int i) {
    return reserveRows.get(i);
  }

  /** Adds a candidate (k-means++ draws it among rows that are not centres yet). */
  void add(long key, double[] row) {
    keys.add(key);
    rows.add(row);
  }

  /** Adds a candidate unless its row is one already; returns whether it was added. */
  boolean addIfNew(long key, double[] row) {
    if (keys.contains(key)) {
      return false;
    }
    add(key, row);
    return true;
  }

  /** Adds reserve rows, in draw order, until there are {@code k} candidates or none is left. */
  void topUp(int k) {
    for (int i = 0; rows.size() < k && i < reserveKeys.size(); i++) {
      addIfNew(reserveKeys.get(i), reserveRows.get(i));
    }
  }

  int size() {
    return rows.size();
  }

  List<double[]> rows() {
    return Collections.unmodifiableList(rows);
  }
}
