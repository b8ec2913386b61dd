package org.giraphml.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.giraphml.graph.NodeValue;
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

  @Test
  void extraColumnsFollowThePredictionInHeaderAndRows() {
    NodeValue value = new NodeValue();
    value.setRowDoubles(new double[] {2, 0});
    value.setVectors(new double[][] {{0.5, 1e-5, 3, 4}});
    PredictionColumn column = CLASSES.withExtra(List.of("d_0", "d_1"),
        (v, row, index) -> v.vectors()[0][row * 2 + index]);
    assertEquals("class,d_0,d_1", column.header());
    assertEquals("class", column.name());
    assertEquals("2,0.5,1.0E-5", column.format(value, 0));
    assertEquals("0,3.0,4.0", column.format(value, 1));
    assertEquals("class", CLASSES.header());
    assertEquals("2", CLASSES.format(value, 0));
  }
}
