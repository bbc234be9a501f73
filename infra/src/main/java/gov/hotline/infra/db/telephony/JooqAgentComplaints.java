package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.telephony.Tables.AGENT_COMPLAINT;
import static gov.hotline.infra.db.schema.telephony.Tables.CALL;

import gov.hotline.infra.db.schema.telephony.tables.records.AgentComplaintRecord;
import gov.hotline.telephony.domain.complaint.AgentComplaint;
import gov.hotline.telephony.domain.complaint.ComplaintStatus;
import gov.hotline.telephony.port.AgentComplaints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Complaints about agents in {@code telephony.agent_complaint}. */
final class JooqAgentComplaints implements AgentComplaints {
  private final DSLContext db;

  JooqAgentComplaints(DSLContext db) {
    this.db = db;
  }

  @Override
  public AgentComplaint insert(AgentComplaint c) {
    long id =
        db.insertInto(AGENT_COMPLAINT)
            .set(AGENT_COMPLAINT.CALL_ID, c.callId())
            .set(AGENT_COMPLAINT.AGENT_INTERFACE, c.agentInterface())
            .set(AGENT_COMPLAINT.AGENT_USERNAME, c.agentUsername())
            .set(AGENT_COMPLAINT.TICKET_REF, c.ticketRef())
            .set(AGENT_COMPLAINT.REASON, c.reason())
            .set(AGENT_COMPLAINT.FILED_BY, c.filedBy())
            .set(AGENT_COMPLAINT.FILED_AT, offset(c.filedAt()))
            .set(AGENT_COMPLAINT.STATUS, c.status().name())
            .returning(AGENT_COMPLAINT.ID)
            .fetchOne(AGENT_COMPLAINT.ID);
    return byId(id).orElseThrow();
  }

  @Override
  public Optional<AgentComplaint> byId(long id) {
    return db.selectFrom(AGENT_COMPLAINT)
        .where(AGENT_COMPLAINT.ID.eq(id))
        .fetchOptional(JooqAgentComplaints::complaint);
  }

  /** Only a pending complaint is reviewed; an upheld one marks its call changed for the rollup. */
  @Override
  public boolean review(AgentComplaint c) {
    int rows =
        db.update(AGENT_COMPLAINT)
            .set(AGENT_COMPLAINT.STATUS, c.status().name())
            .set(AGENT_COMPLAINT.REVIEWED_BY, c.reviewedBy())
            .set(AGENT_COMPLAINT.REVIEWED_AT, offset(c.reviewedAt()))
            .set(AGENT_COMPLAINT.REVIEW_COMMENT, c.reviewComment())
            .where(
                AGENT_COMPLAINT.ID.eq(c.id()),
                AGENT_COMPLAINT.STATUS.eq(ComplaintStatus.PENDING.name()))
            .execute();
    if (rows == 1 && c.status() == ComplaintStatus.UPHELD) {
      db.update(CALL)
          .set(CALL.UPDATED_AT, DSL.currentOffsetDateTime())
          .where(CALL.ID.eq(c.callId()))
          .execute();
    }
    return rows == 1;
  }

  @Override
  public List<AgentComplaint> search(
      ComplaintStatus status, String agentUsername, int page, int size) {
    return db.selectFrom(AGENT_COMPLAINT)
        .where(where(status, agentUsername))
        .orderBy(AGENT_COMPLAINT.FILED_AT.desc(), AGENT_COMPLAINT.ID.desc())
        .limit(size)
        .offset((long) (page - 1) * size)
        .fetch(JooqAgentComplaints::complaint);
  }

  @Override
  public long count(ComplaintStatus status, String agentUsername) {
    return db.fetchCount(AGENT_COMPLAINT, where(status, agentUsername));
  }

  @Override
  public List<AgentComplaint> ofCall(String callId) {
    return db.selectFrom(AGENT_COMPLAINT)
        .where(AGENT_COMPLAINT.CALL_ID.eq(callId))
        .orderBy(AGENT_COMPLAINT.FILED_AT, AGENT_COMPLAINT.ID)
        .fetch(JooqAgentComplaints::complaint);
  }

  private static Condition where(ComplaintStatus status, String agentUsername) {
    List<Condition> c = new ArrayList<>();
    if (status != null) {
      c.add(AGENT_COMPLAINT.STATUS.eq(status.name()));
    }
    if (agentUsername != null) {
      c.add(AGENT_COMPLAINT.AGENT_USERNAME.eq(agentUsername));
    }
    return DSL.and(c);
  }

  private static AgentComplaint complaint(AgentComplaintRecord r) {
    return new AgentComplaint(
        r.getId(),
        r.getCallId(),
        r.getAgentInterface(),
        r.getAgentUsername(),
        r.getTicketRef(),
        r.getReason(),
        r.getFiledBy(),
        instant(r.getFiledAt()),
        ComplaintStatus.valueOf(r.getStatus()),
        r.getReviewedBy(),
        r.getReviewedAt() == null ? null : instant(r.getReviewedAt()),
        r.getReviewComment());
  }
}
