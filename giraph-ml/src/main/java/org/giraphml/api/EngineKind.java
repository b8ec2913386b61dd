package org.giraphml.api;

/** Where the vertex program runs. */
public enum EngineKind {
  /**
   * In this JVM on Giraph block-app's in-memory runner: Giraph's own message stores, combiners,
   * reducers and master logic, no ZooKeeper, Netty or task framework. The fast default.
   */
  MEMORY,
  /**
   * A full Giraph job (input splits, ZooKeeper, Netty, master and worker tasks) through
   * Hadoop's job client: in-process under the local job runner (one Giraph worker with as many
   * compute threads as workers), or on the cluster the Hadoop configuration names.
   */
  GIRAPH
}
