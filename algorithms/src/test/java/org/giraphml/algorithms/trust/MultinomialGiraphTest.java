package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multinomial logistic regression on the Giraph engine (two workers, Kryo-shipped pieces, the
 * class labels and softmax gradients crossing real reducers and messages) gives the embedded
 * engine's model bit for bit. The Giraph job runs in a child JVM: Hadoop's counter limit is
 * per JVM, and an L-BFGS job's supersteps would spend the test JVM's share.
 */
class MultinomialGiraphTest {
  private static final Path IRIS = Path.of("..", "datasets", "iris.csv");

  @TempDir
  Path tmp;

  private static String[] args(Path out, String... more) {
    return args(IRIS, out, more);
  }

  /** A short elastic-net multinomial run on {@code input} (iris's columns) over 2 shards. */
  static String[] args(Path input, Path out, String... more) {
    List<String> all = new java.util.ArrayList<>(List.of("logreg", "--input", input.toString(),
        "--label-column", "4", "--output", out.toString(), "--family", "multinomial", "--l2",
        "0.001", "--l1", "0.001", "--shard-features", "3", "--block-bytes", "1024",
        "--max-iterations", "25"));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void theGiraphEngineGivesTheEmbeddedEnginesModelBitForBit() throws Exception {
    Path memory = tmp.resolve("memory");
    Cli embedded = Cli.run(args(memory));
    assertEquals(0, embedded.exit, embedded.err);
    Path giraph = tmp.resolve("giraph").toAbsolutePath();
    ChildCli child = ChildCli.run(Path.of("").toAbsolutePath(), Map.of(),
        args(giraph, "--engine", "giraph", "--workers", "2"));
    assertEquals(0, child.exit, child.err);
    JsonNode a = Cli.json(memory.resolve("model.json"));
    JsonNode b = Cli.json(giraph.resolve("model.json"));
    assertEquals(a.get("weights").toString(), b.get("weights").toString());
    assertEquals(a.get("intercepts").toString(), b.get("intercepts").toString());
    assertEquals(Cli.json(memory.resolve("summary.json")).get("objective_history"),
        Cli.json(giraph.resolve("summary.json")).get("objective_history"));
  }
}
