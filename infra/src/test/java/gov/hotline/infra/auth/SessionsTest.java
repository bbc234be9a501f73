package gov.hotline.infra.auth;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The per-instance session cache: a session ended elsewhere stops working here within {@link
 * Sessions#CACHE}.
 */
class SessionsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-18T02:00:00Z"), ZoneOffset.UTC);
  private static final Actor AGENT =
      new Actor(new UserId(7), "agent1", Role.AGENT, UnitId.of("HD_CENTER"));

  private final InMemorySessions store = new InMemorySessions();
  private final TokenService tokens =
      new TokenService("00".repeat(32), CLOCK, Duration.ofHours(12));
  private final AtomicLong ticker = new AtomicLong();
  private final Sessions here = new Sessions(store, tokens, CLOCK, ticker::get);
  private final Sessions elsewhere = new Sessions(store, tokens, CLOCK, ticker::get);

  @Test
  void aSessionEndedOnAnotherInstanceStopsWorkingHereOnceTheCacheExpires() {
    String token = here.open(AGENT, "10.0.0.1", "test").token();
    assertThat(here.authenticate(token)).isPresent();

    elsewhere.end(tokens.verify(token).orElseThrow().sessionId(), "LOGOUT");
    ticker.addAndGet(Sessions.CACHE.toNanos() - 1);
    boolean stillCached = here.authenticate(token).isPresent();
    ticker.addAndGet(1);

    assertThat(stillCached).as("within the cache time the old answer may stand").isTrue();
    assertThat(here.authenticate(token)).as("after at most 5 s every instance refuses").isEmpty();
  }

  @Test
  void aSessionEndedOnThisInstanceStopsAtOnce() {
    String token = here.open(AGENT, "10.0.0.1", "test").token();
    assertThat(here.authenticate(token)).isPresent();

    here.end(tokens.verify(token).orElseThrow().sessionId(), "LOGOUT");

    assertThat(here.authenticate(token)).isEmpty();
  }

  @Test
  void endingAllOfAUsersSessionsStopsThemAtOnceHere() {
    String first = here.open(AGENT, "10.0.0.1", "a").token();
    String second = here.open(AGENT, "10.0.0.2", "b").token();
    here.authenticate(first);
    here.authenticate(second);

    assertThat(here.endAllOf(7, "ROLE_CHANGED")).isEqualTo(2);

    assertThat(here.authenticate(first)).isEmpty();
    assertThat(here.authenticate(second)).isEmpty();
  }

  /** Sessions kept in memory, shared by the two "instances" as PostgreSQL is. */
  private static final class InMemorySessions implements SessionStore {
    private final Map<String, Session> rows = new ConcurrentHashMap<>();

    @Override
    public void insert(Session s) {
      rows.put(s.id(), s);
    }

    @Override
    public Optional<Session> touch(String id, Instant now) {
      return Optional.ofNullable(rows.get(id)).filter(s -> s.activeAt(now));
    }

    @Override
    public Optional<Session> byId(String id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public boolean revoke(String id, String reason, Instant now) {
      Session s = rows.get(id);
      if (s == null || s.revokedAt() != null) {
        return false;
      }
      rows.put(id, ended(s, reason, now));
      return true;
    }

    @Override
    public int revokeUser(long userId, String reason, Instant now) {
      List<Session> mine =
          new ArrayList<>(
              rows.values().stream()
                  .filter(s -> s.userId() == userId && s.revokedAt() == null)
                  .toList());
      mine.forEach(s -> rows.put(s.id(), ended(s, reason, now)));
      return mine.size();
    }

    @Override
    public List<Session> list(boolean activeOnly, Instant now, int limit) {
      return rows.values().stream()
          .filter(s -> !activeOnly || s.activeAt(now))
          .limit(limit)
          .toList();
    }

    private static Session ended(Session s, String reason, Instant now) {
      return new Session(
          s.id(),
          s.userId(),
          s.username(),
          s.role(),
          s.createdAt(),
          s.lastSeenAt(),
          s.expiresAt(),
          now,
          reason,
          s.clientAddress(),
          s.userAgent());
    }
  }
}
