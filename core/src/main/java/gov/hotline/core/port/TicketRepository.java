package gov.hotline.core.port;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.ticket.HistoryEntry;
import gov.hotline.core.ticket.Page;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketQuery;
import java.util.List;
import java.util.Optional;

/** Storage of tickets and their append-only history. */
public interface TicketRepository {
  /** Stores a new ticket and returns its id. */
  TicketId insert(Ticket ticket);

  /**
   * Stores the next version of a ticket; fails with a CONFLICT {@link
   * gov.hotline.core.error.DomainException} when someone else changed it since it was read.
   */
  void update(Ticket ticket);

  Optional<Ticket> find(TicketId id);

  /**
   * Locks the row until the transaction ends, so that two actions on one ticket run one after the
   * other.
   */
  Optional<Ticket> findForUpdate(TicketId id);

  void appendHistory(HistoryEntry entry);

  List<HistoryEntry> history(TicketId id);

  Page<Ticket> search(TicketQuery query);
}
