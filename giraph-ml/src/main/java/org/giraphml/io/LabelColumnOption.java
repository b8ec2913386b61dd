package org.giraphml.io;

import java.util.Locale;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;

/**
 * A column number, a column name, or {@code none}. Text that starts with a digit or a minus
 * sign must be a column number, so that a typo such as {@code -1} or {@code 4x} is refused here
 * rather than read as a name.
 */
public final class LabelColumnOption extends ConfOption<LabelColumn> {
  public LabelColumnOption(String key, String flag, String description) {
    super(key, flag, LabelColumn.NONE, description, null);
  }

  @Override
  public String typeName() {
    return "int >= 0 | name | none";
  }

  @Override
  public LabelColumn parse(String text) {
    if ("none".equals(text.toLowerCase(Locale.ROOT))) {
      return LabelColumn.NONE;
    }
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    if (!(first == '-' || first == '+' || Character.isDigit(first))) {
      return LabelColumn.named(text);
    }
    try {
      int c = Integer.parseInt(text);
      if (c < 0) {
        throw new InvalidOptionException(this, text, "must be >= 0 or 'none'");
      }
      return LabelColumn.of(c);
    } catch (NumberFormatException e) {
      throw new InvalidOptionException(this, text, "must be a column number or 'none'");
    }
  }

  @Override
  public String format(LabelColumn value) {
    return value.toString();
  }
}
