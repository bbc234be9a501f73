package gov.hotline.core.ticket;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.user.Actor;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One append-only line of a ticket's history: who did what when, why, and the status before and
 * after; {@code details} carries the other fields that changed (e.g. leadUnitId, handleDueAt) as
 * before→after text. {@code unitId} is the lead unit (主办单位) the step concerns — after a dispatch
 * the new one, after an approved return the one that returned it — so that unit statistics credit
 * the right unit.
 */
public record HistoryEntry(
    TicketId ticketId,
    Instant at,
    Actor actor,
    TicketAction action,
    TicketStatus fromStatus,
    TicketStatus toStatus,
    String reason,
    Map<String, String> details,
    UnitId unitId) {

  /** An entry that concerns no unit (intake, steps before dispatch). */
  public HistoryEntry(
      TicketId ticketId,
      Instant at,
      Actor actor,
      TicketAction action,
      TicketStatus fromStatus,
      TicketStatus toStatus,
      String reason,
      Map<String, String> details) {
    this(ticketId, at, actor, action, fromStatus, toStatus, reason, details, null);
  }

  public HistoryEntry {
    Objects.requireNonNull(at);
    Objects.requireNonNull(actor);
    Objects.requireNonNull(action);
    Objects.requireNonNull(toStatus);
    details =
        Collections.unmodifiableMap(new LinkedHashMap<>(details)); // keeps the order of recording
  }

  public HistoryEntry forTicket(TicketId id) {
    return new HistoryEntry(id, at, actor, action, fromStatus, toStatus, reason, details, unitId);
  }
}
