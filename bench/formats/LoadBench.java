import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.io.BlockLoader;
import org.giraphml.io.InputPlan;
import org.giraphml.io.SchemaSniffer;
import org.giraphml.testing.OrcTables;
import org.giraphml.testing.ParquetTables;

/**
 * Load throughput of the same rows (N x 10 Gaussian doubles and an int label) as CSV, Parquet
 * and ORC, through the embedded engine's loader with 2 threads; each format three times, so the
 * later rounds show the warmed-up JIT. Run by run.sh beside this file.
 */
public class LoadBench {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    int d = 10;
    Path dir = Files.createTempDirectory("giraphml-loadbench");
    try {
      double[][] x = new double[n][d];
      int[] y = new int[n];
      Random random = new Random(1);
      String[] names = new String[d];
      for (int t = 0; t < d; t++) {
        names[t] = "f" + t;
      }
      StringBuilder csvText = new StringBuilder();
      for (int i = 0; i < n; i++) {
        for (int t = 0; t < d; t++) {
          x[i][t] = random.nextGaussian();
          csvText.append(x[i][t]).append(',');
        }
        y[i] = i % 3;
        csvText.append(y[i]).append('\n');
      }
      Path csv = Files.writeString(dir.resolve("d.csv"), csvText);
      Path parquet = ParquetTables.writeDoubles(dir.resolve("d.parquet"), names, x, "y", y,
          16 << 20);
      Path orc = OrcTables.writeDoubles(dir.resolve("d.orc"), names, x, "y", y, n / 4);
      System.out.printf("%d rows: csv %d bytes, parquet %d bytes (%d row groups), orc %d bytes "
          + "(%d stripes)%n", n, Files.size(csv), Files.size(parquet),
          ParquetTables.rowGroups(parquet), Files.size(orc), OrcTables.stripes(orc));
      String[][] inputs = {{"csv", csv.toString(), "10"}, {"parquet", parquet.toString(), "y"},
          {"orc", orc.toString(), "y"}};
      for (int round = 0; round < 3; round++) {
        for (String[] in : inputs) {
          Configuration conf = new Configuration();
          conf.set("giraphml.input.format", in[0]);
          conf.set("giraphml.input.path", in[1]);
          conf.set("giraphml.input.label-column", in[2]);
          long t0 = System.nanoTime();
          InputPlan plan = InputPlan.create(conf, in[1], 32 << 20);
          BlockLoader.Loaded loaded = BlockLoader.load(conf, plan,
              SchemaSniffer.sniff(conf, plan), 2);
          double seconds = (System.nanoTime() - t0) / 1e9;
          System.out.printf("round %d %-8s %d splits %d rows %.2f s %.0f rows/s%n", round,
              in[0], plan.splits().size(), loaded.stats().rows(), seconds,
              loaded.stats().rows() / seconds);
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
