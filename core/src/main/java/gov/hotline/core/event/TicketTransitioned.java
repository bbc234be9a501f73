package gov.hotline.core.event;

import java.time.Instant;
import java.util.List;

/**
 * A ticket moved through its lifecycle (or got an urge, supervision …); published after commit.
 * {@code unitIds} are the units that may follow this step: those the ticket was with (lead,
 * assisting units, the community it was passed down to) just before or just after it — so that a
 * unit that loses the ticket by this step hears of the loss, and of nothing after it.
 */
public record TicketTransitioned(
    long ticketId,
    String ticketNo,
    String action,
    String fromStatus,
    String toStatus,
    String leadUnitId,
    long actorId,
    Instant at,
    List<String> unitIds) {

  public TicketTransitioned {
    unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
  }

  /** A step that concerns no unit beyond its lead unit's record (tests, replays). */
  public TicketTransitioned(
      long ticketId,
      String ticketNo,
      String action,
      String fromStatus,
      String toStatus,
      String leadUnitId,
      long actorId,
      Instant at) {
    this(ticketId, ticketNo, action, fromStatus, toStatus, leadUnitId, actorId, at, List.of());
  }
}
