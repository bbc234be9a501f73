package gov.hotline.telephony.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.ticket.Page;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallOutcome;
import gov.hotline.telephony.domain.Direction;
import gov.hotline.telephony.domain.complaint.AgentComplaint;
import gov.hotline.telephony.domain.complaint.ComplaintStatus;
import gov.hotline.telephony.port.TelephonyRepositories;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Complaints about agents (座席投诉) and their review (投诉审核). Anyone who takes or handles the citizen's
 * complaint (agents, team leads, managers) files it against the complained-about call: a citizen's
 * inbound call that an agent answered; the agent is the person logged in at the answering interface
 * at the answer (工号), else the interface. A team lead or a manager — the roles that do quality
 * inspection (质检) — reviews it once as 成立 or 不成立 with a comment; nobody reviews a complaint about
 * themselves. Only 成立 complaints count in 座席被投诉率. Team leads, managers and admins read every
 * complaint; an agent reads only those about themselves.
 */
public final class AgentComplaintService {
  private static final Role[] FILERS = {Role.AGENT, Role.TEAM_LEAD, Role.MANAGER};
  private static final Role[] REVIEWERS = {Role.TEAM_LEAD, Role.MANAGER};
  private static final Role[] READERS = {Role.AGENT, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN};

  private final TelephonyTransactions store;
  private final Clock clock;

  public AgentComplaintService(TelephonyTransactions store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Files a complaint about the agent who answered {@code callId}. */
  public AgentComplaint file(Actor actor, String callId, String ticketRef, String reason) {
    require(actor, FILERS, "登记座席投诉");
    return store.inTransaction(
        r -> {
          Call call =
              r.calls()
                  .byId(callId)
                  .orElseThrow(() -> DomainException.notFound("CALL_NOT_FOUND", "通话不存在：" + callId));
          if (call.direction() != Direction.INBOUND
              || call.outcome() != CallOutcome.ANSWERED
              || call.agentInterface() == null) {
            throw DomainException.invalid(
                "COMPLAINT_CALL_NOT_ANSWERED", "只能针对座席接听过的市民来电登记投诉：" + callId);
          }
          AgentComplaint c =
              AgentComplaint.file(
                  callId,
                  call.agentInterface(),
                  agentOf(r, call),
                  ticketRef,
                  reason,
                  actor.username(),
                  clock.instant());
          return r.complaints().insert(c);
        });
  }

  /** Reviews a pending complaint: {@code upheld} 成立 or 不成立, with a comment. */
  public AgentComplaint review(Actor actor, long id, boolean upheld, String comment) {
    require(actor, REVIEWERS, "审核座席投诉");
    return store.inTransaction(
        r -> {
          AgentComplaint c = find(r, id);
          AgentComplaint next = c.reviewed(upheld, comment, actor.username(), clock.instant());
          if (!r.complaints().review(next)) {
            throw DomainException.conflict("COMPLAINT_CHANGED", "该投诉刚被他人审核，请刷新后查看");
          }
          return find(r, id);
        });
  }

  /** The complaints in a status (all when null); an agent sees only those about themselves. */
  public Page<AgentComplaint> list(
      Actor actor, ComplaintStatus status, String agent, int page, int size) {
    require(actor, READERS, "查看座席投诉");
    String who = actor.is(Role.AGENT) ? actor.username() : agent;
    int p = Math.max(1, page);
    int s = Math.min(200, Math.max(1, size));
    return store.inTransaction(
        r ->
            new Page<>(
                r.complaints().search(status, who, p, s), r.complaints().count(status, who), p, s));
  }

  public AgentComplaint get(Actor actor, long id) {
    require(actor, READERS, "查看座席投诉");
    AgentComplaint c = store.inTransaction(r -> find(r, id));
    if (actor.is(Role.AGENT) && !c.agentUsername().equals(actor.username())) {
      throw DomainException.notFound("COMPLAINT_NOT_FOUND", "座席投诉不存在：" + id);
    }
    return c;
  }

  /** The complaints about one call (for the call's page). */
  public List<AgentComplaint> ofCall(Actor actor, String callId) {
    require(actor, READERS, "查看座席投诉");
    return store.inTransaction(r -> r.complaints().ofCall(callId)).stream()
        .filter(c -> !actor.is(Role.AGENT) || c.agentUsername().equals(actor.username()))
        .toList();
  }

  private static AgentComplaint find(TelephonyRepositories r, long id) {
    return r.complaints()
        .byId(id)
        .orElseThrow(() -> DomainException.notFound("COMPLAINT_NOT_FOUND", "座席投诉不存在：" + id));
  }

  private static String agentOf(TelephonyRepositories r, Call call) {
    String iface = call.agentInterface();
    Instant at =
        call.times().answeredAt() != null ? call.times().answeredAt() : call.times().startedAt();
    return r.operations().loggedInAt(iface, at).orElse(iface);
  }

  private static void require(Actor actor, Role[] roles, String what) {
    if (!actor.is(roles)) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权" + what);
    }
  }
}
