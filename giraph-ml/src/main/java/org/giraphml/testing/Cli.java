package org.giraphml.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.util.ToolRunner;
import org.giraphml.api.JobOutput;
import org.giraphml.job.MainAccess;

/**
 * Runs the {@code giraph-ml} command line in-process, as a user would from a shell, and captures
 * its exit code and what it printed. Any registered command works, yours included:
 *
 * <pre>{@code
 * Cli r = Cli.run("kmeans", "--input", csv.toString(), "--k", "2", "--output", out.toString());
 * assertEquals(0, r.exit, r.err);
 * JsonNode summary = Cli.json(out.resolve("summary.json"));
 * }</pre>
 */
public final class Cli {
  /** The exit code {@code bin/giraph-ml} would have returned. */
  public final int exit;
  /** Everything printed on standard output. */
  public final String out;
  /** Everything printed on standard error (the one-line error messages land here). */
  public final String err;

  private Cli(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code command options...}, e.g. {@code run("predict", "--model", ...)}. */
  public static Cli run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ToolRunner.run(new Configuration(), MainAccess.create(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)), args);
    return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A JSON file a job wrote ({@code model.json}, {@code summary.json}), parsed. */
  public static JsonNode json(Path file) throws IOException {
    return JobOutput.json().readTree(file.toFile());
  }
}
