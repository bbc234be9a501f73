package gov.hotline.reporting.domain;

import java.util.Arrays;

/**
 * Calls counted by whole seconds of waiting (0 … {@value #MAX_SECONDS}, then one overflow bucket),
 * so that service levels and short-abandon thresholds of any N ≤ {@value #MAX_SECONDS} s can be
 * read from stored rollups, even for an N configured after the fact.
 */
public final class WaitHistogram {
  public static final int MAX_SECONDS = 300;
  private final long[] counts;

  public WaitHistogram() {
    this.counts = new long[MAX_SECONDS + 2];
  }

  private WaitHistogram(long[] counts) {
    this.counts = counts;
  }

  /** Restores stored buckets; missing trailing buckets (see {@link #trimmed()}) are zero. */
  public static WaitHistogram of(long[] counts) {
    if (counts.length > MAX_SECONDS + 2) {
      throw new IllegalArgumentException("expected at most " + (MAX_SECONDS + 2) + " buckets");
    }
    return new WaitHistogram(Arrays.copyOf(counts, MAX_SECONDS + 2));
  }

  public void add(long waitMillis) {
    long s = Math.max(0, waitMillis / 1000);
    counts[(int) Math.min(s, MAX_SECONDS + 1)]++;
  }

  public void merge(WaitHistogram other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
  }

  /** Calls that waited at most {@code seconds} whole seconds. */
  public long atMost(int seconds) {
    if (seconds < 0 || seconds > MAX_SECONDS) {
      throw new IllegalArgumentException("threshold outside 0.." + MAX_SECONDS + " s: " + seconds);
    }
    long n = 0;
    for (int i = 0; i <= seconds; i++) {
      n += counts[i];
    }
    return n;
  }

  /** Calls that waited less than {@code seconds} whole seconds. */
  public long lessThan(int seconds) {
    return seconds == 0 ? 0 : atMost(seconds - 1);
  }

  public long total() {
    return Arrays.stream(counts).sum();
  }

  public long[] toArray() {
    return counts.clone();
  }

  /** The buckets up to the last non-empty one: what rollups store, since most waits are short. */
  public long[] trimmed() {
    int n = counts.length;
    while (n > 0 && counts[n - 1] == 0) {
      n--;
    }
    return Arrays.copyOf(counts, n);
  }
}
