package org.giraphml.io;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the label is: a column number (CSV, 0-based), a column name (Parquet, ORC), or nowhere.
 * The value of {@code --label-column}; which kind a format accepts is checked when its schema is
 * settled, before the job starts.
 */
public record LabelColumn(OptionalInt index, Optional<String> name) {
  /** No label column: every column is a feature. */
  public static final LabelColumn NONE = new LabelColumn(OptionalInt.empty(), Optional.empty());

  public static LabelColumn of(int index) {
    return new LabelColumn(OptionalInt.of(index), Optional.empty());
  }

  public static LabelColumn named(String name) {
    return new LabelColumn(OptionalInt.empty(), Optional.of(name));
  }

  public boolean isPresent() {
    return index.isPresent() || name.isPresent();
  }

  /** As given on the command line. */
  @Override
  public String toString() {
    return index.isPresent() ? Integer.toString(index.getAsInt()) : name.orElse("none");
  }
}
