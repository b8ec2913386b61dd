package org.giraphml.conf;

/**
 * A job option is missing, malformed or out of range. The message names the option (its flag
 * and key), the value given and what is allowed, e.g.
 * {@code --k: must be >= 2, got 1 (giraphml.kmeans.k)}.
 */
public class InvalidOptionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidOptionException(ConfOption<?> option, String value, String problem) {
    super(describe(option) + ": " + problem + (value == null ? "" : ", got " + value)
        + " (" + option.key() + ")");
  }

  public InvalidOptionException(String message) {
    super(message);
  }

  private static String describe(ConfOption<?> option) {
    return option.flag() == null ? option.key() : "--" + option.flag();
  }
}
