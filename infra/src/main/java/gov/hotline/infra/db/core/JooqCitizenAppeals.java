package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.core.Tables.CITIZEN_APPEAL;

import gov.hotline.core.citizen.CitizenAppeal;
import gov.hotline.core.citizen.TrackingNo;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.port.CitizenAppealRepository;
import gov.hotline.infra.db.schema.core.tables.records.CitizenAppealRecord;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Appeals citizens filed on the public page, in {@code core.citizen_appeal}. */
final class JooqCitizenAppeals implements CitizenAppealRepository {
  private final DSLContext db;

  JooqCitizenAppeals(DSLContext db) {
    this.db = db;
  }

  @Override
  public void lock(String key) {
    // a transaction-scoped advisory lock on the key's 64-bit hash: released at commit or rollback
    db.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 12345))", key)).fetch();
  }

  @Override
  public void insert(CitizenAppeal a) {
    db.insertInto(CITIZEN_APPEAL)
        .set(CITIZEN_APPEAL.TICKET_ID, a.ticketId().value())
        .set(CITIZEN_APPEAL.TRACKING_NO, a.trackingNo().value())
        .set(CITIZEN_APPEAL.DUPLICATE_KEY, a.duplicateKey())
        .set(CITIZEN_APPEAL.IDEMPOTENCY_KEY, a.idempotencyKey())
        .set(CITIZEN_APPEAL.CLIENT, a.client())
        .set(CITIZEN_APPEAL.FILED_AT, offset(a.filedAt()))
        .execute();
  }

  @Override
  public Optional<CitizenAppeal> byTrackingNo(TrackingNo no) {
    return db.selectFrom(CITIZEN_APPEAL)
        .where(CITIZEN_APPEAL.TRACKING_NO.eq(no.value()))
        .fetchOptional(JooqCitizenAppeals::toDomain);
  }

  @Override
  public Optional<CitizenAppeal> byIdempotencyKey(String key) {
    return db.selectFrom(CITIZEN_APPEAL)
        .where(CITIZEN_APPEAL.IDEMPOTENCY_KEY.eq(key))
        .fetchOptional(JooqCitizenAppeals::toDomain);
  }

  @Override
  public Optional<CitizenAppeal> recent(String duplicateKey, Instant since) {
    return db.selectFrom(CITIZEN_APPEAL)
        .where(CITIZEN_APPEAL.DUPLICATE_KEY.eq(duplicateKey))
        .and(CITIZEN_APPEAL.FILED_AT.ge(offset(since)))
        .orderBy(CITIZEN_APPEAL.FILED_AT.desc())
        .limit(1)
        .fetchOptional(JooqCitizenAppeals::toDomain);
  }

  private static CitizenAppeal toDomain(CitizenAppealRecord r) {
    return new CitizenAppeal(
        new TicketId(r.getTicketId()),
        new TrackingNo(r.getTrackingNo()),
        r.getDuplicateKey(),
        r.getIdempotencyKey(),
        r.getClient(),
        instant(r.getFiledAt()));
  }
}
