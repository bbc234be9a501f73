package gov.hotline.bench;

import gov.hotline.telephony.simulator.Feed;
import java.io.IOException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * One phase of the load, played by the AMI simulator: events from the {@link AmiLoadTemplate}
 * either on a fixed schedule ({@code rate} events/s, open loop: each event is stamped with the time
 * it was due, so a server that falls behind shows up as latency, not as a lower send rate), or as
 * fast as possible while at most {@code window} events are sent but not yet persisted (closed
 * loop), or all at once (a burst). Events due together go out in one write.
 */
final class AmiLoadFeed implements Feed {
  private static final int MAX_PER_WRITE = 256;

  private final AmiLoadTemplate template;
  private final SendLog log;
  private final double rate;
  private final long durationMicros;
  private final long maxEvents;
  private final long window;
  private final LongSupplier persisted;

  private AmiLoadFeed(
      AmiLoadTemplate template,
      SendLog log,
      double rate,
      long durationMicros,
      long maxEvents,
      long window,
      LongSupplier persisted) {
    this.template = template;
    this.log = log;
    this.rate = rate;
    this.durationMicros = durationMicros;
    this.maxEvents = maxEvents;
    this.window = window;
    this.persisted = persisted;
  }

  static AmiLoadFeed atRate(AmiLoadTemplate t, SendLog log, double rate, double seconds) {
    return new AmiLoadFeed(t, log, rate, (long) (seconds * 1e6), Long.MAX_VALUE, 0, null);
  }

  static AmiLoadFeed closedLoop(
      AmiLoadTemplate t, SendLog log, double seconds, long window, LongSupplier persisted) {
    return new AmiLoadFeed(t, log, 0, (long) (seconds * 1e6), Long.MAX_VALUE, window, persisted);
  }

  static AmiLoadFeed burst(AmiLoadTemplate t, SendLog log, long events) {
    return new AmiLoadFeed(t, log, 0, Long.MAX_VALUE, events, 0, null);
  }

  @Override
  public void play(Out out) throws IOException {
    long start = log.nowMicros();
    long sent = 0;
    StringBuilder sb = new StringBuilder(MAX_PER_WRITE * 600);
    while (out.open() && sent < maxEvents) {
      long now = log.nowMicros();
      if (now - start >= durationMicros) {
        break;
      }
      long due =
          rate > 0 ? Math.min(maxEvents, (long) ((now - start) * rate / 1e6) + 1) : maxEvents;
      if (window > 0) {
        due = Math.min(due, persisted.getAsLong() + window - log.count() + sent);
      }
      long n = Math.min(due - sent, MAX_PER_WRITE);
      if (n <= 0) {
        LockSupport.parkNanos(200_000);
        continue;
      }
      sb.setLength(0);
      for (long i = 0; i < n; i++) {
        long stamp = rate > 0 ? start + (long) ((sent + i) * 1e6 / rate) : log.nowMicros();
        long seq = log.add(stamp);
        template.render(seq, log.stamp(seq), sb);
      }
      out.send(sb.toString());
      sent += n;
    }
  }

  /** True for a phase on a fixed schedule. */
  boolean openLoop() {
    return rate > 0;
  }

  @Override
  public String toString() {
    return rate > 0
        ? "load at " + rate + "/s"
        : window > 0 ? "closed loop, window " + window : "burst of " + maxEvents;
  }
}
