package gov.hotline.infra.db.dispatch;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.core.Tables.TICKET;
import static gov.hotline.infra.db.schema.dispatch.Tables.ALERT;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.dispatch.domain.Alert;
import gov.hotline.dispatch.domain.AlertKind;
import gov.hotline.dispatch.domain.DueTicket;
import gov.hotline.dispatch.port.EscalationRepository;
import gov.hotline.infra.db.schema.dispatch.Keys;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * jOOQ implementation of {@link EscalationRepository}: one INSERT … SELECT per kind of warning over
 * the open tickets ({@code due_at} is {@code Ticket.currentDueAt()}, null for tickets without a
 * running deadline), so a sweep costs a few statements however many tickets are open.
 */
final class JooqEscalationRepository implements EscalationRepository {
  /** Statuses in which a unit holds the ticket and can be urged (催办). */
  private static final List<String> WITH_UNIT =
      List.of(
          TicketStatus.DISPATCHED.name(),
          TicketStatus.SIGNED.name(),
          TicketStatus.RETURN_REQUESTED.name(),
          TicketStatus.ARBITRATION.name(),
          TicketStatus.EXTENSION_REQUESTED.name(),
          TicketStatus.SUB_HANDLING.name(),
          TicketStatus.SUB_REPLIED.name());

  private static final List<String> FINISHED =
      List.of(
          TicketStatus.CLOSED.name(),
          TicketStatus.DIRECT_CLOSED.name(),
          TicketStatus.MERGED.name(),
          TicketStatus.CALLBACK_DONE.name());

  private final DSLContext db;

  JooqEscalationRepository(DSLContext db) {
    this.db = db;
  }

  /** When the clock of the current deadline started, as Ticket.currentClockStart() has it. */
  private static Field<OffsetDateTime> clockStart() {
    return DSL.when(TICKET.STATUS.eq(TicketStatus.DISPATCHED.name()), TICKET.DISPATCHED_AT)
        .when(TICKET.STATUS.eq(TicketStatus.REPLIED.name()), TICKET.REPLIED_AT)
        .otherwise(TICKET.HANDLING_STARTED_AT);
  }

  private static Condition overdue(Instant now) {
    return TICKET.DUE_AT.le(offset(now));
  }

  private static Condition nearDue(Instant now, double share, Instant nearDueBy) {
    Condition byShare =
        DSL.condition(
            "{0} >= {1} + ({2} - {1}) * {3}",
            DSL.val(offset(now)), clockStart(), TICKET.DUE_AT, DSL.val(share));
    Condition rule = nearDueBy == null ? byShare : byShare.or(TICKET.DUE_AT.le(offset(nearDueBy)));
    return TICKET.DUE_AT.gt(offset(now)).and(rule);
  }

  private static Condition supervisionOverdue(Instant now) {
    return TICKET
        .SUPERVISED
        .isTrue()
        .and(TICKET.SUPERVISION_DUE_AT.le(offset(now)))
        .and(TICKET.STATUS.notIn(FINISHED));
  }

  @Override
  public Map<AlertKind, Integer> raiseAlerts(Instant now, double share, Instant nearDueBy) {
    Map<AlertKind, Integer> raised = new EnumMap<>(AlertKind.class);
    raised.put(AlertKind.OVERDUE, raise(AlertKind.OVERDUE, TICKET.DUE_AT, overdue(now), now));
    raised.put(
        AlertKind.NEAR_DUE,
        raise(AlertKind.NEAR_DUE, TICKET.DUE_AT, nearDue(now, share, nearDueBy), now));
    raised.put(
        AlertKind.SUPERVISION_OVERDUE,
        raise(
            AlertKind.SUPERVISION_OVERDUE,
            TICKET.SUPERVISION_DUE_AT,
            supervisionOverdue(now),
            now));
    return raised;
  }

  private int raise(AlertKind kind, Field<OffsetDateTime> due, Condition which, Instant now) {
    var already =
        DSL.selectOne()
            .from(ALERT)
            .where(ALERT.TICKET_ID.eq(TICKET.ID), ALERT.KIND.eq(kind.name()), ALERT.DUE_AT.eq(due));
    return db.insertInto(
            ALERT, ALERT.TICKET_ID, ALERT.KIND, ALERT.DUE_AT, ALERT.UNIT_ID, ALERT.RAISED_AT)
        .select(
            DSL.select(
                    TICKET.ID, DSL.val(kind.name()), due, TICKET.LEAD_UNIT_ID, DSL.val(offset(now)))
                .from(TICKET)
                .where(due.isNotNull())
                .and(which)
                .andNotExists(already))
        .onConflictOnConstraint(Keys.ALERT_ONCE)
        .doNothing()
        .execute();
  }

  @Override
  public void skipAlertsWithoutUnit() {
    db.update(ALERT)
        .set(ALERT.URGED, true)
        .from(TICKET)
        .where(ALERT.TICKET_ID.eq(TICKET.ID), ALERT.URGED.isFalse(), TICKET.STATUS.notIn(WITH_UNIT))
        .execute();
  }

  @Override
  public List<Alert> alertsToUrge(int limit) {
    return db.selectFrom(ALERT)
        .where(ALERT.URGED.isFalse())
        .orderBy(ALERT.ID)
        .limit(limit)
        .fetch(
            r ->
                new Alert(
                    r.getId(),
                    r.getTicketId(),
                    AlertKind.valueOf(r.getKind()),
                    instant(r.getDueAt()),
                    r.getUnitId() == null ? null : UnitId.of(r.getUnitId()),
                    instant(r.getRaisedAt()),
                    r.getUrged()));
  }

  @Override
  public void markUrged(long alertId) {
    db.update(ALERT).set(ALERT.URGED, true).where(ALERT.ID.eq(alertId)).execute();
  }

  private static Condition inUnits(Set<UnitId> units) {
    return units == null
        ? DSL.trueCondition()
        : TICKET.LEAD_UNIT_ID.in(units.stream().map(UnitId::value).toList());
  }

  @Override
  public List<DueTicket> dueTickets(
      Instant now, double share, Instant nearDueBy, Set<UnitId> units, AlertKind kind, int limit) {
    List<DueTicket> out = new ArrayList<>();
    if (kind == null || kind == AlertKind.OVERDUE || kind == AlertKind.NEAR_DUE) {
      Condition which =
          kind == AlertKind.OVERDUE
              ? overdue(now)
              : kind == AlertKind.NEAR_DUE
                  ? nearDue(now, share, nearDueBy)
                  : overdue(now).or(nearDue(now, share, nearDueBy));
      out.addAll(
          fetchDue(
              TICKET.DUE_AT,
              TICKET.DUE_AT.isNotNull().and(which).and(inUnits(units)),
              now,
              limit,
              false));
    }
    if (kind == null || kind == AlertKind.SUPERVISION_OVERDUE) {
      out.addAll(
          fetchDue(
              TICKET.SUPERVISION_DUE_AT,
              supervisionOverdue(now).and(inUnits(units)),
              now,
              limit,
              true));
    }
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  private List<DueTicket> fetchDue(
      Field<OffsetDateTime> due, Condition where, Instant now, int limit, boolean supervision) {
    return db.select(
            TICKET.ID,
            TICKET.TICKET_NO,
            TICKET.STATUS,
            due,
            TICKET.LEAD_UNIT_ID,
            TICKET.URGE_COUNT,
            TICKET.SUPERVISED)
        .from(TICKET)
        .where(where)
        .orderBy(due, TICKET.ID)
        .limit(limit)
        .fetch(
            r -> {
              Instant dueAt = instant(r.value4());
              AlertKind k =
                  supervision
                      ? AlertKind.SUPERVISION_OVERDUE
                      : dueAt.isAfter(now) ? AlertKind.NEAR_DUE : AlertKind.OVERDUE;
              return new DueTicket(
                  r.value1(),
                  r.value2(),
                  TicketStatus.valueOf(r.value3()),
                  k,
                  dueAt,
                  r.value5() == null ? null : UnitId.of(r.value5()),
                  r.value6(),
                  r.value7());
            });
  }

  @Override
  public Map<UnitId, Map<AlertKind, Integer>> dueCounts(
      Instant now, double share, Instant nearDueBy, Set<UnitId> units) {
    Map<UnitId, Map<AlertKind, Integer>> out = new LinkedHashMap<>();
    db.select(
            TICKET.LEAD_UNIT_ID,
            DSL.count().filterWhere(overdue(now)),
            DSL.count().filterWhere(nearDue(now, share, nearDueBy)))
        .from(TICKET)
        .where(
            TICKET.DUE_AT.isNotNull(),
            overdue(now).or(nearDue(now, share, nearDueBy)),
            inUnits(units))
        .groupBy(TICKET.LEAD_UNIT_ID)
        .orderBy(DSL.count().desc())
        .forEach(
            r -> {
              Map<AlertKind, Integer> m = new EnumMap<>(AlertKind.class);
              m.put(AlertKind.OVERDUE, r.value2());
              m.put(AlertKind.NEAR_DUE, r.value3());
              out.put(r.value1() == null ? null : UnitId.of(r.value1()), m);
            });
    db.select(TICKET.LEAD_UNIT_ID, DSL.count())
        .from(TICKET)
        .where(supervisionOverdue(now), inUnits(units))
        .groupBy(TICKET.LEAD_UNIT_ID)
        .forEach(
            r ->
                out.computeIfAbsent(
                        r.value1() == null ? null : UnitId.of(r.value1()),
                        k -> new EnumMap<>(AlertKind.class))
                    .put(AlertKind.SUPERVISION_OVERDUE, r.value2()));
    return out;
  }
}
