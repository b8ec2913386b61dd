package org.giraphml.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.giraphml.job.OptionsDocument;
import org.junit.jupiter.api.Test;

class OptionsDocTest {
  @Test
  void committedOptionsDocumentMatchesTheCode() throws Exception {
    String committed = Files.readString(Path.of("..", "docs", "OPTIONS.md"));
    assertEquals(OptionsDocument.markdown(), committed,
        "docs/OPTIONS.md is stale: regenerate it with 'bin/giraph-ml options > docs/OPTIONS.md'");
  }
}
