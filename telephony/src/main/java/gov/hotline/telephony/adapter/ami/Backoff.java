package gov.hotline.telephony.adapter.ami;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reconnect delays: doubling from {@code first} up to {@code max}, with ±10 % jitter so that
 * several platform instances do not knock in step. With the defaults (100 ms … 1.5 s) a restarted
 * Asterisk is found again within 1.5 s of its port opening.
 */
final class Backoff {
  private final long firstMillis;
  private final long maxMillis;
  private long next;

  Backoff(Duration first, Duration max) {
    this.firstMillis = first.toMillis();
    this.maxMillis = max.toMillis();
    this.next = firstMillis;
  }

  long nextMillis() {
    long base = next;
    next = Math.min(maxMillis, next * 2);
    long jitter = base / 10;
    return jitter == 0 ? base : base + ThreadLocalRandom.current().nextLong(-jitter, jitter + 1);
  }

  void reset() {
    next = firstMillis;
  }
}
