package gov.hotline.core.rating;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.notice.OneTimeNotice;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.user.Actor;
import java.util.List;
import java.util.Optional;

/**
 * What the citizen's side left on a ticket, for anyone who may see the ticket: its ratings (好差评,
 * every source, with the synced flag), the follow-ups (整改) that 差评 opened, and the one-time notice
 * (一次性告知) of a direct close.
 */
public final class Aftercare {
  private final Transactions tx;
  private final TicketService tickets;

  public Aftercare(Transactions tx, TicketService tickets) {
    this.tx = tx;
    this.tickets = tickets;
  }

  /** One ticket's ratings, follow-ups and notice. */
  public record Of(
      List<TicketRating> ratings, List<FollowUp> followUps, Optional<OneTimeNotice> notice) {}

  public Of of(TicketId id, Actor actor) {
    tickets.get(id, actor); // the ticket's own access rule, refusals included
    return tx.inTransaction(
        r -> new Of(r.ratings().ofTicket(id), r.ratings().followUpsOf(id), r.notices().of(id)));
  }
}
