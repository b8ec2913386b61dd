package org.giraphml.graph;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Bulk (de)serialisation of primitive arrays for Writables: one length, then the elements
 * through a byte buffer, which is several times faster than a {@code writeDouble} per element.
 */
public final class Arrays2 {
  private static final int CHUNK = 1 << 13;

  private Arrays2() {
  }

  public static void writeDoubles(DataOutput out, double[] a) throws IOException {
    out.writeInt(a.length);
    byte[] buf = new byte[Math.min(a.length, CHUNK) * Double.BYTES];
    for (int from = 0; from < a.length; from += CHUNK) {
      int n = Math.min(CHUNK, a.length - from);
      ByteBuffer.wrap(buf).asDoubleBuffer().put(a, from, n);
      out.write(buf, 0, n * Double.BYTES);
    }
  }

  public static double[] readDoubles(DataInput in) throws IOException {
    double[] a = new double[checkedLength(in)];
    byte[] buf = new byte[Math.min(a.length, CHUNK) * Double.BYTES];
    for (int from = 0; from < a.length; from += CHUNK) {
      int n = Math.min(CHUNK, a.length - from);
      in.readFully(buf, 0, n * Double.BYTES);
      ByteBuffer.wrap(buf).asDoubleBuffer().get(a, from, n);
    }
    return a;
  }

  public static void writeFloats(DataOutput out, float[] a) throws IOException {
    out.writeInt(a.length);
    byte[] buf = new byte[Math.min(a.length, CHUNK) * Float.BYTES];
    for (int from = 0; from < a.length; from += CHUNK) {
      int n = Math.min(CHUNK, a.length - from);
      ByteBuffer.wrap(buf).asFloatBuffer().put(a, from, n);
      out.write(buf, 0, n * Float.BYTES);
    }
  }

  public static float[] readFloats(DataInput in) throws IOException {
    float[] a = new float[checkedLength(in)];
    byte[] buf = new byte[Math.min(a.length, CHUNK) * Float.BYTES];
    for (int from = 0; from < a.length; from += CHUNK) {
      int n = Math.min(CHUNK, a.length - from);
      in.readFully(buf, 0, n * Float.BYTES);
      ByteBuffer.wrap(buf).asFloatBuffer().get(a, from, n);
    }
    return a;
  }

  public static void writeLongs(DataOutput out, long[] a) throws IOException {
    out.writeInt(a.length);
    byte[] buf = new byte[Math.min(a.length, CHUNK) * Long.BYTES];
    for (int from = 0; from < a.length; from += CHUNK) {
      int n = Math.min(CHUNK, a.length - from);
      ByteBuffer.wrap(buf).asLongBuffer().put(a, from, n);
      out.write(buf, 0, n * Long.BYTES);
    }
  }

  public static long[] readLongs(DataInput in) throws IOException {
    long[] a = new long[checkedLength(in)];
    byte[] buf = new byte[Math.min(a.length, CHUNK) * Long.BYTES];
    for (int from = 0; from < a.length; from += CHUNK) {
      int n = Math.min(CHUNK, a.length - from);
      in.readFully(buf, 0, n * Long.BYTES);
      ByteBuffer.wrap(buf).asLongBuffer().get(a, from, n);
    }
    return a;
  }

  public static void writeInts(DataOutput out, int[] a) throws IOException {
    out.writeInt(a.length);
    byte[] buf = new byte[Math.min(a.length, CHUNK) * Integer.BYTES];
    for (int from = 0; from < a.length; from += CHUNK) {
      int n = Math.min(CHUNK, a.length - from);
      ByteBuffer.wrap(buf).asIntBuffer().put(a, from, n);
      out.write(buf, 0, n * Integer.BYTES);
    }
  }

  public static int[] readInts(DataInput in) throws IOException {
    int[] a = new int[checkedLength(in)];
    byte[] buf = new byte[Math.min(a.length, CHUNK) * Integer.BYTES];
    for (int from = 0; from < a.length; from += CHUNK) {
      int n = Math.min(CHUNK, a.length - from);
      in.readFully(buf, 0, n * Integer.BYTES);
      ByteBuffer.wrap(buf).asIntBuffer().get(a, from, n);
    }
    return a;
  }

  private static int checkedLength(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("Corrupt array length " + n);
    }
    return n;
  }
}
