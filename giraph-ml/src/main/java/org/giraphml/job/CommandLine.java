package org.giraphml.job;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.conf.BooleanOption;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;

/**
 * Turns {@code --flag value} and {@code --flag=value} into configuration entries (a boolean's
 * value may be left out: a bare {@code --flag} is true), using the flags the options declare,
 * and refuses what would otherwise be silently ignored: a flag given twice, or a
 * {@code giraphml.*} key (from {@code -D} or a {@code -conf} file, which Hadoop's
 * {@code ToolRunner} applies before this) that no option declares.
 */
final class CommandLine {
  private CommandLine() {
  }

  /**
   * Applies {@code args} to {@code conf}.
   *
   * @return true if {@code --help} was given
   * @throws InvalidOptionException for an unknown flag, a flag without its value, or a flag
   *     given twice
   */
  static boolean apply(String[] args, List<ConfOption<?>> options, Configuration conf) {
    Map<String, ConfOption<?>> byFlag = new LinkedHashMap<>();
    for (ConfOption<?> option : options) {
      if (option.flag() != null) {
        byFlag.put(option.flag(), option);
      }
    }
    boolean help = false;
    Map<String, String> given = new HashMap<>();
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
          // Alone it means true; like every other option it also takes its value after it.
          value = i + 1 < args.length && !args[i + 1].startsWith("-") ? args[++i] : "true";
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new InvalidOptionException("--" + name + " needs a value");
        }
      }
      String earlier = given.put(name, value);
      if (earlier != null) {
        throw new InvalidOptionException("--" + name + " is given twice (" + earlier + ", then "
            + value + "); give it once");
      }
      option.parse(value); // fail on malformed values now, with the flag's name
      conf.set(option.key(), value);
    }
    return help;
  }

  /**
   * Refuses a {@code giraphml.*} key in {@code conf} that is neither one of {@code options} nor
   * in {@code elsewhere} (the keys of the other commands, which a shared {@code -conf} file may
   * hold), naming where it was set and the nearest key of this command. Internal keys
   * ({@code giraphml.internal.*}) are the framework's and pass.
   */
  static void checkKeys(Configuration conf, List<ConfOption<?>> options,
      Collection<String> elsewhere) {
    Set<String> known = new java.util.TreeSet<>();
    options.forEach(o -> known.add(o.key()));
    for (Map.Entry<String, String> entry : conf.getPropsWithPrefix(PREFIX).entrySet()) {
      String key = PREFIX + entry.getKey();
      if (key.startsWith(INTERNAL) || known.contains(key) || elsewhere.contains(key)) {
        continue;
      }
      String nearest = null;
      int best = Integer.MAX_VALUE;
      for (String candidate : known) {
        int d = editDistance(key, candidate);
        if (d < best) {
          best = d;
          nearest = candidate;
        }
      }
      throw new InvalidOptionException("Unknown option " + key + " (" + source(conf, key) + ")"
          + (best <= MAX_TYPOS ? "; did you mean " + nearest + "?" : ".")
          + " See --help for this command's options.");
    }
  }

  private static final String PREFIX = "giraphml.";
  private static final String INTERNAL = "giraphml.internal.";
  /** Edits (insert, delete, replace one character) within which a key counts as a typo. */
  private static final int MAX_TYPOS = 3;

  private static String source(Configuration conf, String key) {
    String[] sources = conf.getPropertySources(key);
    if (sources == null || sources.length == 0) {
      return "set in the configuration";
    }
    String last = sources[sources.length - 1];
    return last.contains("command line") ? "set with -D" : "set in " + last;
  }

  /** Levenshtein distance. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
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
          + (option instanceof BooleanOption ? " [true|false]" : " <" + option.typeName() + ">");
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
