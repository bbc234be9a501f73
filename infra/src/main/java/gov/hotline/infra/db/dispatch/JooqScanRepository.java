package gov.hotline.infra.db.dispatch;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.schema.core.Tables.TICKET;
import static gov.hotline.infra.db.schema.core.Tables.TICKET_HISTORY;
import static gov.hotline.infra.db.schema.dispatch.Tables.DECISION;
import static gov.hotline.infra.db.schema.dispatch.Tables.SCAN_POSITION;
import static gov.hotline.infra.db.schema.dispatch.Tables.TICKET_PROFILE;

import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.dispatch.port.DispatchRecord;
import gov.hotline.dispatch.port.IntakeTicket;
import gov.hotline.dispatch.port.ScanRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** jOOQ implementation of {@link ScanRepository}: reads core's tickets and history in id order. */
final class JooqScanRepository implements ScanRepository {
  private static final List<String> CLOSED =
      List.of(
          TicketStatus.CLOSED.name(),
          TicketStatus.DIRECT_CLOSED.name(),
          TicketStatus.MERGED.name());
  private final DSLContext db;
  private final Clock clock;

  JooqScanRepository(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public long position(String job) {
    return db.select(SCAN_POSITION.POSITION)
        .from(SCAN_POSITION)
        .where(SCAN_POSITION.JOB.eq(job))
        .fetchOptional(SCAN_POSITION.POSITION)
        .orElse(0L);
  }

  @Override
  public void moveTo(String job, long position) {
    db.insertInto(SCAN_POSITION)
        .set(SCAN_POSITION.JOB, job)
        .set(SCAN_POSITION.POSITION, position)
        .onConflict(SCAN_POSITION.JOB)
        .doUpdate()
        .set(SCAN_POSITION.POSITION, position)
        .set(SCAN_POSITION.UPDATED_AT, OffsetDateTime.now(clock))
        .execute();
  }

  @Override
  public List<IntakeTicket> ticketsToProfile(long position, int limit) {
    return db.select(
            TICKET.ID,
            TICKET.TICKET_NO,
            TICKET.CREATED_AT,
            TICKET.CALLER_PHONE,
            TICKET.ADDRESS,
            TICKET.CONTENT,
            TICKET.CATEGORY_ID,
            TICKET.APPEAL_TYPE)
        .from(TICKET)
        .where(TICKET.ID.gt(position - LOOK_BACK))
        .andNotExists(
            DSL.selectOne().from(TICKET_PROFILE).where(TICKET_PROFILE.TICKET_ID.eq(TICKET.ID)))
        .orderBy(TICKET.ID)
        .limit(limit)
        .fetch(
            r ->
                new IntakeTicket(
                    r.value1(),
                    r.value2(),
                    instant(r.value3()),
                    r.value4(),
                    r.value5(),
                    r.value6(),
                    r.value7(),
                    AppealType.valueOf(r.value8())));
  }

  @Override
  public Set<Long> open(Collection<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        db.select(TICKET.ID)
            .from(TICKET)
            .where(TICKET.ID.in(ticketIds), TICKET.STATUS.notIn(CLOSED))
            .fetch(TICKET.ID));
  }

  @Override
  public List<DispatchRecord> dispatchesToRecord(long position, int limit) {
    Field<String> lead = DSL.field("{0}->>'leadUnitId'", String.class, TICKET_HISTORY.DETAILS);
    return db.select(
            TICKET_HISTORY.ID,
            TICKET_HISTORY.TICKET_ID,
            TICKET.TICKET_NO,
            TICKET_HISTORY.AT,
            TICKET_HISTORY.ACTOR_ID,
            lead,
            TICKET.CATEGORY_ID,
            TICKET.CONTENT,
            TICKET.ADDRESS,
            TICKET.APPEAL_TYPE)
        .from(TICKET_HISTORY)
        .join(TICKET)
        .on(TICKET.ID.eq(TICKET_HISTORY.TICKET_ID))
        .where(
            TICKET_HISTORY.ID.gt(position - LOOK_BACK),
            TICKET_HISTORY.ACTION.eq(TicketAction.DISPATCH.code()))
        .andNotExists(
            DSL.selectOne().from(DECISION).where(DECISION.HISTORY_ID.eq(TICKET_HISTORY.ID)))
        .orderBy(TICKET_HISTORY.ID)
        .limit(limit)
        .fetch(
            r ->
                new DispatchRecord(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    instant(r.value4()),
                    r.value5(),
                    newValue(r.value6()),
                    r.value7(),
                    r.value8(),
                    r.value9(),
                    AppealType.valueOf(r.value10())));
  }

  /** History details record a change as before→after. */
  private static String newValue(String change) {
    if (change == null) {
      return null;
    }
    int arrow = change.indexOf('→');
    return arrow < 0 ? change : change.substring(arrow + 1);
  }
}
