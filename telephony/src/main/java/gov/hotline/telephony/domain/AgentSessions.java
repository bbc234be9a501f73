package gov.hotline.telephony.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time logged in and paused per queue member (座席签入、示忙时长) within a window, folded from the queue's
 * member events in the order they happened. The rules, as the agent figures count them:
 *
 * <ul>
 *   <li>logged in 签入时长: from {@code QueueMemberAdded} to {@code QueueMemberRemoved}; a member whose
 *       login lies before the events read (first seen in another member event) counts from that
 *       first event; a member still in the queue counts until the window's end;
 *   <li>paused 示忙时长, per reason (the member's {@code PausedReason}, 「未注明」 when empty): from {@code
 *       Paused: 1} to {@code Paused: 0}, the logout or the window's end, only while logged in;
 *   <li>everything is clipped to the window [from, to): events before it only set the state at its
 *       start.
 * </ul>
 */
public final class AgentSessions {
  /** The reason shown for a pause without one. */
  public static final String NO_REASON = "未注明";

  private final Instant from;
  private final Instant to;
  private final Map<String, Member> members = new LinkedHashMap<>();

  /** What the fold learnt of one member (interface): its name and the times, in milliseconds. */
  public record Usage(
      String iface, String memberName, long loggedInMillis, Map<String, Long> pausedMillis) {
    public long pausedTotalMillis() {
      return pausedMillis.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private static final class Member {
    String name;
    Instant loggedInSince;
    Instant pausedSince;
    String reason;
    long loggedIn;
    final Map<String, Long> paused = new TreeMap<>();
  }

  public AgentSessions(Instant from, Instant to) {
    this.from = from;
    this.to = to;
  }

  /** Applies one member event that happened at {@code t} (events in the order they happened). */
  public void apply(AmiMessage m, Instant t) {
    String iface = m.get("Interface");
    if (iface == null || t.isAfter(to)) {
      return;
    }
    Member s = members.computeIfAbsent(iface, k -> new Member());
    s.name = m.get("MemberName") != null ? m.get("MemberName") : s.name;
    switch (m.name()) {
      case "QueueMemberAdded" -> {
        if (s.loggedInSince == null) {
          s.loggedInSince = t;
        }
        paused(s, "1".equals(m.get("Paused")), m.get("PausedReason"), t);
      }
      case "QueueMemberRemoved" -> {
        paused(s, false, null, t);
        if (s.loggedInSince != null) {
          s.loggedIn += clipped(s.loggedInSince, t);
          s.loggedInSince = null;
        }
      }
      case "QueueMemberPause", "QueueMemberStatus" -> {
        if (s.loggedInSince == null) {
          s.loggedInSince = t;
        }
        paused(s, "1".equals(m.get("Paused")), m.get("PausedReason"), t);
      }
      default -> {}
    }
  }

  /** The usage of every member seen, with open intervals closed at the window's end. */
  public List<Usage> usage() {
    return members.entrySet().stream()
        .map(
            e -> {
              Member s = e.getValue();
              long loggedIn =
                  s.loggedIn + (s.loggedInSince == null ? 0 : clipped(s.loggedInSince, to));
              Map<String, Long> paused = new TreeMap<>(s.paused);
              if (s.pausedSince != null) {
                paused.merge(s.reason, clipped(s.pausedSince, to), Long::sum);
              }
              paused.values().removeIf(v -> v == 0);
              return new Usage(e.getKey(), s.name, loggedIn, Map.copyOf(paused));
            })
        .filter(u -> u.loggedInMillis() > 0)
        .toList();
  }

  private void paused(Member s, boolean paused, String reason, Instant t) {
    if (paused && s.pausedSince == null) {
      s.pausedSince = t;
      s.reason = reason == null || reason.isBlank() ? NO_REASON : reason;
    } else if (!paused && s.pausedSince != null) {
      s.paused.merge(s.reason, clipped(s.pausedSince, t), Long::sum);
      s.pausedSince = null;
    }
  }

  /** The milliseconds of [start, end) that lie within the window. */
  private long clipped(Instant start, Instant end) {
    Instant a = start.isBefore(from) ? from : start;
    Instant b = end.isAfter(to) ? to : end;
    return b.isAfter(a) ? Duration.between(a, b).toMillis() : 0;
  }
}
