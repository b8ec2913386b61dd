package org.giraphml.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one formatter of predictions.csv. */
class PredictionColumnTest {
  private static final PredictionColumn CLASSES =
      PredictionColumn.of("class", true, PredictionColumn.ROW_DOUBLES);
  private static final PredictionColumn NUMBERS =
      PredictionColumn.of("prediction", false, PredictionColumn.ROW_DOUBLES);

  @Test
  void wholeClassesPrintAsIntegers() {
    assertEquals("-1", CLASSES.text(-1.0));
    assertEquals("0", CLASSES.text(0.0));
    assertEquals("0", CLASSES.text(-0.0));
    assertEquals("7", CLASSES.text(7));
    assertEquals("4611686018427387904", CLASSES.text(0x1p62));
  }

  @Test
  void aClassThatIsNotWholeIsNeverTruncated() {
    assertEquals("2.5", CLASSES.text(2.5));
    assertEquals("-0.5", CLASSES.text(-0.5));
    assertEquals("NaN", CLASSES.text(Double.NaN));
    assertEquals("1.0E19", CLASSES.text(1e19));
  }

  @Test
  void numbersPrintAsJavaDoubles() {
    assertEquals("-1.0", NUMBERS.text(-1.0));
    assertEquals("2.5", NUMBERS.text(2.5));
    assertEquals("1.0E-5", NUMBERS.text(1e-5));
  }

  @Test
  void aModelsColumnTakesItsNameAndKind() {
    MlModel model = new MlModel() {
      public String algorithm() {
        return "m";
      }

      public int dimensions() {
        return 1;
      }

      public String predictionName() {
        return "cluster";
      }

      public boolean integerPredictions() {
        return true;
      }

      public void predict(org.giraphml.graph.DataBlock block, double[] out) {
      }

      public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
        return JobOutput.object();
      }
    };
    assertEquals("cluster", PredictionColumn.forModel(model).name());
    assertEquals("3", PredictionColumn.forModel(model).text(3.0));
  }
}
