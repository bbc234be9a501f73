package gov.hotline.core.rating;

import gov.hotline.core.id.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * A follow-up (整改) a 差评 opened on a ticket: which rating, why, and by when the unit must have put
 * it right ({@code dueAt}, the ticket's handling time limit on the business calendar from the
 * moment of the rating).
 */
public record FollowUp(
    long id, TicketId ticketId, long ratingId, String reason, Instant openedAt, Instant dueAt) {
  public FollowUp {
    Objects.requireNonNull(ticketId);
    Objects.requireNonNull(openedAt);
    Objects.requireNonNull(dueAt);
  }

  public FollowUp withId(long newId) {
    return new FollowUp(newId, ticketId, ratingId, reason, openedAt, dueAt);
  }

  /** Overdue (超期) once {@code dueAt} has passed. */
  public boolean isOverdue(Instant now) {
    return now.isAfter(dueAt);
  }
}
