package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.core.Tables.TICKET;
import static gov.hotline.infra.db.schema.core.Tables.TICKET_FOLLOW_UP;
import static gov.hotline.infra.db.schema.core.Tables.TICKET_RATING;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.port.RatingRepository;
import gov.hotline.core.rating.FollowUp;
import gov.hotline.core.rating.Rating;
import gov.hotline.core.rating.RatingSource;
import gov.hotline.core.rating.TicketRating;
import gov.hotline.infra.db.schema.core.tables.records.TicketRatingRecord;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Ratings (好差评) in {@code core.ticket_rating} and follow-ups (整改) in {@code core.ticket_follow_up}.
 */
final class JooqRatings implements RatingRepository {
  private final DSLContext db;

  JooqRatings(DSLContext db) {
    this.db = db;
  }

  @Override
  public long insert(TicketRating r) {
    return db.insertInto(TICKET_RATING)
        .set(TICKET_RATING.TICKET_ID, r.ticketId().value())
        .set(TICKET_RATING.RATING, r.rating().name())
        .set(TICKET_RATING.SOURCE, r.source().name())
        .set(TICKET_RATING.COMMENT, r.comment())
        .set(TICKET_RATING.CALL_ID, r.callId())
        .set(TICKET_RATING.RATED_AT, offset(r.ratedAt()))
        .set(TICKET_RATING.SYNCED_AT, r.syncedAt() == null ? null : offset(r.syncedAt()))
        .returning(TICKET_RATING.ID)
        .fetchOne()
        .getId();
  }

  @Override
  public List<TicketRating> ofTicket(TicketId id) {
    return db.selectFrom(TICKET_RATING)
        .where(TICKET_RATING.TICKET_ID.eq(id.value()))
        .orderBy(TICKET_RATING.ID)
        .fetch(JooqRatings::toDomain);
  }

  @Override
  public boolean has(TicketId id, RatingSource source) {
    return db.fetchExists(
        TICKET_RATING,
        TICKET_RATING.TICKET_ID.eq(id.value()).and(TICKET_RATING.SOURCE.eq(source.name())));
  }

  @Override
  public List<TicketRating> unsynced(int limit) {
    return db.selectFrom(TICKET_RATING)
        .where(TICKET_RATING.SYNCED_AT.isNull())
        .orderBy(TICKET_RATING.ID)
        .limit(limit)
        .fetch(JooqRatings::toDomain);
  }

  @Override
  public void markSynced(long ratingId, Instant at) {
    db.update(TICKET_RATING)
        .set(TICKET_RATING.SYNCED_AT, offset(at))
        .where(TICKET_RATING.ID.eq(ratingId).and(TICKET_RATING.SYNCED_AT.isNull()))
        .execute();
  }

  @Override
  public List<TicketId> ticketsOfCall(String callId) {
    return db.select(TICKET.ID)
        .from(TICKET)
        .where(TICKET.CALL_ID.eq(callId))
        .orderBy(TICKET.ID)
        .fetch(r -> new TicketId(r.value1()));
  }

  @Override
  public long openFollowUp(FollowUp f) {
    return db.insertInto(TICKET_FOLLOW_UP)
        .set(TICKET_FOLLOW_UP.TICKET_ID, f.ticketId().value())
        .set(TICKET_FOLLOW_UP.RATING_ID, f.ratingId())
        .set(TICKET_FOLLOW_UP.REASON, f.reason())
        .set(TICKET_FOLLOW_UP.OPENED_AT, offset(f.openedAt()))
        .set(TICKET_FOLLOW_UP.DUE_AT, offset(f.dueAt()))
        .returning(TICKET_FOLLOW_UP.ID)
        .fetchOne()
        .getId();
  }

  @Override
  public List<FollowUp> followUpsOf(TicketId id) {
    return db.selectFrom(TICKET_FOLLOW_UP)
        .where(TICKET_FOLLOW_UP.TICKET_ID.eq(id.value()))
        .orderBy(TICKET_FOLLOW_UP.ID)
        .fetch(
            r ->
                new FollowUp(
                    r.getId(),
                    new TicketId(r.getTicketId()),
                    r.getRatingId(),
                    r.getReason(),
                    instant(r.getOpenedAt()),
                    instant(r.getDueAt())));
  }

  private static TicketRating toDomain(TicketRatingRecord r) {
    return new TicketRating(
        r.getId(),
        new TicketId(r.getTicketId()),
        Rating.valueOf(r.getRating()),
        RatingSource.valueOf(r.getSource()),
        r.getComment(),
        r.getCallId(),
        instant(r.getRatedAt()),
        r.getSyncedAt() == null ? null : instant(r.getSyncedAt()));
  }
}
