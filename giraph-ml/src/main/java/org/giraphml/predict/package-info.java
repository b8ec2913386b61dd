/**
 * {@code giraph-ml predict}: applies any saved model to new rows, as a vertex program like
 * training, so it runs on the same engines and writes the same all-or-nothing output.
 */
package org.giraphml.predict;
