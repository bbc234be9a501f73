package gov.hotline.bench;

import java.util.Arrays;

/**
 * The send time of every event the bench played, in order, in epoch microseconds on one clock (the
 * wall clock at start plus the monotonic clock since): written by the simulator's player thread,
 * read by the watcher. Stamps are strictly increasing, so an event's stamp identifies it, and
 * "every event up to stamp S" is a prefix.
 */
final class SendLog {
  private final long wallMicros = System.currentTimeMillis() * 1000;
  private final long nanos = System.nanoTime();
  private volatile long[] stamps = new long[1 << 20];
  private volatile long count;
  private long maxShift;

  long nowMicros() {
    return wallMicros + (System.nanoTime() - nanos) / 1000;
  }

  /**
   * Records an event due at {@code stampMicros} (moved on by a microsecond if it would repeat one);
   * its number.
   */
  long add(long stampMicros) {
    long n = count;
    long[] s = stamps;
    if (n == s.length) {
      s = Arrays.copyOf(s, s.length * 2);
      stamps = s;
    }
    long stamp = n == 0 ? stampMicros : Math.max(stampMicros, s[(int) n - 1] + 1);
    maxShift = Math.max(maxShift, stamp - stampMicros);
    s[(int) n] = stamp;
    count = n + 1;
    return n;
  }

  long stamp(long n) {
    return stamps[(int) n];
  }

  long count() {
    return count;
  }

  /** How many events have a stamp at or below {@code stampMicros}, searching from {@code from}. */
  long countUpTo(long stampMicros, long from) {
    long n = count;
    long[] s = stamps;
    int i = Arrays.binarySearch(s, (int) Math.min(from, n), (int) n, stampMicros);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /**
   * The most a stamp had to move to stay unique (µs); shows when events were sent faster than one
   * per µs.
   */
  long maxShiftMicros() {
    return maxShift;
  }
}
