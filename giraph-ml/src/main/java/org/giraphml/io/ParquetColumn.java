package org.giraphml.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * One numeric column of a Parquet file as features or label: a number (int32, int64, float,
 * double, or a decimal stored in any of Parquet's ways) or a list of numbers (the standard
 * three-level {@code LIST} or the legacy two-level one). Reads a row's values as doubles; a
 * null, a non-finite number or a list of the wrong length is a problem returned as text.
 */
final class ParquetColumn {
  /** How a number is stored. */
  private enum Kind { INT32, UINT32, INT64, UINT64, FLOAT, DOUBLE, DEC_INT32, DEC_INT64, DEC_BYTES }

  final String name;
  private final Kind kind;
  private final int scale;
  /** 0: a plain number; 2: a two-level list of numbers; 3: a three-level list. */
  private final int listLevels;

  private ParquetColumn(String name, Kind kind, int scale, int listLevels) {
    this.name = name;
    this.kind = kind;
    this.scale = scale;
    this.listLevels = listLevels;
  }

  boolean isList() {
    return listLevels > 0;
  }

  /** The column as numbers, or empty if it holds something else. */
  static Optional<ParquetColumn> of(Type field) {
    if (field.isPrimitive()) {
      return kindOf(field.asPrimitiveType()).map(k -> new ParquetColumn(field.getName(), k,
          scaleOf(field), 0));
    }
    GroupType group = field.asGroupType();
    if (!(group.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation)
        || group.getFieldCount() != 1 || !group.getType(0).isRepetition(Type.Repetition.REPEATED)) {
      return Optional.empty();
    }
    Type repeated = group.getType(0);
    if (repeated.isPrimitive()) {
      return kindOf(repeated.asPrimitiveType()).map(k -> new ParquetColumn(field.getName(), k,
          scaleOf(repeated), 2));
    }
    GroupType element = repeated.asGroupType();
    if (element.getFieldCount() != 1 || !element.getType(0).isPrimitive()
        || element.getType(0).isRepetition(Type.Repetition.REPEATED)) {
      return Optional.empty();
    }
    Type value = element.getType(0);
    return kindOf(value.asPrimitiveType()).map(k -> new ParquetColumn(field.getName(), k,
        scaleOf(value), 3));
  }

  /** A field's type as a person reads it: "binary (STRING)", "list of boolean", "group". */
  static String describe(Type field) {
    if (field.isPrimitive()) {
      PrimitiveType p = field.asPrimitiveType();
      LogicalTypeAnnotation logical = p.getLogicalTypeAnnotation();
      return p.getPrimitiveTypeName().name().toLowerCase(java.util.Locale.ROOT)
          + (logical == null ? "" : " (" + logical + ")");
    }
    GroupType g = field.asGroupType();
    if (g.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation
        && g.getFieldCount() == 1) {
      Type repeated = g.getType(0);
      Type element = repeated.isPrimitive() || repeated.asGroupType().getFieldCount() != 1
          ? repeated : repeated.asGroupType().getType(0);
      return "list of " + describe(element);
    }
    return "group";
  }

  private static Optional<Kind> kindOf(PrimitiveType p) {
    LogicalTypeAnnotation logical = p.getLogicalTypeAnnotation();
    PrimitiveType.PrimitiveTypeName t = p.getPrimitiveTypeName();
    if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation) {
      return Optional.of(t == PrimitiveType.PrimitiveTypeName.INT32 ? Kind.DEC_INT32
          : t == PrimitiveType.PrimitiveTypeName.INT64 ? Kind.DEC_INT64 : Kind.DEC_BYTES);
    }
    boolean unsigned = false;
    if (logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i) {
      unsigned = !i.isSigned();
    } else if (logical != null) {
      return Optional.empty(); // dates, times, strings, ...: not numbers to learn from
    }
    switch (t) {
      case INT32:
        return Optional.of(unsigned ? Kind.UINT32 : Kind.INT32);
      case INT64:
        return Optional.of(unsigned ? Kind.UINT64 : Kind.INT64);
      case FLOAT:
        return Optional.of(Kind.FLOAT);
      case DOUBLE:
        return Optional.of(Kind.DOUBLE);
      default:
        return Optional.empty();
    }
  }

  private static int scaleOf(Type t) {
    return t.getLogicalTypeAnnotation()
        instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d ? d.getScale() : 0;
  }

  /**
   * The number of values the column holds in {@code row} (field {@code field}): 1 for a number,
   * the list's length for a list, or -1 if the column is null there.
   */
  int width(Group row, int field) {
    if (row.getFieldRepetitionCount(field) == 0) {
      return -1;
    }
    return listLevels == 0 ? 1 : row.getGroup(field, 0).getFieldRepetitionCount(0);
  }

  /**
   * Writes the column's {@code width} values of {@code row} to {@code out[at...]}.
   *
   * @return the problem, or null if every value is a finite number
   */
  String read(Group row, int field, int width, double[] out, int at) {
    int found = width(row, field);
    if (found < 0) {
      return "column '" + name + "' is null";
    }
    if (listLevels == 0) {
      return DenseRows.checkFinite(name, out[at] = value(row, field, 0), -1);
    }
    if (found != width) {
      return "column '" + name + "' holds " + found + " values, but " + width + " in the first "
          + "row (an array column must have one length)";
    }
    Group list = row.getGroup(field, 0);
    for (int j = 0; j < width; j++) {
      if (listLevels == 2) {
        out[at + j] = value(list, 0, j);
      } else {
        Group element = list.getGroup(0, j);
        if (element.getFieldRepetitionCount(0) == 0) {
          return "column '" + name + "' element " + j + " is null";
        }
        out[at + j] = value(element, 0, 0);
      }
      String problem = DenseRows.checkFinite(name, out[at + j], j);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private double value(Group g, int field, int index) {
    switch (kind) {
      case INT32:
        return g.getInteger(field, index);
      case UINT32:
        return Integer.toUnsignedLong(g.getInteger(field, index));
      case INT64:
        return g.getLong(field, index);
      case UINT64:
        return new BigDecimal(Long.toUnsignedString(g.getLong(field, index))).doubleValue();
      case FLOAT:
        return g.getFloat(field, index);
      case DOUBLE:
        return g.getDouble(field, index);
      case DEC_INT32:
        return BigDecimal.valueOf(g.getInteger(field, index), scale).doubleValue();
      case DEC_INT64:
        return BigDecimal.valueOf(g.getLong(field, index), scale).doubleValue();
      default:
        return new BigDecimal(new BigInteger(g.getBinary(field, index).getBytes()), scale)
            .doubleValue();
    }
  }
}
