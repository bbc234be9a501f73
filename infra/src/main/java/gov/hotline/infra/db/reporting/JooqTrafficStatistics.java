package gov.hotline.infra.db.reporting;

import static gov.hotline.infra.db.schema.reporting.Tables.ROLLUP_WATERMARK;
import static gov.hotline.infra.db.schema.reporting.Tables.TRAFFIC_HOUR;
import static gov.hotline.infra.db.schema.telephony.Tables.CALL;

import gov.hotline.infra.db.schema.reporting.tables.records.TrafficHourRecord;
import gov.hotline.infra.db.schema.telephony.tables.records.CallRecord;
import gov.hotline.reporting.domain.CallFact;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.TrafficCounters;
import gov.hotline.reporting.domain.TrafficSlice;
import gov.hotline.reporting.domain.WaitHistogram;
import gov.hotline.reporting.port.TrafficStatistics;
import gov.hotline.reporting.service.TrafficSlices;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Hourly traffic rollups over {@code telephony.call}. Calls change after they are first stored (the fold completes
 * them, reconciliation repairs them), so a fold rebuilds every hour in which a call changed since the last fold —
 * idempotent, and with an overlap window that covers transactions committing late. Calls still in progress are not
 * counted yet.
 */
public final class JooqTrafficStatistics implements TrafficStatistics {
  private static final long FOLD_LOCK = 0x12345_0004L;
  private static final String WATERMARK = "traffic_hour";
  private static final long OVERLAP_MILLIS = 60_000;

  private final DSLContext db;
  private final ZoneId zone;

  public JooqTrafficStatistics(DSLContext db, ZoneId zone) {
    this.db = db;
    this.zone = zone;
  }

  /** When a call counts: when it entered the queue, else when it started (CallFact#countedAt in SQL). */
  private static Field<OffsetDateTime> countedAt() {
    return DSL.coalesce(CALL.ENTERED_QUEUE_AT, CALL.STARTED_AT);
  }

  private static Condition countable() {
    return CALL.DIRECTION.eq("INBOUND").and(CALL.OUTCOME.ne("IN_PROGRESS"));
  }

  @Override
  public long catchUp() {
    return db.transactionResult(cfg -> {
      DSLContext tx = DSL.using(cfg);
      Boolean mine = tx.select(DSL.field("pg_try_advisory_xact_lock({0})", Boolean.class, DSL.val(FOLD_LOCK)))
          .fetchOne(0, Boolean.class);
      if (!Boolean.TRUE.equals(mine)) {
        return 0L;
      }
      long since = tx.select(ROLLUP_WATERMARK.LAST_ID).from(ROLLUP_WATERMARK)
          .where(ROLLUP_WATERMARK.NAME.eq(WATERMARK)).forUpdate().fetchOne(ROLLUP_WATERMARK.LAST_ID);
      OffsetDateTime from = Instant.ofEpochMilli(Math.max(0, since - OVERLAP_MILLIS)).atOffset(ZoneOffset.UTC);
      OffsetDateTime newest = tx.select(DSL.max(CALL.UPDATED_AT)).from(CALL).where(CALL.UPDATED_AT.gt(from))
          .fetchOne(0, OffsetDateTime.class);
      if (newest == null) {
        return 0L;
      }
      Field<LocalDateTime> hour = DSL.field("date_trunc('hour', {0} AT TIME ZONE {1})", LocalDateTime.class,
          countedAt(), DSL.inline(zone.getId()));
      List<LocalDateTime> hours = tx.selectDistinct(hour).from(CALL)
          .where(CALL.UPDATED_AT.gt(from), countedAt().isNotNull()).fetch(hour);
      for (LocalDateTime h : hours) {
        rebuild(tx, h);
      }
      tx.update(ROLLUP_WATERMARK).set(ROLLUP_WATERMARK.LAST_ID, newest.toInstant().toEpochMilli())
          .where(ROLLUP_WATERMARK.NAME.eq(WATERMARK)).execute();
      return (long) hours.size();
    });
  }

  private void rebuild(DSLContext tx, LocalDateTime hour) {
    Instant start = hour.atZone(zone).toInstant();
    List<TrafficSlice> slices = TrafficSlices.of(facts(tx, start, start.plusSeconds(3600)), zone);
    tx.deleteFrom(TRAFFIC_HOUR)
        .where(TRAFFIC_HOUR.DAY.eq(hour.toLocalDate()), TRAFFIC_HOUR.HOUR.eq((short) hour.getHour())).execute();
    for (TrafficSlice s : slices) {
      TrafficCounters c = s.counters();
      tx.insertInto(TRAFFIC_HOUR)
          .set(TRAFFIC_HOUR.DAY, s.day()).set(TRAFFIC_HOUR.HOUR, (short) s.hour())
          .set(TRAFFIC_HOUR.QUEUE, Objects.requireNonNullElse(s.queue(), ""))
          .set(TRAFFIC_HOUR.AGENT, Objects.requireNonNullElse(s.agent(), ""))
          .set(TRAFFIC_HOUR.OFFERED, c.offered()).set(TRAFFIC_HOUR.ANSWERED, c.answered())
          .set(TRAFFIC_HOUR.AFTER_HOURS, c.afterHours())
          .set(TRAFFIC_HOUR.SUM_ANSWERED_WAIT_MS, c.sumAnsweredWaitMillis())
          .set(TRAFFIC_HOUR.SUM_TALK_MS, c.sumTalkMillis()).set(TRAFFIC_HOUR.SUM_HOLD_MS, c.sumHoldMillis())
          .set(TRAFFIC_HOUR.SUM_WRAP_UP_MS, c.sumWrapUpMillis()).set(TRAFFIC_HOUR.MAX_WAIT_MS, c.maxWaitMillis())
          .set(TRAFFIC_HOUR.ANSWERED_WAITS, boxed(c.answeredWaits().toArray()))
          .set(TRAFFIC_HOUR.ABANDONED_WAITS, boxed(c.abandonedWaits().toArray()))
          .execute();
    }
  }

  private static Long[] boxed(long[] v) {
    return Arrays.stream(v).boxed().toArray(Long[]::new);
  }

  private static long[] unboxed(Long[] v) {
    return Arrays.stream(v).mapToLong(Long::longValue).toArray();
  }

  private static List<CallFact> facts(DSLContext q, Instant from, Instant to) {
    return q.selectFrom(CALL)
        .where(countable(), countedAt().ge(from.atOffset(ZoneOffset.UTC)), countedAt().lt(to.atOffset(ZoneOffset.UTC)))
        .fetch(JooqTrafficStatistics::fact);
  }

  /** A stored call as reporting reads it; the mapping of telephony's outcome codes lives here, once. */
  static CallFact fact(CallRecord r) {
    return new CallFact(r.getId(), r.getQueue(), r.getAgentInterface(),
        r.getEnteredQueueAt() == null ? null : r.getEnteredQueueAt().toInstant(), "ANSWERED".equals(r.getOutcome()),
        seconds(r.getWaitSeconds()), seconds(r.getTalkSeconds()), seconds(r.getHoldSeconds()),
        seconds(r.getWrapUpSeconds()), "AFTER_HOURS".equals(r.getOutcome()) || Boolean.TRUE.equals(r.getAfterHours()),
        r.getStartedAt() == null ? null : r.getStartedAt().toInstant());
  }

  private static long seconds(Integer s) {
    return s == null ? 0 : s * 1000L;
  }

  @Override
  public List<TrafficSlice> slices(Period period) {
    return db.selectFrom(TRAFFIC_HOUR).where(TRAFFIC_HOUR.DAY.between(period.first(), period.last()))
        .fetch(JooqTrafficStatistics::slice);
  }

  private static TrafficSlice slice(TrafficHourRecord r) {
    TrafficCounters c = new TrafficCounters(r.getOffered(), r.getAnswered(), r.getAfterHours(),
        r.getSumAnsweredWaitMs(), r.getSumTalkMs(), r.getSumHoldMs(), r.getSumWrapUpMs(), r.getMaxWaitMs(),
        WaitHistogram.of(unboxed(r.getAnsweredWaits())), WaitHistogram.of(unboxed(r.getAbandonedWaits())));
    return new TrafficSlice(r.getDay(), r.getHour(), r.getQueue().isEmpty() ? null : r.getQueue(),
        r.getAgent().isEmpty() ? null : r.getAgent(), c);
  }

  @Override
  public List<TrafficSlice> recompute(Period period) {
    return TrafficSlices.of(facts(db, period.start(), period.end()), zone);
  }
}
