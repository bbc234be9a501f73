package gov.hotline.reporting.domain;

import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.TicketAction;
import java.time.LocalDate;
import java.util.Set;

/**
 * {@code count} equal entries of the ticket history as reporting reads them: the action, the local
 * day the ticket was created, the day of the entry, for a callback the day of the reply it answers
 * (null when there was none), the ticket's channel, appeal type and category, and a callback's
 * answers (satisfaction null otherwise).
 */
public record TicketFact(
    TicketAction action,
    LocalDate createdDay,
    LocalDate day,
    LocalDate replyDay,
    Channel channel,
    AppealType appealType,
    String categoryId,
    boolean resolved,
    String satisfaction,
    long count) {

  /** The history actions ticket statistics read; the others change no ticket counter. */
  public static final Set<TicketAction> COUNTED =
      Set.of(
          TicketAction.CREATE,
          TicketAction.DIRECT_CLOSE,
          TicketAction.REPLY,
          TicketAction.CALLBACK);
}
