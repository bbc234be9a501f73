package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.core.Tables.IDEMPOTENCY_KEY;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.port.IdempotencyRepository;
import gov.hotline.core.ticket.IdempotencyKey;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * jOOQ implementation of {@link IdempotencyRepository} over core.idempotency_key, and the generic
 * operations the HTTP edge uses for the other creating POSTs (claim, complete with the response,
 * release).
 */
public final class JooqIdempotencyKeys implements IdempotencyRepository {
  private final DSLContext db;

  /** A stored key: what the request said and, once answered, the answer. */
  public record Stored(
      String requestHash, Long ticketId, Integer status, String contentType, String body) {}

  public JooqIdempotencyKeys(DSLContext db) {
    this.db = db;
  }

  public Optional<Stored> find(long userId, String key) {
    return db.selectFrom(IDEMPOTENCY_KEY)
        .where(IDEMPOTENCY_KEY.USER_ID.eq(userId), IDEMPOTENCY_KEY.KEY.eq(key))
        .fetchOptional()
        .map(
            r ->
                new Stored(
                    r.getRequestHash(),
                    r.getTicketId(),
                    r.getStatus(),
                    r.getContentType(),
                    r.getBody()));
  }

  /** Claims the key for a request about to run; false when someone holds it already. */
  public boolean claim(IdempotencyKey k, Instant at) {
    return db.insertInto(IDEMPOTENCY_KEY)
            .set(IDEMPOTENCY_KEY.USER_ID, k.userId())
            .set(IDEMPOTENCY_KEY.KEY, k.key())
            .set(IDEMPOTENCY_KEY.METHOD, k.method())
            .set(IDEMPOTENCY_KEY.PATH, k.path())
            .set(IDEMPOTENCY_KEY.REQUEST_HASH, k.requestHash())
            .set(IDEMPOTENCY_KEY.CREATED_AT, offset(at))
            .onConflictDoNothing()
            .execute()
        > 0;
  }

  /** Stores the answer given, for replays. */
  public void complete(long userId, String key, int status, String contentType, String body) {
    db.update(IDEMPOTENCY_KEY)
        .set(IDEMPOTENCY_KEY.STATUS, status)
        .set(IDEMPOTENCY_KEY.CONTENT_TYPE, contentType)
        .set(IDEMPOTENCY_KEY.BODY, body)
        .where(IDEMPOTENCY_KEY.USER_ID.eq(userId), IDEMPOTENCY_KEY.KEY.eq(key))
        .execute();
  }

  /** Frees a claim whose request failed, so that a corrected retry may use the key. */
  public void release(long userId, String key) {
    db.deleteFrom(IDEMPOTENCY_KEY)
        .where(
            IDEMPOTENCY_KEY.USER_ID.eq(userId),
            IDEMPOTENCY_KEY.KEY.eq(key),
            IDEMPOTENCY_KEY.STATUS.isNull(),
            IDEMPOTENCY_KEY.TICKET_ID.isNull())
        .execute();
  }

  @Override
  public Optional<TicketId> ticketOf(IdempotencyKey key) {
    return db.select(IDEMPOTENCY_KEY.TICKET_ID)
        .from(IDEMPOTENCY_KEY)
        .where(
            IDEMPOTENCY_KEY.USER_ID.eq(key.userId()),
            IDEMPOTENCY_KEY.KEY.eq(key.key()),
            IDEMPOTENCY_KEY.TICKET_ID.isNotNull())
        .fetchOptional()
        .map(r -> new TicketId(r.value1()));
  }

  @Override
  public void recordTicket(IdempotencyKey k, TicketId ticket, Instant at) {
    db.insertInto(IDEMPOTENCY_KEY)
        .set(IDEMPOTENCY_KEY.USER_ID, k.userId())
        .set(IDEMPOTENCY_KEY.KEY, k.key())
        .set(IDEMPOTENCY_KEY.METHOD, k.method())
        .set(IDEMPOTENCY_KEY.PATH, k.path())
        .set(IDEMPOTENCY_KEY.REQUEST_HASH, k.requestHash())
        .set(IDEMPOTENCY_KEY.TICKET_ID, ticket.value())
        .set(IDEMPOTENCY_KEY.CREATED_AT, offset(at))
        .execute();
  }
}
