package gov.hotline.infra.live;

import gov.hotline.core.ticket.Ticket;
import java.time.Instant;

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
 */
public record TicketNotice(String kind, String label, String action, Ticket ticket, Instant at) {
  /** Whether this notice is about hotspots (热点) rather than one ticket. */
  public boolean hotspot() {
    return ticket == null;
  }
}
