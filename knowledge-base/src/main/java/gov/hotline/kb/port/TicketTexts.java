package gov.hotline.kb.port;

import gov.hotline.kb.domain.TicketText;
import java.util.List;
import java.util.Optional;

/**
 * Ticket text the knowledge base indexes for similar-ticket search. Tickets belong to another
 * context; infra implements this port on the ticket store.
 */
public interface TicketTexts {
  Optional<TicketText> find(long ticketId);

  /** Tickets with an id above {@code afterId}, ascending, at most {@code limit}. */
  List<TicketText> after(long afterId, int limit);

  long count();
}
