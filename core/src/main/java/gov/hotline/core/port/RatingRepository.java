package gov.hotline.core.port;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.rating.FollowUp;
import gov.hotline.core.rating.RatingSource;
import gov.hotline.core.rating.TicketRating;
import java.time.Instant;
import java.util.List;

/** The one local store of ratings (好差评) and the follow-ups (整改) that 差评 open. */
public interface RatingRepository {
  /** Stores a rating (not yet synced) and returns its id. */
  long insert(TicketRating rating);

  List<TicketRating> ofTicket(TicketId id);

  /** Whether the ticket already has a rating from this source. */
  boolean has(TicketId id, RatingSource source);

  /** Ratings not yet sent upstream, oldest first. */
  List<TicketRating> unsynced(int limit);

  /** Marks a rating as sent upstream. */
  void markSynced(long ratingId, Instant at);

  /** The tickets taken on a call (their {@code callId}), for the survey answered after it. */
  List<TicketId> ticketsOfCall(String callId);

  long openFollowUp(FollowUp followUp);

  List<FollowUp> followUpsOf(TicketId id);
}
