package org.giraphml.conf;

import java.util.Optional;

/** An {@code int} option with inclusive bounds. */
public final class IntOption extends ConfOption<Integer> {
  private final int min;
  private final int max;

  public IntOption(String key, String flag, Integer defaultValue, int min, int max,
      String description) {
    super(key, flag, defaultValue, description, v -> v < min ? Optional.of("must be >= " + min)
        : v > max ? Optional.of("must be <= " + max) : Optional.empty());
    this.min = min;
    this.max = max;
  }

  @Override
  public String typeName() {
    return max == Integer.MAX_VALUE ? "int >= " + min : "int in [" + min + ", " + max + "]";
  }

  @Override
  public Integer parse(String text) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new InvalidOptionException(this, text, "must be a whole number");
    }
  }
}
