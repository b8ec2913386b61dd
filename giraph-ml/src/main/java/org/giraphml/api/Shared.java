package org.giraphml.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A typed value that the master sets and every vertex reads: the channel between the pieces
 * of an algorithm, replacing broadcast handles and shared "state" objects. Create one per
 * value (named by meaning: {@code centroids}, {@code weights}, {@code labels}) when the block
 * is built, and hand it to the constructors of the pieces that set and read it.
 *
 * <p><b>Lifetime.</b> Giraph block-app ships every piece, with everything it references, from
 * the master to the workers at the start of each superstep. A value set in a piece's
 * {@code masterCompute} is therefore visible to every vertex in all later phases — that
 * piece's receive phase, the next piece's send phase and every superstep after — until the
 * master sets it again. There is no broadcast handle to renew and nothing expires.
 *
 * <p><b>Rules.</b> Only the master sets a value ({@link #set} on a worker changes only that
 * worker's copy for the rest of the superstep, and is lost). Treat what {@link #get} returns as
 * read-only: in the embedded engine the copy may be shared between threads. Keep values small
 * enough to ship every superstep (a model, centroids, a label list — not the data); per-row
 * state belongs in the vertex value.
 *
 * <p>Reading a value that no piece has set yet fails with {@link UnsetException}, which
 * {@link BipartitePiece} reports with the piece and the phase that read it.
 *
 * @param <T> the value's type; it must be serialisable by Kryo (plain fields, no lambdas
 *     capturing non-serialisable state)
 */
public final class Shared<T> {
  private String name;
  private T value;
  private boolean set;

  /** For Kryo. */
  private Shared() {
  }

  private Shared(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /** A value not set yet, called {@code name} in messages. */
  public static <T> Shared<T> named(String name) {
    return new Shared<>(name);
  }

  /** A value set from the start (a setting parsed once when the block is built). */
  public static <T> Shared<T> of(String name, T value) {
    Shared<T> s = new Shared<>(name);
    s.set(value);
    return s;
  }

  /** The name given at creation. */
  public String name() {
    return name;
  }

  /**
   * Sets the value for all later phases; call on the master ({@code masterCompute}) or when
   * building the block.
   *
   * @throws NullPointerException if {@code value} is null (use {@link Optional} for absence)
   */
  public void set(T value) {
    this.value = Objects.requireNonNull(value, () -> "value of '" + name + "'");
    this.set = true;
  }

  /**
   * The value.
   *
   * @throws UnsetException if no piece has set it yet
   */
  public T get() {
    if (!set) {
      throw new UnsetException(name);
    }
    return value;
  }

  /** The value, or empty if none has been set yet. */
  public Optional<T> find() {
    return set ? Optional.of(value) : Optional.empty();
  }

  public boolean isSet() {
    return set;
  }

  @Override
  public String toString() {
    return "Shared[" + name + (set ? "=" + value : ", not set") + "]";
  }

  /** A {@link Shared} value was read before any piece set it: a mistake in a block's order. */
  public static final class UnsetException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final String valueName;

    UnsetException(String valueName) {
      super("'" + valueName + "' was read before any piece set it: the piece that sets it "
          + "(in masterCompute) must run earlier in the block");
      this.valueName = valueName;
    }

    private UnsetException(String valueName, String where) {
      super(where + " read '" + valueName + "' before any piece set it: the piece that sets it "
          + "(in masterCompute) must run earlier in the block");
      this.valueName = valueName;
    }

    /** The name of the value that was read. */
    public String valueName() {
      return valueName;
    }

    /** The same failure, naming the piece and phase that read the value. */
    UnsetException in(String where) {
      UnsetException e = new UnsetException(valueName, where);
      e.setStackTrace(getStackTrace());
      return e;
    }
  }
}
