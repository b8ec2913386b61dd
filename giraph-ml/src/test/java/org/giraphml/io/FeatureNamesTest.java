package org.giraphml.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/** Which names a model records for its features, and when it records none. */
class FeatureNamesTest {
  private static Schema csv(char delimiter, int columns, int label) {
    return new Schema(InputFormatKind.CSV, delimiter, HeaderMode.AUTO, columns,
        label < 0 ? OptionalInt.empty() : OptionalInt.of(label));
  }

  @Test
  void csvHeaderCellsWithoutTheLabelColumnTrimmedAndUnquoted() {
    assertEquals(Optional.of(List.of("a", "b c", "d")),
        FeatureNames.names("\uFEFFa, \"b c\" ,y,d", csv(',', 4, 2)));
    assertEquals(Optional.of(List.of("x1", "x2")), FeatureNames.names("x1\tx2", csv('\t', 2, -1)));
  }

  @Test
  void theWeightColumnIsNoFeatureName() {
    Schema weighted = csv(',', 5, 3).withWeight(LabelColumn.of(4));
    assertEquals(Optional.of(List.of("a", "b", "c")),
        FeatureNames.names("a,b,c,species,w", weighted));
  }

  @Test
  void aHeaderThatDoesNotLineUpWithTheColumnsGivesNoNames() {
    // A quoted cell holding the delimiter splits in two: better no names than wrong ones.
    assertEquals(Optional.empty(), FeatureNames.names("\"a,b\",c,y", csv(',', 3, 2)));
    assertEquals(Optional.empty(), FeatureNames.names("a,b", csv(',', 3, 2)));
  }

  @Test
  void columnarNamesExpandArrayColumnsAndLeaveOutTheLabel() {
    Schema table = Schema.columnar(InputFormatKind.PARQUET, List.of(
        new Schema.NamedColumn("age", 1), new Schema.NamedColumn("v", 3)), Optional.of("y"));
    assertEquals(Optional.of(List.of("age", "v[0]", "v[1]", "v[2]")),
        FeatureNames.of(new Configuration(), table));
  }

  @Test
  void csvWithoutAHeaderHasNoNames() {
    assertEquals(Optional.empty(), FeatureNames.of(new Configuration(), csv(',', 3, -1)));
  }
}
