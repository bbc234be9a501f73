package gov.hotline.bench;

/**
 * Log-bucketed latency histogram in microseconds, in the manner of HdrHistogram: values below 256
 * µs are counted exactly, every higher power of two is split into 128 buckets, so a reported
 * percentile is at most 0.8 % above the true value. Every recorded latency lands in a bucket;
 * nothing is averaged away.
 *
 * <p>Not thread-safe on purpose: each worker owns one and they are merged after the run, so
 * recording costs no contention while the load is on.
 */
final class LatencyHistogram {

  private static final int SUB_BITS = 8;
  private static final int EXACT = 1 << SUB_BITS;
  private static final int HALF = EXACT >> 1;

  /** Values above one hour are clamped into the top bucket; the exact maximum is still kept. */
  private static final long MAX_TRACKED_MICROS = 3_600_000_000L;

  private final long[] counts = new long[indexOf(MAX_TRACKED_MICROS) + 1];
  private long count;
  private long min = Long.MAX_VALUE;
  private long max;

  void recordNanos(long nanos) {
    long micros = Math.max(0, nanos / 1_000);
    counts[indexOf(Math.min(micros, MAX_TRACKED_MICROS))]++;
    count++;
    min = Math.min(min, micros);
    max = Math.max(max, micros);
  }

  void add(LatencyHistogram other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    count += other.count;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  long count() {
    return count;
  }

  long maxMicros() {
    return max;
  }

  long minMicros() {
    return count == 0 ? 0 : min;
  }

  /**
   * The value at or below which {@code percent} % of the recorded values fall (bucket upper bound,
   * capped at max).
   */
  long percentileMicros(double percent) {
    if (count == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * count));
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Math.min(highestEquivalent(i), max);
      }
    }
    return max;
  }

  static int indexOf(long micros) {
    if (micros < EXACT) {
      return (int) micros;
    }
    // shift such that (micros >> shift) lies in [HALF, EXACT)
    int shift = 63 - Long.numberOfLeadingZeros(micros) - (SUB_BITS - 1);
    return EXACT + (shift - 1) * HALF + (int) ((micros >> shift) - HALF);
  }

  static long highestEquivalent(int index) {
    if (index < EXACT) {
      return index;
    }
    int i = index - EXACT;
    int shift = i / HALF + 1;
    long sub = i % HALF + HALF;
    return ((sub + 1) << shift) - 1;
  }
}
