package org.giraphml.job;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.JobOptions;
import org.giraphml.io.InputOptions;

/**
 * The one line the command line prints for an I/O error it did not expect (a file system that
 * cannot be reached, a read that failed): the path it concerns where that can be told, and the
 * reason, without Hadoop's stack trace or its "For more details see" wiki links. The trace goes
 * to the log at DEBUG.
 */
final class IoFailureMessage {
  private IoFailureMessage() {
  }

  static String of(IOException e, Configuration conf) {
    Throwable network = networkCause(e);
    if (network == null) {
      return "I/O error: " + reason(e);
    }
    String what = network instanceof ConnectException ? "connection refused"
        : network instanceof UnknownHostException ? "unknown host"
        : network instanceof SocketTimeoutException ? "timed out"
        : "no route to host";
    String text = String.valueOf(network.getMessage()).toLowerCase(Locale.ROOT);
    List<String> remote = remotePaths(conf);
    String path = remote.stream().filter(p -> text.contains(authority(p))).findFirst()
        .orElse(remote.isEmpty() ? null : remote.get(0));
    return "cannot reach the file system of " + (path == null ? "the job's paths" : path)
        + " (" + what + "; " + network.getClass().getName() + ")";
  }

  /** The first network failure in the cause chain, or null. */
  private static Throwable networkCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException
          || t instanceof SocketTimeoutException || t instanceof NoRouteToHostException) {
        return t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** The exception's message without Hadoop's trailing "For more details see: URL". */
  private static String reason(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    return message.replaceFirst(";?\\s*For more details see:.*$", "").strip();
  }

  /** The input and output paths that name a host: those a network failure can concern. */
  private static List<String> remotePaths(Configuration conf) {
    List<String> all = new ArrayList<>();
    String inputs = conf.get(InputOptions.INPUT.key(), "");
    for (String input : inputs.split(",")) {
      all.add(input.strip());
    }
    all.add(conf.get(JobOptions.OUTPUT.key(), ""));
    List<String> remote = new ArrayList<>();
    for (String path : all) {
      if (!authority(path).isEmpty()) {
        remote.add(path);
      }
    }
    return remote;
  }

  private static String authority(String path) {
    try {
      String authority = new URI(path).getRawAuthority();
      return authority == null ? "" : authority.toLowerCase(Locale.ROOT);
    } catch (java.net.URISyntaxException e) {
      return "";
    }
  }
}
