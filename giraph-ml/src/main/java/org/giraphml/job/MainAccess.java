package org.giraphml.job;

import java.io.PrintStream;
import org.apache.hadoop.util.Tool;

/** Creates the command line with its output redirected, for tests that run it in-process. */
public final class MainAccess {
  private MainAccess() {
  }

  public static Tool create(PrintStream out, PrintStream err) {
    return new Main(out, err);
  }
}
