package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.schema.core.Tables.TICKET;

import gov.hotline.kb.domain.TicketText;
import gov.hotline.kb.port.TicketTexts;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.SelectJoinStep;

/**
 * The kb context's read of ticket text for similar-ticket search, on the core ticket table (a
 * read-only query; the ticket context owns the table).
 */
public final class JooqTicketTexts implements TicketTexts {
  private final DSLContext db;

  public JooqTicketTexts(DSLContext db) {
    this.db = db;
  }

  @Override
  public Optional<TicketText> find(long ticketId) {
    return select().where(TICKET.ID.eq(ticketId)).fetchOptional().map(JooqTicketTexts::map);
  }

  @Override
  public List<TicketText> after(long afterId, int limit) {
    return select()
        .where(TICKET.ID.gt(afterId))
        .orderBy(TICKET.ID)
        .limit(limit)
        .fetch(JooqTicketTexts::map);
  }

  @Override
  public long count() {
    return db.fetchCount(TICKET);
  }

  private SelectJoinStep<Record6<Long, String, String, String, String, OffsetDateTime>> select() {
    return db.select(
            TICKET.ID,
            TICKET.TICKET_NO,
            TICKET.CATEGORY_ID,
            TICKET.ADDRESS,
            TICKET.CONTENT,
            TICKET.CREATED_AT)
        .from(TICKET);
  }

  private static TicketText map(Record6<Long, String, String, String, String, OffsetDateTime> r) {
    return new TicketText(
        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6().toInstant());
  }
}
