package gov.hotline.telephony.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What the screen pop says about a caller, from their tickets (newest first) and earlier calls. */
public final class CallerProfile {
  /** A call within this window before the current one makes a repeat caller (重复来电). */
  public static final Duration REPEAT_WINDOW = Duration.ofDays(7);

  static final int MAX_TICKETS = 10;

  private CallerProfile() {}

  public static ScreenPop pop(
      String agentInterface,
      String callId,
      String callerNumber,
      String queue,
      Instant at,
      List<CallerTicket> tickets,
      List<ScreenPop.PreviousCall> calls) {
    List<CallerTicket> open =
        tickets.stream().filter(CallerTicket::open).limit(MAX_TICKETS).toList();
    List<CallerTicket> all =
        tickets.stream()
            .sorted(
                Comparator.comparing((CallerTicket t) -> !t.open())
                    .thenComparing(CallerTicket::createdAt, Comparator.reverseOrder()))
            .limit(MAX_TICKETS)
            .toList();
    List<ScreenPop.PreviousCall> earlier =
        calls.stream()
            .filter(c -> !c.callId().equals(callId))
            .filter(c -> c.startedAt() == null || at == null || !c.startedAt().isAfter(at))
            .limit(5)
            .toList();
    boolean recentCall =
        earlier.stream()
            .anyMatch(
                c ->
                    c.startedAt() != null
                        && at != null
                        && !c.startedAt().isBefore(at.minus(REPEAT_WINDOW)));
    boolean confidential = open.stream().anyMatch(CallerTicket::confidential);
    return new ScreenPop(
        agentInterface,
        callId,
        callerNumber,
        queue,
        at,
        open,
        all,
        earlier,
        recentCall || !open.isEmpty(),
        confidential);
  }
}
