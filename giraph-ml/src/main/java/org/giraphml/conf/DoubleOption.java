package org.giraphml.conf;

import java.util.Optional;

/** A finite {@code double} option with an inclusive lower bound. */
public final class DoubleOption extends ConfOption<Double> {
  private final double min;

  public DoubleOption(String key, String flag, Double defaultValue, double min,
      String description) {
    super(key, flag, defaultValue, description,
        v -> !Double.isFinite(v) ? Optional.of("must be a finite number")
            : v < min ? Optional.of("must be >= " + min) : Optional.empty());
    this.min = min;
  }

  @Override
  public String typeName() {
    return "double >= " + min;
  }

  @Override
  public Double parse(String text) {
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      throw new InvalidOptionException(this, text, "must be a number");
    }
  }
}
