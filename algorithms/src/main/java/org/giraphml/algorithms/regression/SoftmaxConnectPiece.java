package org.giraphml.algorithms.regression;

import org.giraphml.api.Shared;

/**
 * {@link ConnectPiece} for multinomial regression: the same edges, but each shard holds its
 * features' weights for all K classes (class-major: coordinate {@code c * length + j}), and
 * the intercept's shard one intercept per class. The penalty and the scale of a coordinate are
 * those of its feature, whatever the class.
 */
final class SoftmaxConnectPiece extends ConnectPiece {
  private final Shared<ClassLabels> classes;

  SoftmaxConnectPiece(GlmSettings settings, Shared<DataShape> shape,
      Shared<FeatureMoments> moments, Shared<Step> step, Shared<ClassLabels> classes) {
    // No warm start (ClassLabelsPiece refuses --init-model for a multinomial fit): the start
    // point is never set, so the weights start at zero.
    super(settings, shape, moments, step, Shared.named("multinomial start (none)"));
    this.classes = classes;
  }

  @Override
  int classes() {
    return classes.get().size();
  }
}
