package gov.hotline.infra.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Business time for server tests, independent of the day and hour the suite runs at.
 *
 * <p>A server started with {@link #env()} runs on a clock that began at {@link #START} (a
 * Wednesday, 10:00 Beijing time: a working day, far from midnight and from a week's or month's
 * edge) and ticks on from there; the test reads the same clock through {@link #now()}. Telephony
 * keeps the PBX's (the system's) time, so tests that replay AMI traffic take their days from what
 * they replay, or keep a real-time replay clear of local midnight with {@link
 * #awaitClearOfMidnight}.
 */
public final class TestClock {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  public static final OffsetDateTime START =
      OffsetDateTime.of(2026, 11, 18, 10, 0, 0, 0, ZoneOffset.ofHours(8));
  public static final LocalDate TODAY = START.toLocalDate();
  private static final Clock CLOCK =
      Clock.offset(Clock.system(ZONE), Duration.between(Instant.now(), START));

  private TestClock() {}

  /** The business clock the servers of {@link #env()} run on. */
  public static Clock clock() {
    return CLOCK;
  }

  public static Instant now() {
    return CLOCK.instant();
  }

  /**
   * Server settings for a clock that is this one (the server starts it where this clock is now).
   */
  public static Map<String, String> env() {
    return env(Map.of());
  }

  public static Map<String, String> env(Map<String, String> more) {
    Map<String, String> env = new HashMap<>(more);
    env.put("HOTLINE_CLOCK_START", now().atZone(ZONE).toOffsetDateTime().toString());
    return env;
  }

  /**
   * For a replay stamped with the wall clock that must fall on one local day: when local midnight
   * is less than {@code span} away, waits until it has passed, so the replay that follows cannot
   * straddle two days. Returns the local day the replay will fall on.
   */
  public static LocalDate awaitClearOfMidnight(Clock wall, Duration span) {
    while (true) {
      var now = wall.instant().atZone(ZONE);
      var midnight = now.toLocalDate().plusDays(1).atStartOfDay(ZONE);
      if (Duration.between(now, midnight).compareTo(span) > 0) {
        return now.toLocalDate();
      }
      LockSupport.parkNanos(Duration.between(now, midnight).plusMillis(50).toNanos());
    }
  }
}
