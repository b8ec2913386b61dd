/**
 * Linear and logistic regression on the bipartite graph. Weights are split into shards held by
 * model vertices; each data block is connected to the shards whose features it has, receives
 * their weights and sends back gradient sums. The master runs vector-free L-BFGS (OWL-QN with
 * L1) on dot products the shards reduce, so no full-length vector passes through it while
 * optimising. Linear regression can instead be solved exactly from the centred normal
 * equations (Cholesky on a model vertex).
 */
package org.giraphml.algorithms.regression;
