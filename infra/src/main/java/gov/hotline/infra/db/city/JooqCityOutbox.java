package gov.hotline.infra.db.city;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.city.Tables.CITY_CASE;
import static gov.hotline.infra.db.schema.city.Tables.OUTBOX;
import static gov.hotline.infra.db.schema.city.Tables.REJECTED_INTAKE;

import gov.hotline.core.city.CityReconciliation;
import gov.hotline.infra.db.schema.city.tables.Outbox;
import gov.hotline.infra.db.schema.city.tables.records.OutboxRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The relay's and the operators' side of schema {@code city}: the outbox messages due for sending
 * (the oldest unsent one of each case only, so that a case's updates go out in order), marking them
 * sent or failed, the dead letters and their resend, the rejected intakes, and the district's side
 * of a reconciliation. Each call is its own short transaction.
 */
public final class JooqCityOutbox {
  /** Outbox states. */
  public static final String PENDING = "PENDING";

  public static final String SENT = "SENT";
  public static final String DEAD = "DEAD";

  /** The status the city shows for a case the district has not reported on yet. */
  public static final String ASSIGNED = "ASSIGNED";

  private final DSLContext db;

  public JooqCityOutbox(DSLContext db) {
    this.db = db;
  }

  /** One outbox message. */
  public record Message(
      long id,
      String caseNo,
      String ticketNo,
      String kind,
      long sequence,
      String idempotencyKey,
      String payload,
      String state,
      int attempts,
      Instant createdAt,
      Instant nextAttemptAt,
      String lastError,
      Instant sentAt) {}

  /** A refused intake. */
  public record Rejected(
      long id, String caseNo, String reasonCode, String reason, String payload, Instant at) {}

  /** A dead letter and how many later updates of its case wait behind it. */
  public record DeadLetter(Message message, int waitingBehind) {}

  /** The head of each case's unsent messages, when it is pending and due at {@code now}. */
  public List<Message> due(Instant now, int limit) {
    Table<Record> heads =
        db.selectDistinct(OUTBOX.fields())
            .on(OUTBOX.CASE_NO)
            .from(OUTBOX)
            .where(OUTBOX.STATE.ne(SENT))
            .orderBy(OUTBOX.CASE_NO, OUTBOX.ID)
            .asTable("head");
    return db.selectFrom(heads)
        .where(
            heads.field(OUTBOX.STATE).eq(PENDING),
            heads.field(OUTBOX.NEXT_ATTEMPT_AT).le(offset(now)))
        .orderBy(heads.field(OUTBOX.ID))
        .limit(limit)
        .fetch(r -> message(r.into(OUTBOX)));
  }

  /** The city took the message (or had it already: same idempotency key). */
  public void markSent(long id, Instant at) {
    db.update(OUTBOX)
        .set(OUTBOX.STATE, SENT)
        .set(OUTBOX.SENT_AT, offset(at))
        .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(1))
        .set(OUTBOX.LAST_ERROR, (String) null)
        .where(OUTBOX.ID.eq(id), OUTBOX.STATE.eq(PENDING))
        .execute();
  }

  /** An attempt failed: try again at {@code next}, or give up (dead letter) when {@code dead}. */
  public void markFailed(long id, String error, Instant next, boolean dead) {
    db.update(OUTBOX)
        .set(OUTBOX.STATE, dead ? DEAD : PENDING)
        .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(1))
        .set(OUTBOX.LAST_ERROR, error)
        .set(OUTBOX.NEXT_ATTEMPT_AT, offset(next))
        .where(OUTBOX.ID.eq(id), OUTBOX.STATE.eq(PENDING))
        .execute();
  }

  /** A dead letter goes back to the queue at once, with its attempts counted afresh. */
  public boolean resend(long id, Instant now) {
    return db.update(OUTBOX)
            .set(OUTBOX.STATE, PENDING)
            .set(OUTBOX.ATTEMPTS, 0)
            .set(OUTBOX.NEXT_ATTEMPT_AT, offset(now))
            .where(OUTBOX.ID.eq(id), OUTBOX.STATE.eq(DEAD))
            .execute()
        == 1;
  }

  public List<DeadLetter> deadLetters(int limit) {
    Outbox later = OUTBOX.as("later");
    Field<Integer> behind =
        DSL.field(
            DSL.selectCount()
                .from(later)
                .where(
                    later.CASE_NO.eq(OUTBOX.CASE_NO),
                    later.ID.gt(OUTBOX.ID),
                    later.STATE.eq(PENDING)));
    return db.select(OUTBOX.asterisk(), behind)
        .from(OUTBOX)
        .where(OUTBOX.STATE.eq(DEAD))
        .orderBy(OUTBOX.ID)
        .limit(limit)
        .fetch(r -> new DeadLetter(message(r.into(OUTBOX)), r.get(behind)));
  }

  /** The messages of one case, oldest first (or of all cases when {@code caseNo} is null). */
  public List<Message> messages(String caseNo, int limit) {
    return db.selectFrom(OUTBOX)
        .where(caseNo == null ? DSL.noCondition() : OUTBOX.CASE_NO.eq(caseNo))
        .orderBy(OUTBOX.ID)
        .limit(limit)
        .fetch(JooqCityOutbox::message);
  }

  public List<Rejected> rejected(int limit) {
    return db.selectFrom(REJECTED_INTAKE)
        .orderBy(REJECTED_INTAKE.ID.desc())
        .limit(limit)
        .fetch(
            r ->
                new Rejected(
                    r.getId(),
                    r.getCaseNo(),
                    r.getReasonCode(),
                    r.getReason(),
                    r.getPayload(),
                    instant(r.getReceivedAt())));
  }

  /**
   * The district's city cases for a reconciliation: the status the city should show (the kind of
   * the last update generated, {@link #ASSIGNED} before any), the deadline, and whether updates are
   * still unsent.
   */
  public List<CityReconciliation.Ours> ours() {
    // per case: the kind of its last update, and whether any is unsent (one pass over the index)
    Map<String, String> lastKind = new HashMap<>();
    db.selectDistinct(OUTBOX.CASE_NO, OUTBOX.KIND)
        .on(OUTBOX.CASE_NO)
        .from(OUTBOX)
        .orderBy(OUTBOX.CASE_NO, OUTBOX.ID.desc())
        .forEach(r -> lastKind.put(r.value1(), r.value2()));
    Set<String> pending =
        new HashSet<>(
            db.selectDistinct(OUTBOX.CASE_NO)
                .from(OUTBOX)
                .where(OUTBOX.STATE.ne(SENT))
                .fetch(OUTBOX.CASE_NO));
    return db.selectFrom(CITY_CASE)
        .where(CITY_CASE.TICKET_ID.isNotNull())
        .orderBy(CITY_CASE.CASE_NO)
        .fetch(
            r ->
                new CityReconciliation.Ours(
                    r.getCaseNo(),
                    r.getTicketNo(),
                    lastKind.getOrDefault(r.getCaseNo(), ASSIGNED),
                    instant(r.getDeadline()),
                    pending.contains(r.getCaseNo())));
  }

  private static Message message(OutboxRecord r) {
    return new Message(
        r.getId(),
        r.getCaseNo(),
        r.getTicketNo(),
        r.getKind(),
        r.getSequence(),
        r.getIdempotencyKey(),
        r.getPayload(),
        r.getState(),
        r.getAttempts(),
        instant(r.getCreatedAt()),
        instant(r.getNextAttemptAt()),
        r.getLastError(),
        instant(r.getSentAt()));
  }
}
