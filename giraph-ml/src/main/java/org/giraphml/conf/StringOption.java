package org.giraphml.conf;

import java.util.Optional;

/** A free-text option such as a path; an empty value counts as not given. */
public final class StringOption extends ConfOption<String> {
  public StringOption(String key, String flag, String defaultValue, String description) {
    super(key, flag, defaultValue, description,
        v -> v.isEmpty() ? Optional.of("must not be empty") : Optional.empty());
  }

  @Override
  public String typeName() {
    return "text";
  }

  @Override
  public String parse(String text) {
    return text;
  }
}
