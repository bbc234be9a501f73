package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.schema.telephony.Tables.INGEST_LEASE;

import gov.hotline.telephony.port.IngestLeases;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Ingestion leases in {@code telephony.ingest_lease}, timed by the database's {@code now()} (the
 * transaction's start) so that every instance reads one clock.
 */
final class JooqIngestLeases implements IngestLeases {
  private static final Field<OffsetDateTime> NOW = DSL.currentOffsetDateTime();

  private final DSLContext db;

  JooqIngestLeases(DSLContext db) {
    this.db = db;
  }

  private static Field<OffsetDateTime> nowPlus(Duration ttl) {
    return DSL.field(
        "now() + make_interval(secs => {0})",
        OffsetDateTime.class, DSL.val(ttl.toMillis() / 1000.0));
  }

  @Override
  public OptionalLong acquire(String serverId, String holder, Duration ttl) {
    return db.insertInto(INGEST_LEASE)
        .set(INGEST_LEASE.SERVER_ID, serverId)
        .set(INGEST_LEASE.HOLDER, holder)
        .set(INGEST_LEASE.TOKEN, 1L)
        .set(INGEST_LEASE.ACQUIRED_AT, NOW)
        .set(INGEST_LEASE.RENEWED_AT, NOW)
        .set(INGEST_LEASE.EXPIRES_AT, nowPlus(ttl))
        .onConflict(INGEST_LEASE.SERVER_ID)
        .doUpdate()
        .set(INGEST_LEASE.HOLDER, DSL.excluded(INGEST_LEASE.HOLDER))
        .set(INGEST_LEASE.TOKEN, INGEST_LEASE.TOKEN.plus(1))
        .set(INGEST_LEASE.ACQUIRED_AT, NOW)
        .set(INGEST_LEASE.RENEWED_AT, NOW)
        .set(INGEST_LEASE.EXPIRES_AT, DSL.excluded(INGEST_LEASE.EXPIRES_AT))
        .where(INGEST_LEASE.EXPIRES_AT.le(NOW))
        .returningResult(INGEST_LEASE.TOKEN)
        .fetchOptional()
        .map(r -> OptionalLong.of(r.value1()))
        .orElse(OptionalLong.empty());
  }

  @Override
  public boolean renew(String serverId, String holder, long token, Duration ttl) {
    return db.update(INGEST_LEASE)
            .set(INGEST_LEASE.RENEWED_AT, NOW)
            .set(INGEST_LEASE.EXPIRES_AT, nowPlus(ttl))
            .where(
                INGEST_LEASE.SERVER_ID.eq(serverId),
                INGEST_LEASE.HOLDER.eq(holder),
                INGEST_LEASE.TOKEN.eq(token))
            .execute()
        == 1;
  }

  @Override
  public void release(String serverId, String holder, long token) {
    db.update(INGEST_LEASE)
        .set(INGEST_LEASE.EXPIRES_AT, NOW)
        .where(
            INGEST_LEASE.SERVER_ID.eq(serverId),
            INGEST_LEASE.HOLDER.eq(holder),
            INGEST_LEASE.TOKEN.eq(token))
        .execute();
  }

  @Override
  public boolean holds(String serverId, long token) {
    return db.selectOne()
        .from(INGEST_LEASE)
        .where(
            INGEST_LEASE.SERVER_ID.eq(serverId),
            INGEST_LEASE.TOKEN.eq(token),
            INGEST_LEASE.EXPIRES_AT.gt(NOW))
        .forShare()
        .fetchOptional()
        .isPresent();
  }

  @Override
  public List<Lease> all() {
    return db.select(
            INGEST_LEASE.SERVER_ID,
            INGEST_LEASE.HOLDER,
            INGEST_LEASE.TOKEN,
            INGEST_LEASE.ACQUIRED_AT,
            INGEST_LEASE.EXPIRES_AT,
            DSL.field(INGEST_LEASE.EXPIRES_AT.gt(NOW)))
        .from(INGEST_LEASE)
        .orderBy(INGEST_LEASE.SERVER_ID)
        .fetch(
            r ->
                new Lease(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    instant(r.value4()),
                    instant(r.value5()),
                    Boolean.TRUE.equals(r.value6())));
  }
}
