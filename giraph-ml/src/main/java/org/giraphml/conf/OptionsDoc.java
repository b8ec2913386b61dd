package org.giraphml.conf;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the option constants a settings class declares and renders them as a Markdown table,
 * so that the documentation is generated from the declarations and cannot drift from them.
 */
public final class OptionsDoc {
  private OptionsDoc() {
  }

  /** The {@code public static final ConfOption} fields of {@code holder}, in declaration order. */
  public static List<ConfOption<?>> declaredIn(Class<?> holder) {
    List<ConfOption<?>> options = new ArrayList<>();
    for (Field field : holder.getDeclaredFields()) {
      int mod = field.getModifiers();
      if (Modifier.isStatic(mod) && Modifier.isPublic(mod) && Modifier.isFinal(mod)
          && ConfOption.class.isAssignableFrom(field.getType())) {
        try {
          options.add((ConfOption<?>) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return options;
  }

  /** A Markdown table: flag, key, type, default, description. */
  public static String markdown(List<ConfOption<?>> options) {
    StringBuilder out = new StringBuilder();
    out.append("| flag | key | type | default | description |\n");
    out.append("|---|---|---|---|---|\n");
    for (ConfOption<?> option : options) {
      out.append("| ").append(option.flag() == null ? "" : "`--" + option.flag() + "`")
          .append(" | `").append(option.key()).append("` | ")
          .append(option.typeName().replace("|", "\\|")).append(" | ")
          .append(option.isRequired() ? "required" : "`" + option.defaultText().replace("|", "\\|") + "`")
          .append(" | ").append(option.description().replace("|", "\\|")).append(" |\n");
    }
    return out.toString();
  }
}
