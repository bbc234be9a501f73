package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.schema.core.Tables.TICKET;

import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.infra.db.schema.core.tables.records.TicketRecord;
import gov.hotline.telephony.domain.CallerNumbers;
import gov.hotline.telephony.domain.CallerTicket;
import gov.hotline.telephony.port.CallerHistory;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Tickets seen from telephony: those created from a call, a caller's earlier ones. Reads {@code
 * core.ticket}.
 */
public final class JooqCallerHistory implements CallerHistory {
  private final DSLContext db;

  public JooqCallerHistory(DSLContext db) {
    this.db = db;
  }

  @Override
  public List<CallerTicket> ticketsOfCall(String callId, String ticketNo) {
    var linked = TICKET.CALL_ID.eq(callId);
    return db.selectFrom(TICKET)
        .where(ticketNo == null ? linked : linked.or(TICKET.TICKET_NO.eq(ticketNo)))
        .orderBy(TICKET.CREATED_AT, TICKET.ID)
        .fetch(JooqCallerHistory::summary);
  }

  @Override
  public List<CallerTicket> ticketsOfCaller(String phone, int limit) {
    return db.selectFrom(TICKET)
        .where(TICKET.CALLER_PHONE.in(CallerNumbers.variants(phone)))
        .orderBy(TICKET.CREATED_AT.desc(), TICKET.ID.desc())
        .limit(limit)
        .fetch(JooqCallerHistory::summary);
  }

  /**
   * Numbers of the latest callers with tickets (the demo simulator lets some of them call again).
   */
  public List<String> recentCallerPhones(int limit) {
    return db.selectDistinct(TICKET.CALLER_PHONE)
        .from(TICKET)
        .where(TICKET.CHANNEL.eq("PHONE"))
        .orderBy(TICKET.CALLER_PHONE)
        .limit(limit)
        .fetch(TICKET.CALLER_PHONE);
  }

  private static CallerTicket summary(TicketRecord r) {
    String content = r.getContent();
    TicketStatus status = TicketStatus.valueOf(r.getStatus());
    return new CallerTicket(
        r.getId(),
        r.getTicketNo(),
        r.getStatus(),
        status.label(),
        r.getAppealType(),
        content.length() > 60 ? content.substring(0, 60) + "…" : content,
        r.getCallId(),
        r.getCreatedAt().toInstant(),
        status.open(),
        Boolean.TRUE.equals(r.getConfidential()));
  }
}
