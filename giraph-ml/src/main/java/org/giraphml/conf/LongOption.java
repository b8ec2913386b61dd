package org.giraphml.conf;

/** A {@code long} option (seeds and the like), any value allowed. */
public final class LongOption extends ConfOption<Long> {
  public LongOption(String key, String flag, Long defaultValue, String description) {
    super(key, flag, defaultValue, description, null);
  }

  @Override
  public String typeName() {
    return "long";
  }

  @Override
  public Long parse(String text) {
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      throw new InvalidOptionException(this, text, "must be a whole number");
    }
  }
}
