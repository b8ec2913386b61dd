package org.giraphml.job;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.api.EngineKind;
import org.giraphml.api.JobOptions;
import org.giraphml.conf.InvalidOptionException;
import org.giraphml.engine.Engine;
import org.giraphml.engine.GiraphEngine;
import org.giraphml.engine.MemoryEngine;
import org.giraphml.io.InputOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner reaches engines only through {@link Engine}: choice and pre-launch checks. */
class EngineSeamTest {
  @TempDir
  Path tmp;

  @Test
  void eachEngineKindNamesItsEngine() {
    assertInstanceOf(MemoryEngine.class, Engine.of(EngineKind.MEMORY));
    assertInstanceOf(GiraphEngine.class, Engine.of(EngineKind.GIRAPH));
  }

  @Test
  void theChosenEnginesOwnRefusalRunsInValidation() {
    Configuration conf = new Configuration();
    InputOptions.INPUT.set(conf, tmp.resolve("in.csv").toString());
    JobOptions.OUTPUT.set(conf, tmp.resolve("out").toString());
    conf.setBoolean("giraph.authenticate", true);
    // The embedded engine opens no Giraph channel: nothing to refuse.
    JobRunner.validate(new HalvesAlgorithm(), conf);
    JobOptions.ENGINE.set(conf, EngineKind.GIRAPH);
    InvalidOptionException e = assertThrows(InvalidOptionException.class,
        () -> JobRunner.validate(new HalvesAlgorithm(), conf));
    assertTrue(e.getMessage().startsWith("giraph.authenticate=true cannot work"),
        e.getMessage());
  }
}
