package gov.hotline.infra.auth;

import gov.hotline.infra.auth.LoginThrottleStore.Scope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Growing delays after failed log-ins instead of a hard lock, so nobody can lock the real owner
 * out. Failures are counted per (client address, account), per client address and per account, in
 * PostgreSQL (every instance shares them, a restart keeps them):
 *
 * <ul>
 *   <li>an address that keeps failing on one account waits 1, 2, 4 … seconds (at most 15 minutes)
 *       after the first {@link #PAIR_FREE} failures; only that address/account pair waits;
 *   <li>an address failing on many accounts (password spraying) waits likewise after {@link
 *       #ADDRESS_FREE} failures;
 *   <li>an account under attack from many addresses ({@link #ACCOUNT_ALERT} failures in the window)
 *       makes every address that fails on it wait from its first failure — but an address that has
 *       not failed still logs in with the right password at once.
 * </ul>
 */
public final class LoginThrottle {
  public static final int PAIR_FREE = 3;
  public static final int ADDRESS_FREE = 20;
  public static final int ACCOUNT_ALERT = 10;
  public static final Duration MAX_DELAY = Duration.ofMinutes(15);
  public static final Duration WINDOW = Duration.ofHours(1);

  private final LoginThrottleStore store;
  private final Clock clock;

  public LoginThrottle(LoginThrottleStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Refuses (429) while this client must wait for this account. */
  public void check(String address, String username) {
    Instant now = clock.instant();
    long wait =
        Math.max(
            remaining(Scope.PAIR, pair(address, username), now),
            remaining(Scope.ADDRESS, address(address), now));
    if (wait > 0) {
      throw new TooManyAttempts(wait);
    }
  }

  public void failed(String address, String username) {
    Instant now = clock.instant();
    Instant since = now.minus(WINDOW);
    int account = store.fail(Scope.ACCOUNT, account(username), now, since);
    int pairCount = store.fail(Scope.PAIR, pair(address, username), now, since);
    int addressCount = store.fail(Scope.ADDRESS, address(address), now, since);
    int free = account >= ACCOUNT_ALERT ? 0 : PAIR_FREE;
    if (pairCount > free) {
      store.blockUntil(Scope.PAIR, pair(address, username), now.plus(delay(pairCount - free)));
    }
    if (addressCount > ADDRESS_FREE) {
      store.blockUntil(
          Scope.ADDRESS, address(address), now.plus(delay(addressCount - ADDRESS_FREE)));
    }
  }

  public void succeeded(String address, String username) {
    store.clear(Scope.PAIR, pair(address, username));
    store.clear(Scope.ACCOUNT, account(username));
  }

  /** 1 s after the first throttled failure, doubling, at most {@link #MAX_DELAY}. */
  static Duration delay(int over) {
    long seconds = over > 20 ? MAX_DELAY.toSeconds() : 1L << (over - 1);
    return Duration.ofSeconds(Math.min(seconds, MAX_DELAY.toSeconds()));
  }

  private long remaining(Scope scope, String key, Instant now) {
    return store
        .blockedUntil(scope, key)
        .filter(now::isBefore)
        .map(until -> Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000))
        .orElse(0L);
  }

  private static String account(String username) {
    return username.toLowerCase(Locale.ROOT);
  }

  private static String address(String address) {
    return address == null ? "unknown" : address;
  }

  private static String pair(String address, String username) {
    return address(address) + " " + account(username);
  }
}
