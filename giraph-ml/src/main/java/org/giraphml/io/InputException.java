package org.giraphml.io;

/**
 * Bad input: names the file, the line (1-based; 0 when the problem concerns the file as a
 * whole) and what was wrong, e.g. {@code data.csv:17: column 3: 'abc' is not a number}.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final long line;
  private final String problem;

  public InputException(String file, long line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  public String problem() {
    return problem;
  }
}
