package org.giraphml.job;

/** Where the vertex program runs. */
public enum EngineKind {
  /**
   * In this JVM on Giraph block-app's in-memory runner: Giraph's own message stores, combiners,
   * reducers and master logic, no ZooKeeper, Netty or task framework. The fast default.
   */
  MEMORY
}
