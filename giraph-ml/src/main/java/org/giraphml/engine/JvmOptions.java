package org.giraphml.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JVM flags giraph-ml needs on Java 17: {@code conf/jvm.options}, shipped inside the jar as
 * {@code org/giraphml/jvm.options}. Giraph's Kryo and Netty reflect into {@code java.base}, so
 * every JVM of a job (launcher, {@code hadoop jar} client, YARN containers) must open those
 * packages.
 */
public final class JvmOptions {
  private static final String RESOURCE = "/org/giraphml/jvm.options";
  private static final String OPENS = "--add-opens=";

  private JvmOptions() {
  }

  /** Every flag of {@code conf/jvm.options}, in file order. */
  public static List<String> all() {
    try (InputStream in = JvmOptions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE.substring(1) + " is missing from the jar");
      }
      List<String> options = new ArrayList<>();
      for (String option : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\s+")) {
        if (!option.isBlank()) {
          options.add(option);
        }
      }
      return options;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The flags as one line, for a java command line or {@code HADOOP_CLIENT_OPTS}. */
  public static String line() {
    return String.join(" ", all());
  }

  /** The {@code --add-opens} flags this JVM was started without (empty when all are there). */
  public static List<String> missingOpens() {
    Module self = JvmOptions.class.getModule();
    List<String> missing = new ArrayList<>();
    for (String option : all()) {
      if (!option.startsWith(OPENS)) {
        continue;
      }
      // --add-opens=module/package=ALL-UNNAMED
      String[] target = option.substring(OPENS.length()).split("=")[0].split("/");
      Optional<Module> module = ModuleLayer.boot().findModule(target[0]);
      if (module.isPresent() && !module.get().isOpen(target[1], self)) {
        missing.add(option);
      }
    }
    return missing;
  }
}
