package gov.hotline.infra.telephony;

import gov.hotline.core.user.User;
import gov.hotline.telephony.domain.Seat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The people behind interfaces: the display name (e.g. 座席员王芳) of the user seated at {@code
 * PJSIP/6001}, or of a username. Read often (every live snapshot, per browser), so users and seats
 * are cached briefly; a login shows its name within {@link #SEATS_TTL}.
 */
public final class AgentNames {
  static final Duration SEATS_TTL = Duration.ofSeconds(2);
  static final Duration USERS_TTL = Duration.ofSeconds(30);

  private final Supplier<List<User>> users;
  private final Supplier<List<Seat>> seats;
  private final Clock clock;
  private volatile Cached<Map<String, String>> names;
  private volatile Cached<Map<String, String>> byInterface;

  private record Cached<T>(T value, Instant until) {}

  public AgentNames(Supplier<List<User>> users, Supplier<List<Seat>> seats, Clock clock) {
    this.users = users;
    this.seats = seats;
    this.clock = clock;
  }

  /** The display name of a username, or null. */
  public String ofUsername(String username) {
    return username == null ? null : names().get(username);
  }

  /** The display name of whoever sits at the interface now, or null. */
  public String ofInterface(String iface) {
    if (iface == null) {
      return null;
    }
    Cached<Map<String, String>> c = byInterface;
    if (c == null || clock.instant().isAfter(c.until())) {
      Map<String, String> n = names();
      c =
          new Cached<>(
              seats.get().stream()
                  .filter(s -> n.containsKey(s.username()))
                  .collect(
                      Collectors.toUnmodifiableMap(
                          Seat::iface, s -> n.get(s.username()), (a, b) -> a)),
              clock.instant().plus(SEATS_TTL));
      byInterface = c;
    }
    return c.value().get(iface);
  }

  /** Forget the cached seats (someone logged in or out). */
  public void seatsChanged() {
    byInterface = null;
  }

  private Map<String, String> names() {
    Cached<Map<String, String>> c = names;
    if (c == null || clock.instant().isAfter(c.until())) {
      c =
          new Cached<>(
              users.get().stream()
                  .collect(
                      Collectors.toUnmodifiableMap(User::username, User::displayName, (a, b) -> a)),
              clock.instant().plus(USERS_TTL));
      names = c;
    }
    return c.value();
  }
}
