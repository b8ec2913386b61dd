/**
 * Linear and logistic regression on the bipartite graph. Weights are split into shards held by
 * model vertices; each data block is connected to the shards whose features it has, receives
 * their weights and sends back gradient sums. The master runs vector-free L-BFGS (OWL-QN with
 * L1) on dot products the shards reduce, so no full-length vector passes through it while
 * optimising. Linear regression can instead be solved exactly from the centred normal
 * equations (Cholesky on a model vertex).
 *
 * <p>How the pieces talk ({@link org.giraphml.algorithms.regression.GlmAlgorithm} wires them):
 * settings parsed once ({@code GlmSettings}); values the master sets and vertices read, as
 * {@link org.giraphml.api.Shared} ({@code DataShape}, {@code FeatureMoments}, the L-BFGS
 * {@code Step}, the model); master-only holders ({@code LbfgsMaster}, {@code IterationHistory},
 * {@code Evaluation}, {@code Warnings}); and vertex values read through views named by role
 * ({@code WeightShard}, {@code TrainingBlock}, {@code NormalSystem}). The metrics piece hands
 * the model and summary to the framework's {@link org.giraphml.api.ResultSink}.
 */
package org.giraphml.algorithms.regression;
