package org.giraphml.algorithms.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.giraphml.algorithms.regression.MultinomialReferenceTest;
import org.giraphml.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multinomial logistic regression on sparse LIBSVM rows reaches the dense optimum (the
 * scikit-learn reference of {@link MultinomialReferenceTest}): sparse rows are not centred,
 * so the path differs (some 220 L-BFGS iterations on raw iris) but the optimum does not. Runs
 * in a child JVM: that many supersteps of the embedded engine leave Hadoop's per-JVM counter
 * pool too full for later local Giraph jobs in the test JVM.
 */
class MultinomialSparseTest {
  @TempDir
  Path tmp;

  @Test
  void sparseLibsvmRowsGiveTheDenseModel() throws Exception {
    StringBuilder svm = new StringBuilder();
    for (String line : Files.readAllLines(Path.of("..", "datasets", "iris.csv")).subList(1, 151)) {
      String[] v = line.split(",");
      svm.append(v[4]);
      for (int j = 0; j < 4; j++) {
        svm.append(' ').append(j + 1).append(':').append(v[j]);
      }
      svm.append('\n');
    }
    Path sparse = Files.writeString(tmp.resolve("iris.svm"), svm);
    Path out = tmp.resolve("s");
    ChildCli child = ChildCli.run(Path.of("").toAbsolutePath(), Map.of(), "logreg", "--input",
        sparse.toString(), "--format", "libsvm", "--output", out.toString(), "--l2", "0.01",
        "--standardize=false", "--tolerance", "1e-15", "--max-iterations", "2000", "--family",
        "multinomial");
    assertEquals(0, child.exit, child.err);
    MultinomialReferenceTest.assertModel(MultinomialReferenceTest.IRIS_RAW_W,
        MultinomialReferenceTest.IRIS_RAW_B, Cli.json(out.resolve("model.json")), 1e-6);
  }
}
