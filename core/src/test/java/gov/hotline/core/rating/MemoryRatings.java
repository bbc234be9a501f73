package gov.hotline.core.rating;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.port.RatingRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Ratings and follow-ups in memory, for service tests. */
public final class MemoryRatings implements RatingRepository {
  private final List<TicketRating> ratings = new ArrayList<>();
  private final List<FollowUp> followUps = new ArrayList<>();
  private final Function<String, List<TicketId>> ticketsOfCall;

  /** {@code ticketsOfCall}: the tickets taken on a call, as the ticket store knows them. */
  public MemoryRatings(Function<String, List<TicketId>> ticketsOfCall) {
    this.ticketsOfCall = ticketsOfCall;
  }

  @Override
  public long insert(TicketRating rating) {
    long id = ratings.size() + 1L;
    ratings.add(rating.withId(id));
    return id;
  }

  @Override
  public List<TicketRating> ofTicket(TicketId id) {
    return ratings.stream().filter(r -> r.ticketId().equals(id)).toList();
  }

  @Override
  public boolean has(TicketId id, RatingSource source) {
    return ofTicket(id).stream().anyMatch(r -> r.source() == source);
  }

  @Override
  public List<TicketRating> unsynced(int limit) {
    return ratings.stream().filter(r -> !r.synced()).limit(limit).toList();
  }

  @Override
  public void markSynced(long ratingId, Instant at) {
    ratings.replaceAll(
        r ->
            r.id() == ratingId
                ? new TicketRating(
                    r.id(),
                    r.ticketId(),
                    r.rating(),
                    r.source(),
                    r.comment(),
                    r.callId(),
                    r.ratedAt(),
                    at)
                : r);
  }

  @Override
  public List<TicketId> ticketsOfCall(String callId) {
    return ticketsOfCall.apply(callId);
  }

  @Override
  public long openFollowUp(FollowUp followUp) {
    long id = followUps.size() + 1L;
    followUps.add(followUp.withId(id));
    return id;
  }

  @Override
  public List<FollowUp> followUpsOf(TicketId id) {
    return followUps.stream().filter(f -> f.ticketId().equals(id)).toList();
  }
}
