package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.telephony.Tables.CALL;

import gov.hotline.infra.db.schema.telephony.tables.records.CallRecord;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallQuery;
import gov.hotline.telephony.port.CallRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.impl.DSL;

/** Calls in {@code telephony.call}; the fold's result replaces the row as a whole. */
final class JooqCallRepository implements CallRepository {
  private static final int ROWS_PER_STATEMENT = 500;
  private final DSLContext db;

  JooqCallRepository(DSLContext db) {
    this.db = db;
  }

  @Override
  public List<Call> find(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return db.selectFrom(CALL).where(CALL.ID.in(ids)).fetch(CallRows::toDomain);
  }

  @Override
  public Optional<Call> byId(String id) {
    return db.selectFrom(CALL).where(CALL.ID.eq(id)).fetchOptional().map(CallRows::toDomain);
  }

  @Override
  public List<Call> open(String serverId) {
    return db.selectFrom(CALL)
        .where(CALL.SERVER_ID.eq(serverId), CALL.ENDED_AT.isNull())
        .fetch(CallRows::toDomain);
  }

  @Override
  public void upsert(Collection<Call> calls) {
    List<CallRecord> records = calls.stream().map(CallRows::toRecord).toList();
    Map<Field<?>, Object> onConflict = new HashMap<>();
    for (Field<?> f : CALL.fields()) {
      if (!f.equals(CALL.ID)) {
        onConflict.put(f, DSL.excluded(f));
      }
    }
    onConflict.put(CALL.UPDATED_AT, DSL.currentOffsetDateTime());
    for (int from = 0; from < records.size(); from += ROWS_PER_STATEMENT) {
      List<CallRecord> chunk =
          records.subList(from, Math.min(records.size(), from + ROWS_PER_STATEMENT));
      InsertSetMoreStep<CallRecord> insert = db.insertInto(CALL).set(chunk.getFirst());
      for (int i = 1; i < chunk.size(); i++) {
        insert = insert.newRecord().set(chunk.get(i));
      }
      insert.onConflict(CALL.ID).doUpdate().set(onConflict).execute();
    }
  }

  @Override
  public List<Call> search(CallQuery q) {
    return db.selectFrom(CALL)
        .where(conditions(q))
        .orderBy(CALL.STARTED_AT.desc().nullsLast(), CALL.ID.desc())
        .limit(q.size())
        .offset(q.offset())
        .fetch(CallRows::toDomain);
  }

  @Override
  public long count(CallQuery q) {
    return db.selectCount().from(CALL).where(conditions(q)).fetchOne(0, Long.class);
  }

  @Override
  public List<Call> byTicketRef(String ticketNo) {
    if (ticketNo == null) {
      return List.of();
    }
    return db.selectFrom(CALL)
        .where(CALL.TICKET_REF.eq(ticketNo))
        .orderBy(CALL.STARTED_AT)
        .fetch(CallRows::toDomain);
  }

  @Override
  public Map<String, String> memberInterfaces() {
    Map<String, String> out = new HashMap<>();
    db.selectDistinct(CALL.AGENT_NAME, CALL.AGENT_INTERFACE)
        .from(CALL)
        .where(CALL.AGENT_NAME.isNotNull(), CALL.AGENT_INTERFACE.isNotNull())
        .forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  @Override
  public List<Call> byQueueUniqueid(Collection<String> uniqueids) {
    if (uniqueids.isEmpty()) {
      return List.of();
    }
    return db.selectFrom(CALL).where(CALL.QUEUE_UNIQUEID.in(uniqueids)).fetch(CallRows::toDomain);
  }

  private static List<Condition> conditions(CallQuery q) {
    List<Condition> c = new ArrayList<>();
    if (q.from() != null) {
      c.add(CALL.STARTED_AT.ge(offset(q.from())));
    }
    if (q.to() != null) {
      c.add(CALL.STARTED_AT.lt(offset(q.to())));
    }
    if (q.queue() != null) {
      c.add(CALL.QUEUE.eq(q.queue()));
    }
    if (q.agentInterface() != null) {
      c.add(CALL.AGENT_INTERFACE.eq(q.agentInterface()));
    }
    if (q.outcome() != null) {
      c.add(CALL.OUTCOME.eq(q.outcome().name()));
    }
    if (q.callerNumber() != null) {
      c.add(CALL.CALLER_NUMBER.eq(q.callerNumber()));
    }
    return c;
  }
}
