package gov.hotline.infra.db.reporting;

import static gov.hotline.infra.db.schema.core.Tables.TICKET;
import static gov.hotline.infra.db.schema.core.Tables.TICKET_HISTORY;
import static gov.hotline.infra.db.schema.reporting.Tables.EXCLUDED_TICKET;
import static gov.hotline.infra.db.schema.reporting.Tables.UNIT_DAY;

import gov.hotline.core.id.UnitId;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.UnitCounters;
import gov.hotline.reporting.port.UnitStatistics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Daily unit rollups folded from {@code core.ticket_history} into {@code reporting.unit_day},
 * exactly once per entry ({@link HistoryFold}). The same fold keeps {@code
 * reporting.excluded_ticket}, the tickets whose 不纳入考核 is approved and not revoked: their history is
 * taken out of every period's counters when they are read, and out of the recomputation from raw
 * history by the same rule.
 */
public final class JooqUnitStatistics implements UnitStatistics {
  private static final long FOLD_LOCK = 0x12345_0002L;
  private static final String WATERMARK = "unit_day";

  /** The history detail of an approved exclusion. */
  private static final String APPROVAL = "REQUESTED→APPROVED";

  private final DSLContext db;
  private final ZoneId zone;

  public JooqUnitStatistics(DSLContext db, ZoneId zone) {
    this.db = db;
    this.zone = zone;
  }

  private Field<LocalDate> day() {
    return DSL.field(
        "({0} AT TIME ZONE {1})::date",
        LocalDate.class, TICKET_HISTORY.AT, DSL.inline(zone.getId()));
  }

  private static Condition detail(String key, String value) {
    return DSL.field("{0}->>{1}", String.class, TICKET_HISTORY.DETAILS, DSL.inline(key)).eq(value);
  }

  private static Field<Integer> count(String action, Condition extra) {
    return DSL.count().filterWhere(TICKET_HISTORY.ACTION.eq(action).and(extra));
  }

  /**
   * The counters in UnitCounters order, aggregated over history rows; the one place they are
   * defined in SQL.
   */
  private static List<Field<Integer>> counters() {
    Condition any = DSL.noCondition();
    return List.of(
        count("dispatch", any),
        count("sign", any),
        count("sign", detail("signedOnTime", "true")),
        count("reply", any),
        count("reply", detail("repliedOnTime", "true")),
        count("callback", any),
        count("callback", detail("resolved", "true")),
        count("callback", detail("satisfaction", "SATISFIED")),
        count("callback", detail("satisfaction", "BASICALLY_SATISFIED")),
        count("callback", detail("satisfaction", "DISSATISFIED")),
        count("approve-return", any),
        count("approve-extension", any));
  }

  @Override
  public long catchUp() {
    return HistoryFold.catchUp(
        db,
        WATERMARK,
        FOLD_LOCK,
        (tx, from, upTo) -> {
          Condition slice =
              TICKET_HISTORY
                  .ID
                  .gt(from)
                  .and(TICKET_HISTORY.ID.le(upTo))
                  .and(TICKET_HISTORY.UNIT_ID.isNotNull());
          var rows =
              tx.select(day(), TICKET_HISTORY.UNIT_ID)
                  .select(counters())
                  .from(TICKET_HISTORY)
                  .where(slice)
                  .groupBy(day(), TICKET_HISTORY.UNIT_ID)
                  .fetch();
          for (Record r : rows) {
            add(tx, r.get(0, LocalDate.class), r.get(1, String.class), toCounters(r, 2));
          }
          foldExclusions(tx, from, upTo);
        });
  }

  /** Approvals list a ticket, revocations take it off again, in history order. */
  private static void foldExclusions(DSLContext tx, long from, long upTo) {
    var decisions =
        tx.select(TICKET_HISTORY.TICKET_ID, TICKET_HISTORY.AT, exclusionChange())
            .from(TICKET_HISTORY)
            .where(TICKET_HISTORY.ID.gt(from), TICKET_HISTORY.ID.le(upTo), exclusionDecision())
            .orderBy(TICKET_HISTORY.ID)
            .fetch();
    for (var d : decisions) {
      if (APPROVAL.equals(d.value3())) {
        tx.insertInto(EXCLUDED_TICKET)
            .set(EXCLUDED_TICKET.TICKET_ID, d.value1())
            .set(EXCLUDED_TICKET.APPROVED_AT, d.value2())
            .onConflictDoNothing()
            .execute();
      } else {
        tx.deleteFrom(EXCLUDED_TICKET).where(EXCLUDED_TICKET.TICKET_ID.eq(d.value1())).execute();
      }
    }
  }

  private static Field<String> exclusionChange() {
    return DSL.field("{0}->>'exclusion'", String.class, TICKET_HISTORY.DETAILS);
  }

  /** History entries that decide whether a ticket is excluded: an approval, or a revocation. */
  private static Condition exclusionDecision() {
    return TICKET_HISTORY
        .ACTION
        .in("review-exclusion", "revoke-exclusion")
        .and(exclusionChange().in(APPROVAL, "APPROVED→REVOKED"));
  }

  /** Tickets excluded now, decided from the raw history alone (the recomputation's rule). */
  private static Select<Record1<Long>> excludedFromRawHistory() {
    var last =
        DSL.selectDistinct(TICKET_HISTORY.TICKET_ID, exclusionChange().as("change"))
            .on(TICKET_HISTORY.TICKET_ID)
            .from(TICKET_HISTORY)
            .where(exclusionDecision())
            .orderBy(TICKET_HISTORY.TICKET_ID, TICKET_HISTORY.ID.desc())
            .asTable("last_decision");
    return DSL.select(last.field(TICKET_HISTORY.TICKET_ID))
        .from(last)
        .where(last.field("change", String.class).eq(APPROVAL));
  }

  private static void add(DSLContext tx, LocalDate day, String unit, UnitCounters c) {
    new DayCounts()
        .key(UNIT_DAY.DAY, day)
        .key(UNIT_DAY.UNIT_ID, unit)
        .count(UNIT_DAY.DISPATCHED, c.dispatched())
        .count(UNIT_DAY.SIGNED, c.signed())
        .count(UNIT_DAY.SIGNED_ON_TIME, c.signedOnTime())
        .count(UNIT_DAY.REPLIED, c.replied())
        .count(UNIT_DAY.REPLIED_ON_TIME, c.repliedOnTime())
        .count(UNIT_DAY.CALLBACKS, c.callbacks())
        .count(UNIT_DAY.RESOLVED, c.resolved())
        .count(UNIT_DAY.SATISFIED, c.satisfied())
        .count(UNIT_DAY.BASICALLY_SATISFIED, c.basicallySatisfied())
        .count(UNIT_DAY.DISSATISFIED, c.dissatisfied())
        .count(UNIT_DAY.RETURNS, c.returns())
        .count(UNIT_DAY.EXTENSIONS, c.extensions())
        .addTo(tx, UNIT_DAY);
  }

  private static UnitCounters toCounters(Record r, int offset) {
    long[] v = new long[12];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.get(offset + i, Long.class);
    }
    return new UnitCounters(
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], 0);
  }

  @Override
  public Map<UnitId, UnitCounters> counters(Period period) {
    Map<UnitId, UnitCounters> out = new HashMap<>();
    db.select(
            UNIT_DAY.UNIT_ID,
            DSL.sum(UNIT_DAY.DISPATCHED),
            DSL.sum(UNIT_DAY.SIGNED),
            DSL.sum(UNIT_DAY.SIGNED_ON_TIME),
            DSL.sum(UNIT_DAY.REPLIED),
            DSL.sum(UNIT_DAY.REPLIED_ON_TIME),
            DSL.sum(UNIT_DAY.CALLBACKS),
            DSL.sum(UNIT_DAY.RESOLVED),
            DSL.sum(UNIT_DAY.SATISFIED),
            DSL.sum(UNIT_DAY.BASICALLY_SATISFIED),
            DSL.sum(UNIT_DAY.DISSATISFIED),
            DSL.sum(UNIT_DAY.RETURNS),
            DSL.sum(UNIT_DAY.EXTENSIONS))
        .from(UNIT_DAY)
        .where(UNIT_DAY.DAY.between(period.first(), period.last()))
        .groupBy(UNIT_DAY.UNIT_ID)
        .fetch()
        .forEach(r -> out.put(UnitId.of(r.value1()), toCounters(r, 1)));
    // the history of excluded tickets in the period leaves the sums (few tickets; read through the
    // ticket index)
    db.select(TICKET_HISTORY.UNIT_ID)
        .select(counters())
        .from(TICKET_HISTORY)
        .where(
            TICKET_HISTORY.TICKET_ID.in(
                DSL.select(EXCLUDED_TICKET.TICKET_ID).from(EXCLUDED_TICKET)),
            TICKET_HISTORY.UNIT_ID.isNotNull(),
            inPeriod(period))
        .groupBy(TICKET_HISTORY.UNIT_ID)
        .fetch()
        .forEach(
            r ->
                out.computeIfPresent(
                    UnitId.of(r.get(0, String.class)), (id, c) -> c.minus(toCounters(r, 1))));
    return out;
  }

  private static Condition inPeriod(Period period) {
    return TICKET_HISTORY
        .AT
        .ge(period.start().atOffset(ZoneOffset.UTC))
        .and(TICKET_HISTORY.AT.lt(period.end().atOffset(ZoneOffset.UTC)));
  }

  @Override
  public Map<UnitId, UnitCounters> recompute(Period period) {
    Map<UnitId, UnitCounters> out = new HashMap<>();
    db.select(TICKET_HISTORY.UNIT_ID)
        .select(counters())
        .from(TICKET_HISTORY)
        .where(
            TICKET_HISTORY.UNIT_ID.isNotNull(),
            inPeriod(period),
            TICKET_HISTORY.TICKET_ID.notIn(excludedFromRawHistory()))
        .groupBy(TICKET_HISTORY.UNIT_ID)
        .fetch()
        .forEach(r -> out.put(UnitId.of(r.get(0, String.class)), toCounters(r, 1)));
    return out;
  }

  @Override
  public Map<UnitId, Long> overdueNow(Instant now) {
    Map<UnitId, Long> out = new HashMap<>();
    db.select(TICKET.LEAD_UNIT_ID, DSL.count())
        .from(TICKET)
        .where(TICKET.DUE_AT.lt(now.atOffset(ZoneOffset.UTC)), TICKET.LEAD_UNIT_ID.isNotNull())
        .groupBy(TICKET.LEAD_UNIT_ID)
        .fetch()
        .forEach(r -> out.put(UnitId.of(r.value1()), r.value2().longValue()));
    return out;
  }
}
