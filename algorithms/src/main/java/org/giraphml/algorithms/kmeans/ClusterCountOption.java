package org.giraphml.algorithms.kmeans;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.giraphml.conf.ConfOption;
import org.giraphml.conf.InvalidOptionException;

/**
 * The {@code --k} option: one number of clusters ({@code 7}) or a sweep of several, trained in
 * one job ({@link KSweep}): a range {@code 2..12} (every k from 2 to 12) or an ascending list
 * {@code 2,4,8}. {@link #get} gives the largest k asked for (the single k, or the sweep's last),
 * which is what bounds memory and what must not exceed the number of rows; {@link #values}
 * gives every k. A sweep has at most {@link #MAX_SWEEP} values, each at least 2 (the
 * silhouette that picks the best k needs two clusters) and at most {@code max}.
 */
public final class ClusterCountOption extends ConfOption<Integer> {
  /** Most values in one sweep: each adds its own seeding and Lloyd loop to the job. */
  public static final int MAX_SWEEP = 64;
  private static final String RANGE = "..";
  private final int min;
  private final int max;

  ClusterCountOption(String key, String flag, int min, int max, String description) {
    super(key, flag, null, description, v -> v < min ? Optional.of("must be >= " + min)
        : v > max ? Optional.of("must be <= " + max) : Optional.empty());
    this.min = min;
    this.max = max;
  }

  @Override
  public String typeName() {
    return "int in [" + min + ", " + max + "], or a sweep a..b or a,b,c";
  }

  /** The largest k of {@code text} (the only one for a single k); checks a sweep's form. */
  @Override
  public Integer parse(String text) {
    List<Integer> all = parseAll(text);
    return all.get(all.size() - 1);
  }

  /** Whether {@code conf} asks for a sweep (more than one k). */
  public boolean isSweep(Configuration conf) {
    return isSet(conf) && values(conf).size() > 1;
  }

  /** Every k {@code conf} asks for, ascending (one value for a single k). */
  public List<Integer> values(Configuration conf) {
    validate(conf);
    return parseAll(conf.get(key()).trim());
  }

  private List<Integer> parseAll(String text) {
    String t = text.trim();
    int dots = t.indexOf(RANGE);
    if (dots < 0 && t.indexOf(',') < 0) {
      return List.of(number(text, t));
    }
    List<Integer> all = new ArrayList<>();
    if (dots >= 0) {
      int from = number(text, t.substring(0, dots));
      int to = number(text, t.substring(dots + RANGE.length()));
      if (from >= to) {
        throw new InvalidOptionException(this, text, "a range a..b needs a < b");
      }
      if ((long) to - from + 1 > MAX_SWEEP) {
        throw new InvalidOptionException(this, text, "a sweep has at most " + MAX_SWEEP
            + " values, this range has " + ((long) to - from + 1));
      }
      for (int k = from; k <= to; k++) {
        all.add(k);
      }
    } else {
      for (String part : t.split(",", -1)) {
        int k = number(text, part);
        if (!all.isEmpty() && k <= all.get(all.size() - 1)) {
          throw new InvalidOptionException(this, text,
              "a list of k must be strictly ascending (" + k + " after " + all.get(all.size() - 1)
                  + ")");
        }
        all.add(k);
      }
      if (all.size() > MAX_SWEEP) {
        throw new InvalidOptionException(this, text, "a sweep has at most " + MAX_SWEEP
            + " values, this list has " + all.size());
      }
    }
    int first = all.get(0);
    int last = all.get(all.size() - 1);
    if (first < min || last > max) {
      throw new InvalidOptionException(this, text, "every k of a sweep must be in [" + min
          + ", " + max + "]");
    }
    return Collections.unmodifiableList(all);
  }

  private int number(String text, String part) {
    try {
      return Integer.parseInt(part.trim());
    } catch (NumberFormatException e) {
      throw new InvalidOptionException(this, text, "must be a whole number, a range a..b or a "
          + "list a,b,c of whole numbers");
    }
  }
}
