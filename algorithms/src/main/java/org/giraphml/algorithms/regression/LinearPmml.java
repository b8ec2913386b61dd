package org.giraphml.algorithms.regression;

import org.apache.hadoop.conf.Configuration;
import org.dmg.pmml.PMML;
import org.giraphml.api.MlModel;
import org.giraphml.export.PmmlExporter;

/**
 * Exports a linear regression model as a PMML {@code RegressionModel} (function regression):
 * the target {@code label} is {@code intercept + sum_j w_j * x_j}, on the original scale.
 */
public final class LinearPmml implements PmmlExporter {
  @Override
  public String algorithm() {
    return LinearRegression.NAME;
  }

  @Override
  public PMML export(MlModel model, Configuration conf) {
    GlmModel glm = (GlmModel) model;
    return GlmPmml.regression(glm, "giraph-ml linear regression model, "
        + glm.dimensions() + " features");
  }
}
