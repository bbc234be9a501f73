package gov.hotline.core.ticket;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.user.Actor;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One append-only line of a ticket's history: who did what when, why, and the status before and after;
 * {@code details} carries the other fields that changed (e.g. leadUnitId, handleDueAt) as before→after text.
 */
public record HistoryEntry(TicketId ticketId, Instant at, Actor actor, TicketAction action, TicketStatus fromStatus,
                           TicketStatus toStatus, String reason, Map<String, String> details) {
  public HistoryEntry {
    Objects.requireNonNull(at);
    Objects.requireNonNull(actor);
    Objects.requireNonNull(action);
    Objects.requireNonNull(toStatus);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details)); // keeps the order of recording
  }

  public HistoryEntry forTicket(TicketId id) {
    return new HistoryEntry(id, at, actor, action, fromStatus, toStatus, reason, details);
  }
}
