package org.giraphml.conf;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A choice among an enum's constants. On the command line and in configuration files the
 * constants are written in lower case with dashes ({@code KMEANS_PARALLEL} is
 * {@code kmeans-parallel}); an enum may instead give its own spelling through {@link Named}.
 *
 * @param <E> the enum
 */
public final class EnumOption<E extends Enum<E>> extends ConfOption<E> {
  private final Class<E> type;

  /** An enum that spells its constants itself (e.g. {@code kmeans||}). */
  public interface Named {
    String optionName();
  }

  public EnumOption(String key, String flag, Class<E> type, E defaultValue, String description) {
    super(key, flag, defaultValue, description, null);
    this.type = type;
  }

  /** The spelling of one constant. */
  public static String nameOf(Enum<?> value) {
    if (value instanceof Named) {
      return ((Named) value).optionName();
    }
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String typeName() {
    return Arrays.stream(type.getEnumConstants()).map(EnumOption::nameOf)
        .collect(Collectors.joining("|"));
  }

  @Override
  public E parse(String text) {
    for (E constant : type.getEnumConstants()) {
      if (nameOf(constant).equalsIgnoreCase(text) || constant.name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    throw new InvalidOptionException(this, text, "must be one of " + typeName());
  }

  @Override
  public String format(E value) {
    return nameOf(value);
  }
}
