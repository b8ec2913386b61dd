package org.giraphml.algorithms.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.giraphml.testing.Cli;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.conf.ConfOption;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks every algorithm registered in {@code META-INF/services/org.giraphml.api.MlAlgorithm}
 * gets without writing a test, in the manner of Spark ML's {@code DefaultReadWriteTest}: the
 * number of workers does not change the model; save, load and {@code predict} reproduce the
 * training predictions; an unlimited iteration cap terminates; the master state survives Kryo
 * round trips; the summary has the common fields and no NaN. The data and required flags of
 * each algorithm are in {@link ContractCases}; {@code predict} is checked on every model the
 * training cases save (on the command line with three workers, and in the harness with Kryo
 * round trips of its master state).
 *
 * <p>The Giraph engine is not run here: one local Giraph job of k-means on 9 rows took 12.8 s
 * (18.5 s with the JVM) on this 2-core machine, so three algorithms exceed the 15 s budget;
 * {@code GiraphEngineTest} and {@code LocalGiraphJobTest} compare it with the embedded engine.
 */
class AlgorithmContractTest {
  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicNode> everyRegisteredAlgorithmKeepsTheContract() {
    TreeMap<String, MlAlgorithm> registered = new TreeMap<>();
    for (MlAlgorithm algorithm : ServiceLoader.load(MlAlgorithm.class)) {
      registered.put(algorithm.name(), algorithm);
    }
    assertTrue(registered.keySet().containsAll(ContractCases.TRAINING.keySet()),
        "ContractCases lists algorithms that are not registered: "
            + ContractCases.TRAINING.keySet() + " vs " + registered.keySet());
    List<DynamicNode> nodes = new ArrayList<>();
    int n = 0;
    for (MlAlgorithm algorithm : registered.values()) {
      String name = algorithm.name();
      if (ContractCases.APPLYING.contains(name)) {
        continue;
      }
      List<ContractCases.Case> cases = ContractCases.TRAINING.get(name);
      if (cases == null) {
        nodes.add(DynamicContainer.dynamicContainer(name, Stream.of(
            dynamicTest("has a contract case", () -> fail(
                "'" + name + "' (" + algorithm.getClass().getName() + ") is registered but "
                    + "has no entry in ContractCases.TRAINING: add a small seeded data set "
                    + "and the flags it needs, or list it in ContractCases.APPLYING")))));
        continue;
      }
      for (ContractCases.Case c : cases) {
        nodes.add(container(algorithm, c, tmp.resolve("case" + n++)));
      }
    }
    return nodes.stream();
  }

  private static DynamicContainer container(MlAlgorithm algorithm, ContractCases.Case c,
      Path dir) {
    ContractRun run = new ContractRun(algorithm, c, dir);
    boolean iterative = hasFlag(algorithm, "max-iterations");
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(dynamicTest(
        "one and three workers write the same model.json and predictions, bit for bit", () -> {
          Path one = run.trained();
          Path three = run.train("three-workers", "--workers", "3");
          assertArrayEquals(Files.readAllBytes(one.resolve("model.json")),
              Files.readAllBytes(three.resolve("model.json")), "model.json differs");
          assertArrayEquals(Files.readAllBytes(one.resolve("predictions.csv")),
              Files.readAllBytes(three.resolve("predictions.csv")), "predictions.csv differs");
        }));
    tests.add(dynamicTest(
        "predict with the saved model writes the training predictions exactly", () -> {
          Path predicted = run.predict(run.trained());
          assertEquals(Files.readString(run.trained().resolve("predictions.csv")),
              Files.readString(predicted.resolve("predictions.csv")));
          SummaryContract.checkApplying(Cli.json(predicted.resolve("summary.json")),
              c.data().length);
        }));
    tests.add(dynamicTest(
        "master state survives Kryo round trips before every superstep, model unchanged",
        () -> {
          byte[] plain = run.harnessModel(false);
          assertArrayEquals(plain, run.harnessModel(true), () -> "with round trips:\n"
              + new String(plain, StandardCharsets.UTF_8));
          assertEquals(Files.readAllLines(run.trained().resolve("predictions.csv")),
              run.harnessPredict(run.trained()), "predict in the harness, with round trips");
        }));
    tests.add(dynamicTest(
        "summary has the common fields and no NaN", () -> SummaryContract.checkTraining(
            Cli.json(run.trained().resolve("summary.json")), iterative, c.data().length)));
    tests.add(dynamicTest(
        "a committed model fixture exists for the format_version it writes", () -> {
          JsonNode model = Cli.json(run.trained().resolve("model.json"));
          String fixture = ModelFixturesTest.fixtureDir(model.get("algorithm").asText(),
              model.get("format_version").asInt());
          assertTrue(ModelFixturesTest.class.getResource(fixture + "/model.json") != null,
              "no fixture " + fixture + " for the format this build writes: add one (see "
                  + "models/README.md)");
        }));
    if (iterative) {
      tests.add(dynamicTest(
          "an unlimited iteration cap terminates", () -> {
            Path out = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> run.train("unlimited", "--max-iterations", "unlimited"));
            JsonNode summary = Cli.json(out.resolve("summary.json"));
            assertNotEquals("max-iterations", summary.path("stop_reason").asText(),
                summary.toPrettyString());
          }));
    }
    return DynamicContainer.dynamicContainer(c.displayName(), tests.stream());
  }

  static boolean hasFlag(MlAlgorithm algorithm, String flag) {
    for (ConfOption<?> option : algorithm.options()) {
      if (flag.equals(option.flag())) {
        return true;
      }
    }
    return false;
  }
}
