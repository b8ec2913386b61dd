package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.dmg.pmml.Apply;
import org.dmg.pmml.Array;
import org.dmg.pmml.ComparisonMeasure;
import org.dmg.pmml.ComplexArray;
import org.dmg.pmml.DataField;
import org.dmg.pmml.DataType;
import org.dmg.pmml.DerivedField;
import org.dmg.pmml.FieldRef;
import org.dmg.pmml.LocalTransformations;
import org.dmg.pmml.MiningFunction;
import org.dmg.pmml.OpType;
import org.dmg.pmml.Output;
import org.dmg.pmml.OutputField;
import org.dmg.pmml.PMML;
import org.dmg.pmml.PMMLFunctions;
import org.dmg.pmml.ResultFeature;
import org.dmg.pmml.SquaredEuclidean;
import org.dmg.pmml.clustering.Cluster;
import org.dmg.pmml.clustering.ClusteringField;
import org.dmg.pmml.clustering.ClusteringModel;
import org.giraphml.api.MlModel;
import org.giraphml.export.Pmml;
import org.giraphml.export.PmmlExporter;

/**
 * Exports a {@link KMeansModel} as a PMML center-based {@code ClusteringModel}: one
 * {@code Cluster} per centroid (id {@code 0..k-1}, as {@code predict} numbers them), compared
 * by squared Euclidean distance, the measure the model assigns rows by.
 *
 * <p>PMML has no cosine distance, but the model's cosine assignment is the squared Euclidean
 * one on rows scaled to unit length, which PMML can say: a {@code LocalTransformations} block
 * derives {@code norm = sqrt(sum x_j * x_j)} and {@code u_j = x_j / norm}, and the clustering
 * fields are the {@code u_j}. A row of zeros has no direction: {@code predict} refuses it, and
 * a PMML consumer gets an invalid result (division by zero). Rows whose squared norm
 * overflows a double (values beyond about 1e154), which {@code predict} rescales, are beyond
 * PMML's plain arithmetic.
 */
public final class KMeansPmml implements PmmlExporter {
  /** The derived field holding a row's Euclidean norm, under cosine distance. */
  static final String NORM = "norm";

  @Override
  public String algorithm() {
    return KMeansModel.ALGORITHM;
  }

  @Override
  public PMML export(MlModel m, Configuration conf) {
    KMeansModel model = (KMeansModel) m;
    int dims = model.dimensions();
    List<DataField> features = Pmml.features(model);
    List<ClusteringField> fields = new ArrayList<>(dims);
    LocalTransformations unit = model.distance() == DistanceMeasure.COSINE
        ? unitRows(dims) : null;
    for (int j = 0; j < dims; j++) {
      fields.add(new ClusteringField(unit == null ? Pmml.featureName(j) : unitName(j)));
    }
    List<Cluster> clusters = new ArrayList<>(model.k());
    for (int c = 0; c < model.k(); c++) {
      List<Double> center = new ArrayList<>(dims);
      for (double v : model.centroid(c)) {
        center.add(v);
      }
      clusters.add(new Cluster(new ComplexArray().setType(Array.Type.REAL).setValue(center).setN(dims))
          .setId(Integer.toString(c)));
    }
    ClusteringModel clustering = new ClusteringModel(MiningFunction.CLUSTERING,
        ClusteringModel.ModelClass.CENTER_BASED, model.k(), Pmml.miningSchema(features, null),
        new ComparisonMeasure(ComparisonMeasure.Kind.DISTANCE, new SquaredEuclidean()),
        fields, clusters);
    clustering.setLocalTransformations(unit);
    clustering.setOutput(new Output().addOutputFields(
        new OutputField("cluster", OpType.CATEGORICAL, DataType.STRING)
            .setResultFeature(ResultFeature.PREDICTED_VALUE)));
    return Pmml.document("giraph-ml k-means model, " + model.k() + " clusters, "
        + (unit == null ? "squared Euclidean" : "cosine") + " distance", features, clustering);
  }

  static String unitName(int j) {
    return "unit_" + Pmml.featureName(j);
  }

  /** {@code norm = sqrt(sum_j x_j * x_j)}, then {@code unit_xj = x_j / norm}. */
  private static LocalTransformations unitRows(int dims) {
    Apply sum = new Apply(PMMLFunctions.SUM);
    for (int j = 0; j < dims; j++) {
      FieldRef x = new FieldRef(Pmml.featureName(j));
      sum.addExpressions(new Apply(PMMLFunctions.MULTIPLY).addExpressions(x, x));
    }
    LocalTransformations t = new LocalTransformations().addDerivedFields(new DerivedField(NORM,
        OpType.CONTINUOUS, DataType.DOUBLE, new Apply(PMMLFunctions.SQRT).addExpressions(sum)));
    for (int j = 0; j < dims; j++) {
      t.addDerivedFields(new DerivedField(unitName(j), OpType.CONTINUOUS, DataType.DOUBLE,
          new Apply(PMMLFunctions.DIVIDE).addExpressions(new FieldRef(Pmml.featureName(j)),
              new FieldRef(NORM))));
    }
    return t;
  }
}
