package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.schema.core.Tables.TICKET;

import gov.hotline.infra.db.schema.core.tables.records.TicketRecord;
import gov.hotline.telephony.port.CallerHistory;
import java.util.List;
import org.jooq.DSLContext;

/** Tickets seen from telephony: those created from a call, a caller's earlier ones. Reads {@code core.ticket}. */
public final class JooqCallerHistory implements CallerHistory {
  private final DSLContext db;

  public JooqCallerHistory(DSLContext db) {
    this.db = db;
  }

  @Override
  public List<TicketSummary> ticketsOfCall(String callId) {
    return db.selectFrom(TICKET).where(TICKET.CALL_ID.eq(callId)).orderBy(TICKET.CREATED_AT, TICKET.ID)
        .fetch(JooqCallerHistory::summary);
  }

  @Override
  public List<TicketSummary> ticketsOfCaller(String phone, int limit) {
    return db.selectFrom(TICKET).where(TICKET.CALLER_PHONE.eq(phone))
        .orderBy(TICKET.CREATED_AT.desc(), TICKET.ID.desc()).limit(limit)
        .fetch(JooqCallerHistory::summary);
  }

  private static TicketSummary summary(TicketRecord r) {
    String content = r.getContent();
    return new TicketSummary(r.getId(), r.getTicketNo(), r.getStatus(), r.getAppealType(),
        content.length() > 60 ? content.substring(0, 60) + "…" : content, r.getCallId(),
        r.getCreatedAt().toInstant());
  }
}
