package org.giraphml.conf;

import java.util.Optional;

/** A text option that may be left out (a path to an optional file, say). */
public final class OptionalStringOption extends ConfOption<Optional<String>> {
  public OptionalStringOption(String key, String flag, String description) {
    super(key, flag, Optional.empty(), description, null);
    documentDefaultAs("none");
  }

  @Override
  public String typeName() {
    return "text";
  }

  @Override
  public Optional<String> parse(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  @Override
  public String format(Optional<String> value) {
    return value.orElse("");
  }
}
