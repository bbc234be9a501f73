package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.core.Tables.TICKET;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.TicketNo;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.ticket.Appeal;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Assignment;
import gov.hotline.core.ticket.Caller;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.Deadlines;
import gov.hotline.core.ticket.ExclusionStatus;
import gov.hotline.core.ticket.Flags;
import gov.hotline.core.ticket.Progress;
import gov.hotline.core.ticket.Satisfaction;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.ticket.Urgency;
import gov.hotline.infra.db.schema.core.tables.records.TicketRecord;
import java.util.Arrays;

/** Explicit mapping between the ticket row and the domain record, both ways. */
final class TicketRows {
  private TicketRows() {}

  static Ticket toDomain(TicketRecord r) {
    return new Ticket(
        new TicketId(r.getId()),
        new TicketNo(r.getTicketNo()),
        TicketStatus.valueOf(r.getStatus()),
        new Caller(r.getCallerName(), r.getCallerPhone(), r.getConfidential()),
        new Appeal(
            Channel.valueOf(r.getChannel()),
            AppealType.valueOf(r.getAppealType()),
            CategoryId.of(r.getCategoryId()),
            Urgency.valueOf(r.getUrgency()),
            r.getAddress(),
            r.getContent(),
            r.getCallId(),
            r.getCityCaseNo()),
        new Assignment(
            r.getLeadUnitId() == null ? null : UnitId.of(r.getLeadUnitId()),
            Arrays.stream(r.getAssistUnitIds()).map(UnitId::of).toList(),
            r.getSubUnitId() == null ? null : UnitId.of(r.getSubUnitId()),
            r.getSubReply()),
        new Deadlines(
            instant(r.getSignDueAt()),
            instant(r.getHandleDueAt()),
            instant(r.getCallbackDueAt()),
            instant(r.getSupervisionDueAt())),
        new Progress(
            instant(r.getFirstDispatchedAt()),
            instant(r.getDispatchedAt()),
            instant(r.getSignedAt()),
            instant(r.getRepliedAt()),
            r.getReply(),
            instant(r.getCallbackAt()),
            r.getResolved(),
            r.getSatisfaction() == null ? null : Satisfaction.valueOf(r.getSatisfaction()),
            instant(r.getClosedAt()),
            instant(r.getHandlingStartedAt()),
            r.getCallbackCallId()),
        new Flags(
            r.getUrgeCount(),
            r.getSupervised(),
            ExclusionStatus.valueOf(r.getExclusion()),
            r.getReturnCount(),
            r.getExtensionCount(),
            r.getResumeStatus() == null ? null : TicketStatus.valueOf(r.getResumeStatus()),
            instant(r.getRequestedDueAt()),
            r.getReturnRejections()),
        instant(r.getCreatedAt()),
        r.getCreatedBy() == null ? null : new UserId(r.getCreatedBy()),
        r.getCreatedByUnit() == null ? null : UnitId.of(r.getCreatedByUnit()),
        r.getVersion());
  }

  /**
   * Writes every mutable column of {@code t} into {@code r}; identity and version are left to the
   * caller.
   */
  static TicketRecord fill(TicketRecord r, Ticket t) {
    r.setTicketNo(t.no().value());
    r.setStatus(t.status().name());
    r.setChannel(t.appeal().channel().name());
    r.setCallerName(t.caller().name());
    r.setCallerPhone(t.caller().phone());
    r.setConfidential(t.caller().confidential());
    r.setAddress(t.appeal().address());
    r.setAppealType(t.appeal().appealType().name());
    r.setCategoryId(t.appeal().categoryId().value());
    r.setUrgency(t.appeal().urgency().name());
    r.setContent(t.appeal().content());
    r.setCallId(t.appeal().callId());
    r.setCityCaseNo(t.appeal().cityCaseNo());
    r.setLeadUnitId(
        t.assignment().leadUnitId() == null ? null : t.assignment().leadUnitId().value());
    r.setAssistUnitIds(
        t.assignment().assistUnitIds().stream().map(UnitId::value).toArray(String[]::new));
    r.setSubUnitId(t.assignment().subUnitId() == null ? null : t.assignment().subUnitId().value());
    r.setSubReply(t.assignment().subReply());
    r.setSignDueAt(offset(t.deadlines().signDueAt()));
    r.setHandleDueAt(offset(t.deadlines().handleDueAt()));
    r.setCallbackDueAt(offset(t.deadlines().callbackDueAt()));
    r.setSupervisionDueAt(offset(t.deadlines().supervisionDueAt()));
    r.setDueAt(offset(t.currentDueAt()));
    r.setFirstDispatchedAt(offset(t.progress().firstDispatchedAt()));
    r.setDispatchedAt(offset(t.progress().dispatchedAt()));
    r.setSignedAt(offset(t.progress().signedAt()));
    r.setRepliedAt(offset(t.progress().repliedAt()));
    r.setReply(t.progress().reply());
    r.setCallbackAt(offset(t.progress().callbackAt()));
    r.setResolved(t.progress().resolved());
    r.setSatisfaction(
        t.progress().satisfaction() == null ? null : t.progress().satisfaction().name());
    r.setClosedAt(offset(t.progress().closedAt()));
    r.setHandlingStartedAt(offset(t.progress().handlingStartedAt()));
    r.setCallbackCallId(t.progress().callbackCallId());
    r.setUrgeCount(t.flags().urgeCount());
    r.setSupervised(t.flags().supervised());
    r.setExclusion(t.flags().exclusion().name());
    r.setReturnCount(t.flags().returnCount());
    r.setExtensionCount(t.flags().extensionCount());
    r.setResumeStatus(t.flags().resumeStatus() == null ? null : t.flags().resumeStatus().name());
    r.setRequestedDueAt(offset(t.flags().requestedDueAt()));
    r.setReturnRejections(t.flags().returnRejections());
    r.setCreatedAt(offset(t.createdAt()));
    r.setCreatedBy(t.createdBy() == null ? null : t.createdBy().value());
    r.setCreatedByUnit(t.createdByUnit() == null ? null : t.createdByUnit().value());
    return r;
  }

  static TicketRecord newRecord(Ticket t) {
    TicketRecord r = TICKET.newRecord();
    return fill(r, t);
  }
}
