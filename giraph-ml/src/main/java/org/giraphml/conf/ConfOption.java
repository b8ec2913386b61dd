package org.giraphml.conf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * A typed, documented, validated job option stored in a Hadoop {@link Configuration} under a
 * namespaced key, in the manner of Giraph's {@code IntConfOption} but with a validator and a
 * command-line name, so that one declaration gives the key, the flag, the default, the check
 * and the documentation.
 *
 * <p>Options are declared once as {@code public static final} constants of an algorithm's
 * settings class; {@link OptionsDoc} renders them, {@link #validate(Configuration)} checks a
 * value before the job starts and names the option, the value and what is allowed.
 *
 * @param <T> the value type
 */
public abstract class ConfOption<T> {
  private final String key;
  private final String flag;
  private final T defaultValue;
  private final String description;
  private final Validator<T> validator;
  private String defaultDoc;
  private InputPaths inputPaths = InputPaths.NONE;

  /**
   * Whether an option's value names files or directories the job reads. The runner refuses
   * an output that equals, contains or lies inside any of them, so declaring it here is all a
   * new algorithm's path option needs.
   */
  public enum InputPaths {
    /** The value is not a path the job reads. */
    NONE,
    /** The value is one path. */
    ONE,
    /** The value is a comma-separated list of paths, as {@code --input} is. */
    COMMA_SEPARATED
  }

  /** A check on a parsed value; returns an explanation of what is allowed, or empty if valid. */
  @FunctionalInterface
  public interface Validator<T> {
    /** @return empty when {@code value} is allowed, else what is allowed ("must be >= 1"). */
    Optional<String> check(T value);
  }

  protected ConfOption(String key, String flag, T defaultValue, String description,
      Validator<T> validator) {
    this.key = Objects.requireNonNull(key, "key");
    this.flag = flag;
    this.defaultValue = defaultValue;
    this.description = Objects.requireNonNull(description, "description");
    this.validator = validator == null ? v -> Optional.empty() : validator;
  }

  /** The configuration key, e.g. {@code giraphml.kmeans.k}. */
  public final String key() {
    return key;
  }

  /** The command-line flag without dashes ({@code k} for {@code --k}), or null if none. */
  public final String flag() {
    return flag;
  }

  /** The default value; may be null for options that have none (they are then required). */
  public final T defaultValue() {
    return defaultValue;
  }

  public final String description() {
    return description;
  }

  /** The type name shown in documentation ({@code int}, {@code double}, an enum's choices). */
  public abstract String typeName();

  /** Parses a textual value, throwing {@link InvalidOptionException} when it is malformed. */
  public abstract T parse(String text);

  /** Renders a value the way {@link #parse} reads it back. */
  public String format(T value) {
    return String.valueOf(value);
  }

  /**
   * Documents the default in words rather than by value, for defaults that depend on the
   * machine ("the number of cores"); returns this option.
   */
  public final ConfOption<T> documentDefaultAs(String text) {
    this.defaultDoc = text;
    return this;
  }

  /** Declares that the value names paths the job reads (see {@link InputPaths}); returns this. */
  public final ConfOption<T> namesInputs(InputPaths syntax) {
    this.inputPaths = Objects.requireNonNull(syntax, "syntax");
    return this;
  }

  /** The paths the job reads that this option names in {@code conf}; empty if none. */
  public final List<String> inputPathsIn(Configuration conf) {
    String raw = conf.get(key);
    List<String> paths = new ArrayList<>();
    if (inputPaths == InputPaths.NONE || raw == null) {
      return paths;
    }
    for (String part : inputPaths == InputPaths.ONE ? new String[] {raw} : raw.split(",")) {
      if (!part.trim().isEmpty()) {
        paths.add(part.trim());
      }
    }
    return paths;
  }

  /** The default as documentation shows it. */
  public final String defaultText() {
    return defaultDoc != null ? defaultDoc : defaultValue == null ? "required"
        : format(defaultValue);
  }

  /** Whether the option has no default and so must be given. */
  public final boolean isRequired() {
    return defaultValue == null;
  }

  /** Whether a value was given in {@code conf}. */
  public final boolean isSet(Configuration conf) {
    return conf.get(key) != null;
  }

  /**
   * Reads and validates the value from {@code conf}; the default if unset.
   *
   * @throws InvalidOptionException if unset and required, malformed, or not allowed
   */
  public final T get(Configuration conf) {
    String raw = conf.get(key);
    if (raw == null) {
      if (defaultValue == null) {
        throw new InvalidOptionException(this, null, "is required");
      }
      return defaultValue;
    }
    T value = parse(raw.trim());
    validator.check(value).ifPresent(msg -> {
      throw new InvalidOptionException(this, raw, msg);
    });
    return value;
  }

  /** Stores {@code value} after validating it. */
  public final void set(Configuration conf, T value) {
    validator.check(value).ifPresent(msg -> {
      throw new InvalidOptionException(this, format(value), msg);
    });
    conf.set(key, format(value));
  }

  /** Reads the value once so that a bad one fails now, before the job takes any resources. */
  public final void validate(Configuration conf) {
    get(conf);
  }

  @Override
  public String toString() {
    return key;
  }
}
