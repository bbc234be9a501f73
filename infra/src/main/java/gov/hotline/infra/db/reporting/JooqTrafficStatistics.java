package gov.hotline.infra.db.reporting;

import static gov.hotline.infra.db.schema.reporting.Tables.ROLLUP_WATERMARK;
import static gov.hotline.infra.db.schema.reporting.Tables.TRAFFIC_AGENT_DAY;
import static gov.hotline.infra.db.schema.reporting.Tables.TRAFFIC_BRANCH_DAY;
import static gov.hotline.infra.db.schema.reporting.Tables.TRAFFIC_HOUR;
import static gov.hotline.infra.db.schema.reporting.Tables.TRAFFIC_SET_ASIDE_DAY;
import static gov.hotline.infra.db.schema.telephony.Tables.AGENT_COMPLAINT;
import static gov.hotline.infra.db.schema.telephony.Tables.CALL;
import static gov.hotline.infra.db.schema.telephony.Tables.CALL_SURVEY;
import static gov.hotline.infra.db.schema.telephony.Tables.SERVICE_HOURS_DECISION;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.infra.db.schema.telephony.tables.records.CallRecord;
import gov.hotline.reporting.domain.AgentComplaintRate;
import gov.hotline.reporting.domain.AgentDay;
import gov.hotline.reporting.domain.BranchDay;
import gov.hotline.reporting.domain.CallFact;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.SetAside;
import gov.hotline.reporting.domain.SetAsideDay;
import gov.hotline.reporting.domain.SurveyAnswer;
import gov.hotline.reporting.domain.TrafficRollup;
import gov.hotline.reporting.domain.TrafficSlice;
import gov.hotline.reporting.port.TrafficStatistics;
import gov.hotline.reporting.service.TrafficSlices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * Traffic rollups over {@code telephony.call}: hourly per queue ({@code reporting.traffic_hour}),
 * daily per answering agent ({@code reporting.traffic_agent_day}) and daily per set-aside class
 * ({@code reporting.traffic_set_aside_day}: calls no citizen offered) and daily per service-hours
 * branch ({@code reporting.traffic_branch_day}). Answered calls with a complaint reviewed as 成立
 * ({@code telephony.agent_complaint}) and their survey answers are counted with them. Calls change
 * after they are first stored (the fold completes them, reconciliation repairs them), so a fold
 * rebuilds every local day in which a call changed since the last fold — idempotent, and with an
 * overlap window that covers transactions committing late. Calls still in progress are not counted
 * yet. A day is read once (by the expression index on the counting time) and both grains are
 * written from it.
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

  /**
   * When a call counts: when it entered the queue, else when it started (CallFact#countedAt in
   * SQL).
   */
  private static Field<OffsetDateTime> countedAt() {
    return DSL.coalesce(CALL.ENTERED_QUEUE_AT, CALL.STARTED_AT);
  }

  /**
   * Every ended call: a citizen's call is counted in the slices, any other one (a callback, a spy
   * leg, an internal call …) only in its set-aside class.
   */
  private static Condition countable() {
    return CALL.OUTCOME.ne("IN_PROGRESS");
  }

  @Override
  public long catchUp() {
    return db.transactionResult(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          // waits for a fold in progress instead of skipping it: a report read right after a change
          // must count it
          tx.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.val(FOLD_LOCK)))
              .fetch();
          long since =
              tx.select(ROLLUP_WATERMARK.LAST_ID)
                  .from(ROLLUP_WATERMARK)
                  .where(ROLLUP_WATERMARK.NAME.eq(WATERMARK))
                  .forUpdate()
                  .fetchOne(ROLLUP_WATERMARK.LAST_ID);
          OffsetDateTime from =
              Instant.ofEpochMilli(Math.max(0, since - OVERLAP_MILLIS)).atOffset(ZoneOffset.UTC);
          OffsetDateTime newest =
              tx.select(DSL.max(CALL.UPDATED_AT))
                  .from(CALL)
                  .where(CALL.UPDATED_AT.gt(from))
                  .fetchOne(0, OffsetDateTime.class);
          if (newest == null) {
            return 0L;
          }
          Field<LocalDate> day =
              DSL.field(
                  "({0} AT TIME ZONE {1})::date",
                  LocalDate.class, countedAt(), DSL.inline(zone.getId()));
          List<LocalDate> days =
              tx.selectDistinct(day)
                  .from(CALL)
                  .where(CALL.UPDATED_AT.gt(from), countedAt().isNotNull())
                  .fetch(day);
          for (LocalDate d : days) {
            rebuild(tx, d);
          }
          tx.update(ROLLUP_WATERMARK)
              .set(ROLLUP_WATERMARK.LAST_ID, newest.toInstant().toEpochMilli())
              .where(ROLLUP_WATERMARK.NAME.eq(WATERMARK))
              .execute();
          return (long) days.size();
        });
  }

  private void rebuild(DSLContext tx, LocalDate day) {
    Instant start = day.atStartOfDay(zone).toInstant();
    TrafficRollup rollup = rollup(tx, start, day.plusDays(1).atStartOfDay(zone).toInstant());
    tx.deleteFrom(TRAFFIC_HOUR).where(TRAFFIC_HOUR.DAY.eq(day)).execute();
    tx.deleteFrom(TRAFFIC_AGENT_DAY).where(TRAFFIC_AGENT_DAY.DAY.eq(day)).execute();
    tx.deleteFrom(TRAFFIC_SET_ASIDE_DAY).where(TRAFFIC_SET_ASIDE_DAY.DAY.eq(day)).execute();
    tx.deleteFrom(TRAFFIC_BRANCH_DAY).where(TRAFFIC_BRANCH_DAY.DAY.eq(day)).execute();
    List<Query> inserts = new ArrayList<>();
    for (TrafficSlice s : rollup.hours()) {
      inserts.add(
          tx.insertInto(TRAFFIC_HOUR)
              .set(TrafficColumns.OF_HOUR.values(s.counters()))
              .set(TRAFFIC_HOUR.DAY, s.day())
              .set(TRAFFIC_HOUR.HOUR, (short) s.hour())
              .set(TRAFFIC_HOUR.QUEUE, Objects.requireNonNullElse(s.queue(), "")));
    }
    for (AgentDay a : rollup.agents()) {
      inserts.add(
          tx.insertInto(TRAFFIC_AGENT_DAY)
              .set(TrafficColumns.OF_AGENT_DAY.values(a.counters()))
              .set(TRAFFIC_AGENT_DAY.DAY, a.day())
              .set(TRAFFIC_AGENT_DAY.AGENT, a.agent()));
    }
    for (SetAsideDay d : rollup.setAside()) {
      inserts.add(
          tx.insertInto(
                  TRAFFIC_SET_ASIDE_DAY,
                  TRAFFIC_SET_ASIDE_DAY.DAY,
                  TRAFFIC_SET_ASIDE_DAY.KIND,
                  TRAFFIC_SET_ASIDE_DAY.CALLS)
              .values(d.day(), d.kind().name(), d.calls()));
    }
    for (BranchDay d : rollup.branches()) {
      inserts.add(
          tx.insertInto(
                  TRAFFIC_BRANCH_DAY,
                  TRAFFIC_BRANCH_DAY.DAY,
                  TRAFFIC_BRANCH_DAY.BRANCH,
                  TRAFFIC_BRANCH_DAY.CALLS)
              .values(d.day(), d.branch().name(), d.calls()));
    }
    tx.batch(inserts).execute();
  }

  /**
   * The rollup of the calls counted in [from, to), streamed through a cursor: a month does not fit
   * in memory.
   */
  private TrafficRollup rollup(DSLContext q, Instant from, Instant to) {
    TrafficSlices.Accumulator rollup = new TrafficSlices.Accumulator(zone);
    try (var calls =
        q.select(
                CALL.ID,
                CALL.QUEUE,
                CALL.AGENT_INTERFACE,
                CALL.ENTERED_QUEUE_AT,
                CALL.OUTCOME,
                CALL.WAIT_SECONDS,
                CALL.TALK_SECONDS,
                CALL.HOLD_SECONDS,
                CALL.WRAP_UP_SECONDS,
                CALL.AFTER_HOURS,
                CALL.STARTED_AT,
                CALL.DIRECTION,
                CALL_SURVEY.RESULT,
                COMPLAINED,
                SERVICE_HOURS_DECISION.BRANCH)
            .from(CALL)
            .leftJoin(CALL_SURVEY)
            .on(CALL_SURVEY.CALL_ID.eq(CALL.ID))
            .leftJoin(SERVICE_HOURS_DECISION)
            .on(SERVICE_HOURS_DECISION.CALL_ID.eq(CALL.ID))
            .where(
                countable(),
                countedAt().ge(from.atOffset(ZoneOffset.UTC)),
                countedAt().lt(to.atOffset(ZoneOffset.UTC)))
            .fetchSize(10_000)
            .fetchLazy()) {
      calls.forEach(
          r ->
              rollup.add(
                  fact(
                      r.into(CALL),
                      r.get(CALL_SURVEY.RESULT),
                      r.get(COMPLAINED),
                      r.get(SERVICE_HOURS_DECISION.BRANCH))));
    }
    return rollup.rollup();
  }

  /** Whether the call has a complaint about its agent reviewed as 成立 (UPHELD). */
  private static final Field<Boolean> COMPLAINED =
      DSL.field(
              DSL.exists(
                  DSL.selectOne()
                      .from(AGENT_COMPLAINT)
                      .where(
                          AGENT_COMPLAINT.CALL_ID.eq(CALL.ID),
                          AGENT_COMPLAINT.STATUS.eq("UPHELD"))))
          .as("complained");

  /** A stored call without survey answer, upheld complaint or service-hours decision. */
  static CallFact fact(CallRecord r, String survey) {
    return fact(r, survey, false, null);
  }

  /**
   * A stored call and its survey answer ({@code survey}, telephony's result code, may be null),
   * whether it has an upheld complaint, and its service-hours branch (telephony's code, may be
   * null) as reporting reads them; the mapping of telephony's outcome codes lives here, once.
   */
  static CallFact fact(CallRecord r, String survey, Boolean complained, String branch) {
    return new CallFact(
        r.getId(),
        r.getQueue(),
        r.getAgentInterface(),
        r.getEnteredQueueAt() == null ? null : r.getEnteredQueueAt().toInstant(),
        "ANSWERED".equals(r.getOutcome()),
        seconds(r.getWaitSeconds()),
        seconds(r.getTalkSeconds()),
        seconds(r.getHoldSeconds()),
        seconds(r.getWrapUpSeconds()),
        "AFTER_HOURS".equals(r.getOutcome()) || Boolean.TRUE.equals(r.getAfterHours()),
        r.getStartedAt() == null ? null : r.getStartedAt().toInstant(),
        setAside(r.getDirection()),
        survey == null ? null : SurveyAnswer.valueOf(survey),
        Boolean.TRUE.equals(complained),
        branch == null ? null : ServiceBranch.valueOf(branch));
  }

  /**
   * Telephony's direction as reporting's set-aside class: null for a citizen's inbound call; the
   * former code OUTBOUND (callbacks stored before the rename) is a callback; an unknown code is set
   * aside as a platform call rather than counted as 呼入.
   */
  static SetAside setAside(String direction) {
    if (direction == null || "INBOUND".equals(direction)) {
      return null;
    }
    return switch (direction) {
      case "CALLBACK", "OUTBOUND" -> SetAside.CALLBACK;
      case "SUPERVISION" -> SetAside.SUPERVISION;
      case "INTERNAL" -> SetAside.INTERNAL;
      default -> SetAside.PLATFORM;
    };
  }

  private static long seconds(Integer s) {
    return s == null ? 0 : s * 1000L;
  }

  @Override
  public TrafficRollup slices(Period period) {
    List<TrafficSlice> hours =
        db.selectFrom(TRAFFIC_HOUR)
            .where(TRAFFIC_HOUR.DAY.between(period.first(), period.last()))
            .fetch(
                r ->
                    new TrafficSlice(
                        r.getDay(),
                        r.getHour(),
                        r.getQueue().isEmpty() ? null : r.getQueue(),
                        TrafficColumns.OF_HOUR.read(r)));
    List<AgentDay> agents =
        db.selectFrom(TRAFFIC_AGENT_DAY)
            .where(TRAFFIC_AGENT_DAY.DAY.between(period.first(), period.last()))
            .fetch(
                r -> new AgentDay(r.getDay(), r.getAgent(), TrafficColumns.OF_AGENT_DAY.read(r)));
    List<SetAsideDay> setAside =
        db.selectFrom(TRAFFIC_SET_ASIDE_DAY)
            .where(TRAFFIC_SET_ASIDE_DAY.DAY.between(period.first(), period.last()))
            .fetch(r -> new SetAsideDay(r.getDay(), SetAside.valueOf(r.getKind()), r.getCalls()));
    List<BranchDay> branches =
        db.selectFrom(TRAFFIC_BRANCH_DAY)
            .where(TRAFFIC_BRANCH_DAY.DAY.between(period.first(), period.last()))
            .fetch(
                r -> new BranchDay(r.getDay(), ServiceBranch.valueOf(r.getBranch()), r.getCalls()));
    return new TrafficRollup(hours, agents, setAside, branches);
  }

  @Override
  public AgentComplaintRate agentComplaintRate(Period period) {
    var sums =
        db.select(DSL.sum(TRAFFIC_HOUR.ANSWERED), DSL.sum(TRAFFIC_HOUR.COMPLAINED))
            .from(TRAFFIC_HOUR)
            .where(TRAFFIC_HOUR.DAY.between(period.first(), period.last()))
            .fetchOne();
    return new AgentComplaintRate(
        sums == null || sums.value2() == null ? 0 : sums.value2().longValue(),
        sums == null || sums.value1() == null ? 0 : sums.value1().longValue());
  }

  @Override
  public TrafficRollup recompute(Period period) {
    // in a transaction, so that the driver fetches through a cursor instead of reading every row at
    // once
    return db.transactionResult(cfg -> rollup(DSL.using(cfg), period.start(), period.end()));
  }
}
