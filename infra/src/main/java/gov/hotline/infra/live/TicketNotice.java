package gov.hotline.infra.live;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;

/**
 * A ticket event as the browsers' live stream carries it (event {@code ticket}): what happened
 * ({@code kind}, with a Chinese {@code label}), to which ticket, and the ticket as it stands after
 * it — from which each stream decides whether its user may see it, as the ticket API decides.
 * {@code ticket} is null for a notice about hotspots.
 *
 * @param kind {@code pending} (新工单待派单 or 重新派单), {@code dispatched}, {@code urged}, {@code
 *     supervised}, {@code return-requested}, {@code extension-requested}, {@code
 *     extension-decided}, {@code hotspot}, or {@code changed} for any other step
 * @param action the lifecycle action's code ({@code create}, {@code dispatch} …), null for a
 *     hotspot
 * @param status the ticket's status right after the step (the ticket read may be further on)
 * @param units the units that may follow this step: those the ticket was with just before or after
 *     it (none at intake); a unit handler's stream shows the notice only when one of them is its
 *     unit or below it, so a unit that lost the ticket hears of the loss and of nothing after it
 */
public record TicketNotice(
    String kind,
    String label,
    String action,
    Ticket ticket,
    Instant at,
    TicketStatus status,
    List<UnitId> units) {
  public TicketNotice {
    units = units == null ? List.of() : List.copyOf(units);
  }

  /** Whether this notice is about hotspots (热点) rather than one ticket. */
  public boolean hotspot() {
    return ticket == null;
  }
}
