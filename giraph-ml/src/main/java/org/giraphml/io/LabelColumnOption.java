package org.giraphml.io;

import java.util.Locale;
import java.util.OptionalInt;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;

/** A column index, or {@code none}. */
public final class LabelColumnOption extends ConfOption<OptionalInt> {
  public LabelColumnOption(String key, String flag, String description) {
    super(key, flag, OptionalInt.empty(), description, null);
  }

  @Override
  public String typeName() {
    return "int >= 0 | none";
  }

  @Override
  public OptionalInt parse(String text) {
    if ("none".equals(text.toLowerCase(Locale.ROOT))) {
      return OptionalInt.empty();
    }
    try {
      int c = Integer.parseInt(text);
      if (c < 0) {
        throw new InvalidOptionException(this, text, "must be >= 0 or 'none'");
      }
      return OptionalInt.of(c);
    } catch (NumberFormatException e) {
      throw new InvalidOptionException(this, text, "must be a column number or 'none'");
    }
  }

  @Override
  public String format(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : "none";
  }
}
