package org.giraphml.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.conf.BooleanOption;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;

/**
 * Turns {@code --flag value}, {@code --flag=value} and bare boolean {@code --flag}s into
 * configuration entries, using the flags the options declare. Hadoop's generic options
 * ({@code -D}, {@code -conf}) are handled before this by {@code ToolRunner}.
 */
final class CommandLine {
  private CommandLine() {
  }

  /**
   * Applies {@code args} to {@code conf}.
   *
   * @return true if {@code --help} was given
   * @throws InvalidOptionException for an unknown flag or a flag without its value
   */
  static boolean apply(String[] args, List<ConfOption<?>> options, Configuration conf) {
    Map<String, ConfOption<?>> byFlag = new LinkedHashMap<>();
    for (ConfOption<?> option : options) {
      if (option.flag() != null) {
        byFlag.put(option.flag(), option);
      }
    }
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if ("--help".equals(arg) || "-h".equals(arg)) {
        help = true;
        continue;
      }
      if (!arg.startsWith("--") || arg.length() == 2) {
        throw new InvalidOptionException("Unexpected argument '" + arg + "'; options are "
            + "written --name value (see --help)");
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      ConfOption<?> option = byFlag.get(name);
      if (option == null) {
        throw new InvalidOptionException("Unknown option --" + name + " (see --help)");
      }
      if (value == null) {
        if (option instanceof BooleanOption) {
          value = "true";
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new InvalidOptionException("--" + name + " needs a value");
        }
      }
      option.parse(value); // fail on malformed values now, with the flag's name
      conf.set(option.key(), value);
    }
    return help;
  }

  /** Plain-text help for a command's options. */
  static String usage(String command, String description, List<ConfOption<?>> options) {
    StringBuilder out = new StringBuilder();
    out.append("Usage: giraph-ml ").append(command).append(" [options]\n\n")
        .append(description).append("\n\nOptions:\n");
    for (ConfOption<?> option : options) {
      if (option.flag() == null) {
        continue;
      }
      String head = "  --" + option.flag()
          + (option instanceof BooleanOption ? "" : " <" + option.typeName() + ">");
      out.append(head).append('\n');
      out.append("      ").append(option.description());
      out.append(option.isRequired() ? " Required." : " Default: " + option.defaultText() + ".");
      out.append(" [").append(option.key()).append("]\n");
    }
    out.append("\nHadoop generic options (-D key=value, -conf file.xml) go before the command name: "
        + "giraph-ml -D giraphml.kmeans.seed=7 kmeans ...\n");
    return out.toString();
  }
}
