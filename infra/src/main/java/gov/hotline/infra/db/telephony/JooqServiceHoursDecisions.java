package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.telephony.Tables.CALL;
import static gov.hotline.infra.db.schema.telephony.Tables.SERVICE_HOURS_DECISION;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.telephony.domain.ServiceHoursDecision;
import gov.hotline.telephony.port.ServiceHoursDecisions;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Service-hours decisions in {@code telephony.service_hours_decision}; the primary key on the call
 * id keeps the first one.
 */
final class JooqServiceHoursDecisions implements ServiceHoursDecisions {
  private final DSLContext db;

  JooqServiceHoursDecisions(DSLContext db) {
    this.db = db;
  }

  /**
   * Stores the first decision and marks its call changed if it is stored already (usually it is not
   * yet: the dialplan asks before the call's events are folded), so that the traffic rollup folds
   * the call's day again and counts the branch.
   */
  @Override
  public boolean addIfAbsent(ServiceHoursDecision d) {
    boolean stored =
        db.insertInto(
                    SERVICE_HOURS_DECISION,
                    SERVICE_HOURS_DECISION.CALL_ID,
                    SERVICE_HOURS_DECISION.UNIQUEID,
                    SERVICE_HOURS_DECISION.LINE,
                    SERVICE_HOURS_DECISION.BRANCH,
                    SERVICE_HOURS_DECISION.DECIDED_AT)
                .values(d.callId(), d.uniqueid(), d.line(), d.branch().name(), offset(d.at()))
                .onConflict(SERVICE_HOURS_DECISION.CALL_ID)
                .doNothing()
                .execute()
            == 1;
    if (stored) {
      db.update(CALL)
          .set(CALL.UPDATED_AT, DSL.currentOffsetDateTime())
          .where(CALL.ID.eq(d.callId()))
          .execute();
    }
    return stored;
  }

  @Override
  public Optional<ServiceHoursDecision> byCallId(String callId) {
    return db.selectFrom(SERVICE_HOURS_DECISION)
        .where(SERVICE_HOURS_DECISION.CALL_ID.eq(callId))
        .fetchOptional(
            r ->
                new ServiceHoursDecision(
                    r.getCallId(),
                    r.getUniqueid(),
                    r.getLine(),
                    ServiceBranch.valueOf(r.getBranch()),
                    instant(r.getDecidedAt())));
  }
}
