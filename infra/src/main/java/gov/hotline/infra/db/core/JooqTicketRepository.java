package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.core.Tables.TICKET;
import static gov.hotline.infra.db.schema.core.Tables.TICKET_HISTORY;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.port.TicketRepository;
import gov.hotline.core.ticket.HistoryEntry;
import gov.hotline.core.ticket.Page;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.core.ticket.TicketQuery;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.infra.db.schema.core.tables.records.TicketHistoryRecord;
import gov.hotline.infra.db.schema.core.tables.records.TicketRecord;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** jOOQ implementation of {@link TicketRepository}, bound to the current transaction. */
public final class JooqTicketRepository implements TicketRepository {
  private final DSLContext db;
  private final Clock clock;

  JooqTicketRepository(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public TicketId insert(Ticket ticket) {
    TicketRecord r = TicketRows.newRecord(ticket);
    r.setVersion(0L);
    return new TicketId(db.insertInto(TICKET).set(r).returning(TICKET.ID).fetchOne(TICKET.ID));
  }

  @Override
  public void update(Ticket t) {
    TicketRecord r = TicketRows.fill(TICKET.newRecord(), t);
    r.setVersion(t.version() + 1);
    r.setUpdatedAt(OffsetDateTime.now(clock));
    r.touched(TICKET.ID, false);
    int rows =
        db.update(TICKET)
            .set(r)
            .where(TICKET.ID.eq(t.id().value()), TICKET.VERSION.eq(t.version()))
            .execute();
    if (rows == 0) {
      throw DomainException.conflict("STALE_TICKET", "工单已被他人更新，请刷新（" + t.no() + "）");
    }
  }

  @Override
  public Optional<Ticket> find(TicketId id) {
    return db.selectFrom(TICKET)
        .where(TICKET.ID.eq(id.value()))
        .fetchOptional()
        .map(TicketRows::toDomain);
  }

  @Override
  public Optional<Ticket> findForUpdate(TicketId id) {
    return db.selectFrom(TICKET)
        .where(TICKET.ID.eq(id.value()))
        .forUpdate()
        .fetchOptional()
        .map(TicketRows::toDomain);
  }

  /**
   * Advisory lock every history writer holds shared until it commits; a reader that takes it
   * exclusively for an instant knows that every history id up to the current maximum is committed
   * (report rollups rely on it).
   */
  public static final long HISTORY_WRITERS_LOCK = 0x12345_0001L;

  @Override
  public void appendHistory(HistoryEntry e) {
    // one statement: take the writers' lock (shared) and insert, saving a round trip on every
    // ticket action
    Table<?> lock =
        DSL.select(
                DSL.field(
                        "pg_advisory_xact_lock_shared({0})",
                        Object.class, DSL.val(HISTORY_WRITERS_LOCK))
                    .as("locked"))
            .asTable("writers_lock");
    var h = TICKET_HISTORY;
    db.insertInto(
            h,
            h.TICKET_ID,
            h.AT,
            h.ACTOR_ID,
            h.ACTOR_NAME,
            h.ACTOR_ROLE,
            h.ACTOR_UNIT_ID,
            h.ACTION,
            h.FROM_STATUS,
            h.TO_STATUS,
            h.REASON,
            h.UNIT_ID,
            h.DETAILS)
        .select(
            DSL.select(
                    DSL.val(e.ticketId().value(), h.TICKET_ID),
                    DSL.val(offset(e.at()), h.AT),
                    DSL.val(e.actor().userId().value(), h.ACTOR_ID),
                    DSL.val(e.actor().username(), h.ACTOR_NAME),
                    DSL.val(e.actor().role().name(), h.ACTOR_ROLE),
                    DSL.val(e.actor().unitId().value(), h.ACTOR_UNIT_ID),
                    DSL.val(e.action().code(), h.ACTION),
                    DSL.val(e.fromStatus() == null ? null : e.fromStatus().name(), h.FROM_STATUS),
                    DSL.val(e.toStatus().name(), h.TO_STATUS),
                    DSL.val(e.reason(), h.REASON),
                    DSL.val(e.unitId() == null ? null : e.unitId().value(), h.UNIT_ID),
                    DSL.val(
                        JSONB.valueOf(
                            new JsonObject(new TreeMap<String, Object>(e.details())).encode()),
                        h.DETAILS))
                .from(lock))
        .execute();
  }

  @Override
  public List<HistoryEntry> history(TicketId id) {
    return db.selectFrom(TICKET_HISTORY)
        .where(TICKET_HISTORY.TICKET_ID.eq(id.value()))
        .orderBy(TICKET_HISTORY.ID)
        .fetch(JooqTicketRepository::toEntry);
  }

  private static HistoryEntry toEntry(TicketHistoryRecord r) {
    Actor actor =
        new Actor(
            new UserId(r.getActorId()),
            r.getActorName(),
            Role.valueOf(r.getActorRole()),
            UnitId.of(r.getActorUnitId()));
    Map<String, String> details = new TreeMap<>();
    new JsonObject(r.getDetails().data())
        .forEach(en -> details.put(en.getKey(), String.valueOf(en.getValue())));
    return new HistoryEntry(
        new TicketId(r.getTicketId()),
        instant(r.getAt()),
        actor,
        TicketAction.byCode(r.getAction()).orElseThrow(),
        r.getFromStatus() == null ? null : TicketStatus.valueOf(r.getFromStatus()),
        TicketStatus.valueOf(r.getToStatus()),
        r.getReason(),
        details,
        r.getUnitId() == null ? null : UnitId.of(r.getUnitId()));
  }

  @Override
  public Page<Ticket> search(TicketQuery q) {
    Condition where = TicketConditions.of(q);
    long total = db.fetchCount(TICKET, where);
    List<Ticket> items = new ArrayList<>();
    if (total > 0) {
      db.selectFrom(TICKET)
          .where(where)
          .orderBy(TICKET.CREATED_AT.desc(), TICKET.ID.desc())
          .limit(q.size())
          .offset((long) (q.page() - 1) * q.size())
          .fetch()
          .forEach(r -> items.add(TicketRows.toDomain(r)));
    }
    return new Page<>(items, total, q.page(), q.size());
  }
}
