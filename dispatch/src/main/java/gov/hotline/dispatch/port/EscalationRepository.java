package gov.hotline.dispatch.port;

import gov.hotline.core.id.UnitId;
import gov.hotline.dispatch.domain.Alert;
import gov.hotline.dispatch.domain.AlertKind;
import gov.hotline.dispatch.domain.DueTicket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deadlines across all open tickets, set-based: raising each warning once per ticket, kind and
 * deadline, the urges still to send, and the live near-due/overdue list. Near-due means {@code
 * share} of the time used, or the deadline at or before {@code nearDueBy} (null: that rule is off).
 */
public interface EscalationRepository {
  /**
   * Raises the warnings of every open ticket that has none yet for its current deadline; returns
   * how many.
   */
  Map<AlertKind, Integer> raiseAlerts(Instant now, double share, Instant nearDueBy);

  /**
   * Marks the warnings of tickets no unit holds any more (replied, returned, closed …) as needing
   * no urge.
   */
  void skipAlertsWithoutUnit();

  /** Raised warnings whose urge is still to be sent, oldest first. */
  List<Alert> alertsToUrge(int limit);

  void markUrged(long alertId);

  /**
   * The near-due and overdue tickets now, soonest deadline first: of {@code units} only when not
   * null, of {@code kind} only when not null.
   */
  List<DueTicket> dueTickets(
      Instant now, double share, Instant nearDueBy, Set<UnitId> units, AlertKind kind, int limit);

  /**
   * Per lead unit (null key: tickets waiting for dispatch), how many tickets are near-due and
   * overdue.
   */
  Map<UnitId, Map<AlertKind, Integer>> dueCounts(
      Instant now, double share, Instant nearDueBy, Set<UnitId> units);
}
