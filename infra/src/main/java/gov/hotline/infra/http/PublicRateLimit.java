package gov.hotline.infra.http;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests per client address in a sliding window, for the public (unauthenticated) routes: at most
 * {@code limit} in {@code window}; the next one is refused with 429, a Chinese message and the
 * seconds to wait ({@code Retry-After}). Kept in this instance's memory (a flood is refused where
 * it lands; behind several instances each counts its own share), bounded to {@link #MAX_CLIENTS}
 * addresses so that a spray of addresses cannot grow it without end.
 */
public final class PublicRateLimit {
  static final int MAX_CLIENTS = 50_000;

  private final String what;
  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> hits = new LinkedHashMap<>(16, 0.75f, true);

  /** {@code what}: the action in Chinese, for the message (e.g. 提交诉求). */
  public PublicRateLimit(String what, int limit, Duration window, Clock clock) {
    this.what = what;
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** Counts one request of {@code client}, or refuses it with 429 when over the limit. */
  public synchronized void acquire(String client) {
    Instant now = clock.instant();
    Deque<Instant> q = hits.computeIfAbsent(client, c -> new ArrayDeque<>());
    while (!q.isEmpty() && !q.peekFirst().isAfter(now.minus(window))) {
      q.pollFirst();
    }
    if (q.size() >= limit) {
      long wait = Math.max(1, Duration.between(now, q.peekFirst().plus(window)).toSeconds() + 1);
      throw new Refused(what, wait);
    }
    q.addLast(now);
    if (hits.size() > MAX_CLIENTS) { // drop the least recently seen address
      Iterator<String> eldest = hits.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  /** 429 with the seconds to wait; the edge sends {@code Retry-After}. */
  public static final class Refused extends DomainException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    Refused(String what, long retryAfterSeconds) {
      super(
          ErrorKind.TOO_MANY_REQUESTS,
          "TOO_MANY_REQUESTS",
          what + "过于频繁，请 " + retryAfterSeconds + " 秒后再试");
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
