package org.giraphml.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.giraph.block_app.framework.api.BlockMasterApi;
import org.apache.giraph.block_app.framework.api.BlockWorkerSendApi;
import org.apache.giraph.block_app.framework.api.CreateReducersApi;
import org.apache.giraph.block_app.framework.block.Block;
import org.apache.giraph.block_app.framework.piece.global_comm.ReducerHandle;
import org.apache.giraph.conf.GiraphConfiguration;
import org.apache.giraph.reducers.impl.SumReduce;
import org.apache.giraph.types.NoMessage;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.NullWritable;
import org.giraphml.api.BipartitePiece;
import org.giraphml.api.JobOutput;
import org.giraphml.api.MlAlgorithm;
import org.giraphml.api.MlModel;
import org.giraphml.api.ModelFormat;
import org.giraphml.api.PredictionColumn;
import org.giraphml.api.ResultSink;
import org.giraphml.api.TrainingResult;
import org.giraphml.api.TrainingSummary;
import org.giraphml.conf.BooleanOption;
import org.giraphml.conf.ConfOption;
import org.giraphml.graph.DataBlock;
import org.giraphml.graph.NodeId;
import org.giraphml.graph.NodeValue;

/**
 * A test algorithm whose predictions are chosen to be whole or not: its model snaps the one
 * feature to the nearest half ({@code -1.1 -> -1}, {@code 2.4 -> 2.5}), as a classifier with
 * the classes {-1, 2.5} would predict. With {@link #CLASSES} the predictions are classes
 * (whole-number column), otherwise plain numbers. Training writes the snapped rows as its
 * predictions; the saved model predicts the same values for {@code predict}.
 */
public final class HalvesAlgorithm extends MlAlgorithm {
  static final String NAME = "halves";
  static final BooleanOption CLASSES = new BooleanOption("giraphml.test.halves.classes",
      "classes", false, "Predictions are classes.");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "test: snaps the feature to halves";
  }

  @Override
  public List<ConfOption<?>> options() {
    return List.of(CLASSES);
  }

  @Override
  public PredictionColumn predictions(Configuration conf) {
    return PredictionColumn.of("class", CLASSES.get(conf), PredictionColumn.ROW_DOUBLES);
  }

  @Override
  protected Block train(GiraphConfiguration conf, ResultSink result) {
    return new SnapPiece(new Model(CLASSES.get(conf)), result);
  }

  /** Data vertices predict with the model; the master saves it. */
  static final class SnapPiece extends BipartitePiece<NoMessage> {
    private final Model model;
    private final ResultSink result;
    private ReducerHandle<LongWritable, LongWritable> rows;

    SnapPiece(Model model, ResultSink result) {
      this.model = model;
      this.result = result;
    }

    @Override
    public void registerReducers(CreateReducersApi api, Object stage) {
      rows = api.createGlobalReducer(SumReduce.LONG);
    }

    @Override
    protected Sender dataSender(
        BlockWorkerSendApi<NodeId, NodeValue, NullWritable, NoMessage> api) {
      return vertex -> {
        DataBlock block = vertex.getValue().block();
        double[] out = new double[block.rows()];
        model.predict(block, out);
        vertex.getValue().setRowDoubles(out);
        reduceLong(rows, block.rows());
      };
    }

    @Override
    public void masterCompute(BlockMasterApi api, Object stage) {
      result.save(api, new TrainingResult(model, JobOutput.object(),
          TrainingSummary.builder(NAME).rows(rows.getReducedValue(api).get()).trainSeconds(0.25)
              .build()));
    }
  }

  /** Predicts the one feature rounded to the nearest half. */
  static final class Model implements MlModel {
    private boolean classes;

    /** For Kryo. */
    Model() {
    }

    Model(boolean classes) {
      this.classes = classes;
    }

    @Override
    public String algorithm() {
      return NAME;
    }

    @Override
    public int dimensions() {
      return 1;
    }

    @Override
    public String predictionName() {
      return "class";
    }

    @Override
    public boolean integerPredictions() {
      return classes;
    }

    @Override
    public void predict(DataBlock block, double[] out) {
      for (int r = 0; r < block.rows(); r++) {
        out[r] = Math.rint(2 * block.values()[r]) / 2;
      }
    }

    @Override
    public ObjectNode toJson() {
      return JobOutput.object().put("algorithm", NAME).put("format_version", 1)
          .put("classes", classes);
    }
  }

  /** Reads the model back for {@code predict} (registered in the test resources). */
  public static final class Format implements ModelFormat {
    @Override
    public String algorithm() {
      return NAME;
    }

    @Override
    public MlModel fromJson(JsonNode json) {
      return new Model(json.path("classes").asBoolean());
    }
  }
}
