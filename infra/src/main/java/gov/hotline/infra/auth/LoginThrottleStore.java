package gov.hotline.infra.auth;

import java.time.Instant;
import java.util.Optional;

/** Failed log-in counters shared by all instances (PostgreSQL). */
public interface LoginThrottleStore {
  /** The counters a throttle keeps. */
  enum Scope {
    PAIR,
    ADDRESS,
    ACCOUNT
  }

  /**
   * Counts one more failure (restarting from 1 when the last one is older than {@code since}); the
   * new count.
   */
  int fail(Scope scope, String key, Instant now, Instant since);

  /** The current count of failures after {@code since}, 0 when none. */
  int failures(Scope scope, String key, Instant since);

  void blockUntil(Scope scope, String key, Instant until);

  Optional<Instant> blockedUntil(Scope scope, String key);

  void clear(Scope scope, String key);
}
