package gov.hotline.infra.db.city;

import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.city.Tables.CITY_CASE;
import static gov.hotline.infra.db.schema.city.Tables.OUTBOX;
import static gov.hotline.infra.db.schema.city.Tables.REJECTED_INTAKE;
import static gov.hotline.infra.db.schema.city.Tables.VERDICT;

import gov.hotline.core.city.CityCase;
import gov.hotline.core.city.CityUpdate;
import gov.hotline.core.city.CityVerdict;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.port.CityRepository;
import gov.hotline.infra.city.CityMessages;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * jOOQ implementation of {@link CityRepository} in schema {@code city}, bound to the transaction of
 * the ticket change: the claim of a case number (primary key, {@code ON CONFLICT DO NOTHING}, so a
 * concurrent delivery waits for this transaction and then finds the number taken), the outbox rows
 * and the verdicts.
 */
public final class JooqCityRepository implements CityRepository {
  private final DSLContext db;

  public JooqCityRepository(DSLContext db) {
    this.db = db;
  }

  @Override
  public boolean claim(String caseNo, Instant at) {
    return db.insertInto(CITY_CASE)
            .set(CITY_CASE.CASE_NO, caseNo)
            .set(CITY_CASE.RECEIVED_AT, offset(at))
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  @Override
  public Optional<TicketId> ticketOf(String caseNo) {
    return db.select(CITY_CASE.TICKET_ID)
        .from(CITY_CASE)
        .where(CITY_CASE.CASE_NO.eq(caseNo), CITY_CASE.TICKET_ID.isNotNull())
        .fetchOptional(CITY_CASE.TICKET_ID)
        .map(TicketId::new);
  }

  @Override
  public void link(CityCase c, TicketId ticket, String ticketNo) {
    db.update(CITY_CASE)
        .set(CITY_CASE.TICKET_ID, ticket.value())
        .set(CITY_CASE.TICKET_NO, ticketNo)
        .set(CITY_CASE.DEADLINE, offset(c.deadline()))
        .set(CITY_CASE.DISPATCHED_AT, offset(c.dispatchedAt()))
        .where(CITY_CASE.CASE_NO.eq(c.caseNo()))
        .execute();
  }

  @Override
  public void rejected(
      String caseNo, String reasonCode, String reason, String payload, Instant at) {
    db.insertInto(REJECTED_INTAKE)
        .set(REJECTED_INTAKE.CASE_NO, caseNo)
        .set(REJECTED_INTAKE.REASON_CODE, reasonCode)
        .set(REJECTED_INTAKE.REASON, reason)
        .set(REJECTED_INTAKE.PAYLOAD, payload == null ? "" : payload)
        .set(REJECTED_INTAKE.RECEIVED_AT, offset(at))
        .execute();
  }

  @Override
  public void enqueue(CityUpdate u) {
    db.insertInto(OUTBOX)
        .set(OUTBOX.CASE_NO, u.caseNo())
        .set(OUTBOX.TICKET_ID, u.ticketId())
        .set(OUTBOX.TICKET_NO, u.ticketNo())
        .set(OUTBOX.KIND, u.kind().name())
        .set(OUTBOX.STATUS_AFTER, u.status())
        .set(OUTBOX.SEQUENCE, u.sequence())
        .set(OUTBOX.IDEMPOTENCY_KEY, u.idempotencyKey())
        .set(OUTBOX.PAYLOAD, CityMessages.update(u).encode())
        .set(OUTBOX.CREATED_AT, offset(u.at()))
        .set(OUTBOX.NEXT_ATTEMPT_AT, offset(u.at()))
        .execute();
  }

  @Override
  public boolean recordVerdict(CityVerdict v, String outcome, Instant receivedAt) {
    return db.insertInto(VERDICT)
            .set(VERDICT.VERDICT_ID, v.verdictId())
            .set(VERDICT.CASE_NO, v.caseNo())
            .set(VERDICT.UPDATE_KEY, v.updateKey())
            .set(VERDICT.ACCEPTED, v.accepted())
            .set(VERDICT.REASON, v.reason())
            .set(VERDICT.DECIDED_AT, offset(v.at()))
            .set(VERDICT.RECEIVED_AT, offset(receivedAt))
            .set(VERDICT.OUTCOME, outcome)
            .onConflictDoNothing()
            .execute()
        == 1;
  }
}
