package gov.hotline.core.sla;

import gov.hotline.core.calendar.DeadlineCalculator;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketQuery;
import gov.hotline.core.ticket.TicketStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * After the business calendar changed: the deadlines of every open ticket recomputed on the new
 * calendar ({@link DeadlineRecomputation}), one short transaction per ticket so that the agents'
 * work is not held up; a ticket changed meanwhile by someone else is read again.
 */
public final class OpenTicketDeadlines {
  static final Set<TicketStatus> OPEN =
      EnumSet.of(
          TicketStatus.PENDING_DISPATCH,
          TicketStatus.DISPATCHED,
          TicketStatus.SIGNED,
          TicketStatus.RETURN_REQUESTED,
          TicketStatus.EXTENSION_REQUESTED,
          TicketStatus.SUB_HANDLING,
          TicketStatus.SUB_REPLIED,
          TicketStatus.REPLIED);
  private static final int PAGE = TicketQuery.MAX_SIZE;

  private final Transactions tx;
  private final ReferenceData reference;
  private final Clock clock;

  public OpenTicketDeadlines(Transactions tx, ReferenceData reference, Clock clock) {
    this.tx = tx;
    this.reference = reference;
    this.clock = clock;
  }

  /** Recomputes on the current calendar; returns how many tickets got a new deadline. */
  public int recomputeAll() {
    TicketDeadlines deadlines =
        new TicketDeadlines(reference.slaPolicies(), new DeadlineCalculator(reference.calendar()));
    int moved = 0;
    for (TicketId id : openIds()) {
      moved += recompute(id, deadlines, 3) ? 1 : 0;
    }
    return moved;
  }

  private boolean recompute(TicketId id, TicketDeadlines deadlines, int attempts) {
    try {
      return tx.inTransaction(
          r -> {
            Ticket t = r.tickets().findForUpdate(id).orElse(null);
            if (t == null) {
              return false;
            }
            var next = DeadlineRecomputation.recompute(t, deadlines);
            next.ifPresent(r.tickets()::update);
            return next.isPresent();
          });
    } catch (DomainException e) {
      if (e.kind() == ErrorKind.CONFLICT && attempts > 1) {
        return recompute(id, deadlines, attempts - 1);
      }
      throw e;
    }
  }

  private List<TicketId> openIds() {
    List<TicketId> ids = new ArrayList<>();
    for (int page = 1; ; page++) {
      var q =
          new TicketQuery(
              OPEN, null, null, null, null, null, null, null, page, PAGE, null, clock.instant());
      var p = tx.inTransaction(r -> r.tickets().search(q));
      p.items().forEach(t -> ids.add(t.id()));
      if (p.items().size() < PAGE || (long) page * PAGE >= p.total()) {
        return ids;
      }
    }
  }
}
