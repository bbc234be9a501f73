package gov.hotline.core.port;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.ticket.IdempotencyKey;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys of ticket intake, written in the ticket's own transaction so a retry never
 * duplicates it.
 */
public interface IdempotencyRepository {
  /** The ticket an earlier request with this user's key created. */
  Optional<TicketId> ticketOf(IdempotencyKey key);

  /** Records that this key created this ticket (same transaction as the ticket). */
  void recordTicket(IdempotencyKey key, TicketId ticket, Instant at);
}
