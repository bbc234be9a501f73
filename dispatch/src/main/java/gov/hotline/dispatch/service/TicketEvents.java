package gov.hotline.dispatch.service;

import gov.hotline.core.calendar.DeadlineCalculator;
import gov.hotline.core.event.TicketTransitioned;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.sla.TicketDeadlines;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketLifecycle;
import gov.hotline.core.ticket.Transition;

/**
 * What dispatch services need to move tickets themselves, inside their own transactions: the one ticket lifecycle on
 * the current reference data, and the event a transition publishes (as core's TicketService makes it).
 */
final class TicketEvents {
  private TicketEvents() {
  }

  static TicketLifecycle lifecycle(ReferenceData reference) {
    return new TicketLifecycle(reference.orgTree(), new TicketDeadlines(reference.slaPolicies(),
        new DeadlineCalculator(reference.calendar())));
  }

  static TicketTransitioned of(Transition tr) {
    Ticket after = tr.after();
    UnitId lead = after.assignment().leadUnitId();
    return new TicketTransitioned(after.id().value(), after.no().value(), tr.entry().action().code(),
        tr.before().status().name(), after.status().name(), lead == null ? null : lead.value(),
        tr.entry().actor().userId().value(), tr.entry().at());
  }
}
