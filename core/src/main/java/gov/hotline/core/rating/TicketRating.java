package gov.hotline.core.rating;

import gov.hotline.core.id.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * One rating (好差评) of a ticket as stored locally first: its level, where it came from, the
 * citizen's words, and whether it has been sent upstream ({@code syncedAt} null: not yet). The
 * upstream sync reads the unsynced ones and marks them; nothing here sends.
 */
public record TicketRating(
    long id,
    TicketId ticketId,
    Rating rating,
    RatingSource source,
    String comment,
    String callId,
    Instant ratedAt,
    Instant syncedAt) {
  public static final int COMMENT_MAX = 500;

  public TicketRating {
    Objects.requireNonNull(ticketId);
    Objects.requireNonNull(rating);
    Objects.requireNonNull(source);
    Objects.requireNonNull(ratedAt);
  }

  public boolean synced() {
    return syncedAt != null;
  }

  public TicketRating withId(long newId) {
    return new TicketRating(newId, ticketId, rating, source, comment, callId, ratedAt, syncedAt);
  }
}
