package gov.hotline.infra.auth;

import gov.hotline.core.user.Actor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Login sessions in PostgreSQL. Every request checks its session; the answer is cached for at most
 * {@link #CACHE} per instance, so a session ended on one instance stops working on all others
 * within seconds (and at once on the instance that ended it). Cache freshness is measured on the
 * monotonic clock: it is not business time.
 */
public final class Sessions {
  public static final Duration CACHE = Duration.ofSeconds(5);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_CACHED = 100_000;

  private final SessionStore store;
  private final TokenService tokens;
  private final Clock clock;
  private final LongSupplier nanoTime;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(boolean active, long checkedAtNanos) {}

  /** A new session and the token that names it. */
  public record Issued(Session session, String token) {}

  public Sessions(SessionStore store, TokenService tokens, Clock clock) {
    this(store, tokens, clock, System::nanoTime);
  }

  /** With the monotonic ticker the cache measures its age by (tests pass their own). */
  public Sessions(SessionStore store, TokenService tokens, Clock clock, LongSupplier nanoTime) {
    this.store = store;
    this.tokens = tokens;
    this.clock = clock;
    this.nanoTime = nanoTime;
  }

  public Issued open(Actor actor, String clientAddress, String userAgent) {
    Instant now = clock.instant();
    byte[] id = new byte[18];
    RANDOM.nextBytes(id);
    Session s =
        new Session(
            Base64.getUrlEncoder().withoutPadding().encodeToString(id),
            actor.userId().value(),
            actor.username(),
            actor.role().name(),
            now,
            now,
            now.plus(tokens.ttl()),
            null,
            null,
            clientAddress,
            userAgent == null ? null : userAgent.substring(0, Math.min(300, userAgent.length())));
    store.insert(s);
    return new Issued(s, tokens.issue(actor, s.id(), s.expiresAt()));
  }

  public Duration ttl() {
    return tokens.ttl();
  }

  /** The claims of a token whose session is still active. */
  public Optional<TokenService.Claims> authenticate(String token) {
    return tokens.verify(token).filter(c -> active(c.sessionId()));
  }

  private boolean active(String sessionId) {
    long now = nanoTime.getAsLong();
    Cached c = cache.get(sessionId);
    if (c != null && now - c.checkedAtNanos() < CACHE.toNanos()) {
      return c.active();
    }
    boolean active = store.touch(sessionId, clock.instant()).isPresent();
    if (cache.size() > MAX_CACHED) {
      cache.clear();
    }
    cache.put(sessionId, new Cached(active, now));
    return active;
  }

  public Optional<Session> byId(String id) {
    return store.byId(id);
  }

  public boolean end(String sessionId, String reason) {
    cache.put(sessionId, new Cached(false, nanoTime.getAsLong()));
    return store.revoke(sessionId, reason, clock.instant());
  }

  /** Ends all sessions of a user (disabled, role or unit changed, password reset). */
  public int endAllOf(long userId, String reason) {
    int n = store.revokeUser(userId, reason, clock.instant());
    cache.clear(); // this instance at once; the others within CACHE
    return n;
  }

  public List<Session> list(boolean activeOnly, int limit) {
    return store.list(activeOnly, clock.instant(), limit);
  }
}
