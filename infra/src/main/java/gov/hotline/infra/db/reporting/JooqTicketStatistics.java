package gov.hotline.infra.db.reporting;

import static gov.hotline.infra.db.schema.core.Tables.TICKET;
import static gov.hotline.infra.db.schema.core.Tables.TICKET_HISTORY;
import static gov.hotline.infra.db.schema.reporting.Tables.TICKET_DAY;

import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.infra.db.schema.core.tables.TicketHistory;
import gov.hotline.infra.db.schema.reporting.tables.records.TicketDayRecord;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.TicketCounters;
import gov.hotline.reporting.domain.TicketFact;
import gov.hotline.reporting.domain.TicketSlice;
import gov.hotline.reporting.port.TicketStatistics;
import gov.hotline.reporting.service.TicketSlices;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Daily ticket rollups ({@code reporting.ticket_day}) folded from {@code core.ticket_history},
 * exactly once per entry ({@link HistoryFold}). The history is read as {@link TicketFact}s — each
 * entry with its ticket's channel, appeal type, category and creation day, and for a callback the
 * day of the reply it answers — and put into daily slices by reporting's {@link TicketSlices}, the
 * same way the recomputation does. A ticket's channel, appeal type, category and creation time
 * never change, so joining the ticket when folding gives what a later recomputation sees.
 */
public final class JooqTicketStatistics implements TicketStatistics {
  private static final long FOLD_LOCK = 0x12345_0005L;
  private static final String WATERMARK = "ticket_day";

  private final DSLContext db;
  private final ZoneId zone;

  public JooqTicketStatistics(DSLContext db, ZoneId zone) {
    this.db = db;
    this.zone = zone;
  }

  private Field<LocalDate> localDay(Field<OffsetDateTime> t) {
    return DSL.field("({0} AT TIME ZONE {1})::date", LocalDate.class, t, DSL.inline(zone.getId()));
  }

  private static Field<String> detail(String key) {
    return DSL.field("{0}->>{1}", String.class, TICKET_HISTORY.DETAILS, DSL.inline(key));
  }

  /**
   * History entries matching {@code where}, grouped into facts; the one place the history is read
   * as facts.
   */
  private List<TicketFact> facts(DSLContext q, Condition where) {
    TicketHistory reply = TICKET_HISTORY.as("answered_reply");
    // a callback answers the latest reply before it (callbacks are only allowed on a replied
    // ticket)
    Field<OffsetDateTime> replyAt =
        DSL.when(
            TICKET_HISTORY.ACTION.eq(TicketAction.CALLBACK.code()),
            DSL.field(
                DSL.select(DSL.max(reply.AT))
                    .from(reply)
                    .where(
                        reply.TICKET_ID.eq(TICKET_HISTORY.TICKET_ID),
                        reply.ACTION.eq(TicketAction.REPLY.code()),
                        reply.ID.lt(TICKET_HISTORY.ID))));
    var rows =
        DSL.select(
                TICKET_HISTORY.ACTION.as("action"),
                localDay(TICKET.CREATED_AT).as("created_day"),
                localDay(TICKET_HISTORY.AT).as("day"),
                localDay(replyAt).as("reply_day"),
                TICKET.CHANNEL.as("channel"),
                TICKET.APPEAL_TYPE.as("appeal_type"),
                TICKET.CATEGORY_ID.as("category_id"),
                detail("resolved").as("resolved"),
                detail("satisfaction").as("satisfaction"))
            .from(TICKET_HISTORY)
            .join(TICKET)
            .on(TICKET.ID.eq(TICKET_HISTORY.TICKET_ID))
            .where(
                TICKET_HISTORY.ACTION.in(
                    TicketFact.COUNTED.stream().map(TicketAction::code).toList()),
                where)
            .asTable("h");
    List<Field<?>> keys =
        List.of(
            rows.field("action"),
            rows.field("created_day"),
            rows.field("day"),
            rows.field("reply_day"),
            rows.field("channel"),
            rows.field("appeal_type"),
            rows.field("category_id"),
            rows.field("resolved"),
            rows.field("satisfaction"));
    return q.select(keys)
        .select(DSL.count())
        .from(rows)
        .groupBy(keys)
        .fetch(
            r ->
                new TicketFact(
                    TicketAction.byCode(r.get(0, String.class)).orElseThrow(),
                    r.get(1, LocalDate.class),
                    r.get(2, LocalDate.class),
                    r.get(3, LocalDate.class),
                    Channel.valueOf(r.get(4, String.class)),
                    AppealType.valueOf(r.get(5, String.class)),
                    r.get(6, String.class),
                    "true".equals(r.get(7, String.class)),
                    r.get(8, String.class),
                    r.get(9, Long.class)));
  }

  @Override
  public long catchUp() {
    return HistoryFold.catchUp(
        db,
        WATERMARK,
        FOLD_LOCK,
        (tx, from, upTo) -> {
          for (TicketSlice s :
              TicketSlices.of(
                  facts(tx, TICKET_HISTORY.ID.gt(from).and(TICKET_HISTORY.ID.le(upTo))))) {
            add(tx, s);
          }
        });
  }

  private static void add(DSLContext tx, TicketSlice s) {
    TicketCounters c = s.counters();
    var t = TICKET_DAY;
    new DayCounts()
        .key(t.DAY, s.day())
        .key(t.CHANNEL, s.channel().name())
        .key(t.APPEAL_TYPE, s.appealType().name())
        .key(t.CATEGORY_ID, s.categoryId())
        .count(t.CREATED, c.created())
        .count(t.DIRECT_CLOSED, c.directClosed())
        .count(t.REPLIED, c.replied())
        .count(t.CALLED_BACK, c.calledBack())
        .count(t.CALLBACKS, c.callbacks())
        .count(t.RESOLVED, c.resolved())
        .count(t.SATISFIED, c.satisfied())
        .count(t.BASICALLY_SATISFIED, c.basicallySatisfied())
        .count(t.DISSATISFIED, c.dissatisfied())
        .addTo(tx, t);
  }

  @Override
  public List<TicketSlice> slices(Period period) {
    return db.selectFrom(TICKET_DAY)
        .where(TICKET_DAY.DAY.between(period.first(), period.last()))
        .fetch(JooqTicketStatistics::slice);
  }

  @Override
  public List<TicketSlice> summed(Period period) {
    return db.select(
            TICKET_DAY.CHANNEL,
            TICKET_DAY.APPEAL_TYPE,
            TICKET_DAY.CATEGORY_ID,
            DSL.sum(TICKET_DAY.CREATED),
            DSL.sum(TICKET_DAY.DIRECT_CLOSED),
            DSL.sum(TICKET_DAY.REPLIED),
            DSL.sum(TICKET_DAY.CALLED_BACK),
            DSL.sum(TICKET_DAY.CALLBACKS),
            DSL.sum(TICKET_DAY.RESOLVED),
            DSL.sum(TICKET_DAY.SATISFIED),
            DSL.sum(TICKET_DAY.BASICALLY_SATISFIED),
            DSL.sum(TICKET_DAY.DISSATISFIED))
        .from(TICKET_DAY)
        .where(TICKET_DAY.DAY.between(period.first(), period.last()))
        .groupBy(TICKET_DAY.CHANNEL, TICKET_DAY.APPEAL_TYPE, TICKET_DAY.CATEGORY_ID)
        .fetch(
            r ->
                new TicketSlice(
                    period.first(),
                    Channel.valueOf(r.value1()),
                    AppealType.valueOf(r.value2()),
                    r.value3(),
                    new TicketCounters(
                        r.value4().longValue(),
                        r.value5().longValue(),
                        r.value6().longValue(),
                        r.value7().longValue(),
                        r.value8().longValue(),
                        r.value9().longValue(),
                        r.value10().longValue(),
                        r.value11().longValue(),
                        r.value12().longValue())));
  }

  private static TicketSlice slice(TicketDayRecord r) {
    return new TicketSlice(
        r.getDay(),
        Channel.valueOf(r.getChannel()),
        AppealType.valueOf(r.getAppealType()),
        r.getCategoryId(),
        new TicketCounters(
            r.getCreated(),
            r.getDirectClosed(),
            r.getReplied(),
            r.getCalledBack(),
            r.getCallbacks(),
            r.getResolved(),
            r.getSatisfied(),
            r.getBasicallySatisfied(),
            r.getDissatisfied()));
  }

  /**
   * Every counter lands on a day no later than its entry (creation ≤ direct close, reply ≤
   * callback), so the entries from the period's start on are all that can touch its days.
   */
  @Override
  public List<TicketSlice> recompute(Period period) {
    return TicketSlices.of(facts(db, TICKET_HISTORY.AT.ge(period.start().atOffset(ZoneOffset.UTC))))
        .stream()
        .filter(s -> !s.day().isBefore(period.first()) && !s.day().isAfter(period.last()))
        .toList();
  }
}
