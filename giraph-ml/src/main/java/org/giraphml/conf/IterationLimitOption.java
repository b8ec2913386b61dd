package org.giraphml.conf;

import java.util.Locale;
import java.util.OptionalInt;

/** A positive iteration cap, or {@code unlimited} (stop only on convergence). */
public final class IterationLimitOption extends ConfOption<OptionalInt> {
  public IterationLimitOption(String key, String flag, int defaultValue, String description) {
    super(key, flag, OptionalInt.of(defaultValue), description, null);
  }

  @Override
  public String typeName() {
    return "int >= 1 | unlimited";
  }

  @Override
  public OptionalInt parse(String text) {
    if ("unlimited".equals(text.toLowerCase(Locale.ROOT))) {
      return OptionalInt.empty();
    }
    try {
      int v = Integer.parseInt(text);
      if (v < 1) {
        throw new InvalidOptionException(this, text, "must be >= 1 or 'unlimited'");
      }
      return OptionalInt.of(v);
    } catch (NumberFormatException e) {
      throw new InvalidOptionException(this, text, "must be a whole number or 'unlimited'");
    }
  }

  @Override
  public String format(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "unlimited";
  }
}
