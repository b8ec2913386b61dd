package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load that fails in one split returns only once the other splits' readers have stopped:
 * an {@link OutOfMemoryError} in one split is usually followed by the next one's, and a reader
 * still filling the heap while the runner cleans up and reports made that report itself run
 * out of heap (the flaky OutOfMemoryTest).
 */
class BlockLoaderStopTest {
  @TempDir
  Path tmp;

  @Test
  void aFailedLoadLeavesNoLoaderThreadRunning() throws Exception {
    // a.csv's split fails at once; b.csv's three 1 MB splits each take a while to parse.
    Files.writeString(tmp.resolve("a.csv"), "1,2,3,4\n1,2,x,4\n");
    Files.writeString(tmp.resolve("b.csv"), "1.25,2.5,3.75,4.125\n".repeat(150_000));
    Configuration conf = new Configuration();
    InputOptions.INPUT.set(conf, tmp.toString());
    InputOptions.SPLIT_BYTES.set(conf, 1 << 20);
    InputOptions.BLOCK_BYTES.set(conf, 1024);
    InputPlan plan = InputPlan.create(conf, tmp.toString(), InputOptions.SPLIT_BYTES.get(conf));
    Schema schema = SchemaSniffer.sniff(conf, plan);

    assertThrows(InputException.class, () -> BlockLoader.load(conf, plan, schema, 4));

    assertEquals(List.of(), loaderThreads(), "loader threads still running after the failure");
  }

  private static List<String> loaderThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().equals("giraphml-load"))
        .map(Thread::toString).toList();
  }
}
