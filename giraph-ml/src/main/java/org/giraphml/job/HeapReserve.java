package org.giraphml.job;

/**
 * A few megabytes of heap held while a job runs and let go first when it runs out of heap.
 * Whatever still holds part of the job's data when the {@link OutOfMemoryError} reaches the
 * runner (a thread that has not stopped yet, a frame not yet unwound), the clean-up after it
 * (removing the work directory through the file system) and the one-line message then have
 * room, instead of failing with a second {@code OutOfMemoryError} that escapes as a stack trace.
 *
 * <p>{@value #BYTES} bytes: the clean-up and the message need a few hundred kilobytes (Hadoop
 * may parse its default configuration files on first use), and the reserve costs a job at most
 * that much of its heap.
 */
final class HeapReserve {
  /** The reserve's size in bytes. */
  static final int BYTES = 4 << 20;

  private byte[] reserve = new byte[BYTES];

  /** Drops the reserve; the next collection returns it to the heap. */
  void release() {
    reserve = null;
  }

  /** Whether the reserve is still held (tests). */
  boolean held() {
    return reserve != null;
  }
}
