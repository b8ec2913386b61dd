package org.giraphml.conf;

import java.util.Locale;

/** A yes/no option; as a command-line flag it takes no value ({@code --overwrite}). */
public final class BooleanOption extends ConfOption<Boolean> {
  public BooleanOption(String key, String flag, boolean defaultValue, String description) {
    super(key, flag, defaultValue, description, null);
  }

  @Override
  public String typeName() {
    return "flag";
  }

  @Override
  public Boolean parse(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new InvalidOptionException(this, text, "must be true or false");
    }
  }
}
