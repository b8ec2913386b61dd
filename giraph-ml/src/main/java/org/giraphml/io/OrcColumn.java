package org.giraphml.io;

import java.util.Optional;
import org.apache.orc.TypeDescription;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.DecimalColumnVector;
import org.apache.orc.storage.ql.exec.vector.DoubleColumnVector;
import org.apache.orc.storage.ql.exec.vector.ListColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

/**
 * One numeric top-level column of an ORC file as features or label: tinyint, smallint, int,
 * bigint, float, double or decimal, or an {@code array} of them. Reads a row of a
 * {@link VectorizedRowBatch} as doubles; a null, a non-finite number or an array of the wrong
 * length is a problem returned as text.
 */
final class OrcColumn {
  final String name;
  private final int field;
  private final boolean list;

  private OrcColumn(String name, int field, boolean list) {
    this.name = name;
    this.field = field;
    this.list = list;
  }

  boolean isList() {
    return list;
  }

  /** Column {@code field} of the file's struct as numbers, or empty if it holds another type. */
  static Optional<OrcColumn> of(TypeDescription struct, int field) {
    TypeDescription t = struct.getChildren().get(field);
    String name = struct.getFieldNames().get(field);
    if (isNumber(t)) {
      return Optional.of(new OrcColumn(name, field, false));
    }
    if (t.getCategory() == TypeDescription.Category.LIST && isNumber(t.getChildren().get(0))) {
      return Optional.of(new OrcColumn(name, field, true));
    }
    return Optional.empty();
  }

  private static boolean isNumber(TypeDescription t) {
    switch (t.getCategory()) {
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
      case DECIMAL:
        return true;
      default:
        return false;
    }
  }

  /** The number of values in row {@code r}: 1, the array's length, or -1 for a null. */
  int width(VectorizedRowBatch batch, int r) {
    ColumnVector v = batch.cols[field];
    int i = v.isRepeating ? 0 : r;
    if (!v.noNulls && v.isNull[i]) {
      return -1;
    }
    return list ? (int) ((ListColumnVector) v).lengths[i] : 1;
  }

  /**
   * Writes the column's {@code width} values of row {@code r} to {@code out[at...]}.
   *
   * @return the problem, or null if every value is a finite number
   */
  String read(VectorizedRowBatch batch, int r, int width, double[] out, int at) {
    int found = width(batch, r);
    if (found < 0) {
      return "column '" + name + "' is null";
    }
    ColumnVector v = batch.cols[field];
    int i = v.isRepeating ? 0 : r;
    if (!list) {
      return DenseRows.checkFinite(name, out[at] = value(v, i), -1);
    }
    if (found != width) {
      return "column '" + name + "' holds " + found + " values, but " + width + " in the first "
          + "row (an array column must have one length)";
    }
    ListColumnVector lists = (ListColumnVector) v;
    ColumnVector child = lists.child;
    for (int j = 0; j < width; j++) {
      int e = child.isRepeating ? 0 : (int) lists.offsets[i] + j;
      if (!child.noNulls && child.isNull[e]) {
        return "column '" + name + "' element " + j + " is null";
      }
      out[at + j] = value(child, e);
      String problem = DenseRows.checkFinite(name, out[at + j], j);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static double value(ColumnVector v, int i) {
    if (v instanceof LongColumnVector l) {
      return l.vector[i];
    }
    if (v instanceof DoubleColumnVector d) {
      return d.vector[i];
    }
    // Through BigDecimal: rounded once to the nearest double, as the decimal's text would be.
    return ((DecimalColumnVector) v).vector[i].getHiveDecimal().bigDecimalValue().doubleValue();
  }
}
