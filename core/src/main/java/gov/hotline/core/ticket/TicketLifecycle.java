package gov.hotline.core.ticket;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.sla.TicketDeadlines;
import gov.hotline.core.user.Actor;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The ticket state machine (工单流转): RECEIVED → (DIRECT_CLOSED | PENDING_DISPATCH) → DISPATCHED →
 * SIGNED → REPLIED → CALLBACK_DONE → CLOSED, with returns (a reason from {@link ReturnReason} and
 * an explanation), extensions, reopening, urges, supervision, exclusion, and merging a duplicate
 * under a master ticket (MERGED). It checks the role, the unit and the status ({@link
 * TicketRules}), then produces the next version and its history entry. Illegal steps are refused
 * with a Chinese message; nothing is changed.
 */
public final class TicketLifecycle {
  private final OrgTree org;
  private final TicketAccess access;
  private final TicketDeadlines deadlines;

  public TicketLifecycle(OrgTree org, TicketDeadlines deadlines) {
    this.org = org;
    this.access = new TicketAccess(org);
    this.deadlines = deadlines;
  }

  public Transition apply(Ticket t, TicketCommand cmd, Actor actor, Instant now) {
    TicketAction action = cmd.action();
    TicketRules.Rule rule = TicketRules.of(action);
    TicketRules.requireRole(action, actor);
    access.requireView(actor, t);
    if (!access.inScope(rule.scope(), actor, t)) {
      throw outOfScope(rule.scope(), action);
    }
    if (!rule.from().contains(t.status())) {
      throw illegal(t, action);
    }
    Map<String, String> details = new LinkedHashMap<>();
    Ticket after = effect(t, cmd, now, details);
    UnitId unit =
        after.assignment().isAssigned()
            ? after.assignment().leadUnitId()
            : t.assignment().leadUnitId();
    HistoryEntry entry =
        new HistoryEntry(
            t.id(), now, actor, action, t.status(), after.status(), reason(t, cmd), details, unit);
    return new Transition(t, after, entry);
  }

  private Ticket effect(Ticket t, TicketCommand cmd, Instant now, Map<String, String> details) {
    return switch (cmd) {
      case TicketCommand.DirectClose c -> {
        if (c.notice() != null) {
          details.put("noticeItems", Integer.toString(c.notice().items().size()));
        }
        yield directClose(t, c, now);
      }
      case TicketCommand.Submit s -> t.withStatus(TicketStatus.PENDING_DISPATCH);
      case TicketCommand.Dispatch d -> dispatch(t, d, now, details);
      case TicketCommand.Sign s -> {
        details.put("signedOnTime", Boolean.toString(!now.isAfter(t.deadlines().signDueAt())));
        yield t.withStatus(TicketStatus.SIGNED).withProgress(t.progress().signed(now));
      }
      case TicketCommand.Return r -> {
        details.put("returnReason", r.code().name());
        yield t.withStatus(TicketStatus.RETURN_REQUESTED)
            .withFlags(t.flags().returnRequested(t.status()));
      }
      case TicketCommand.DecideReturn d -> decideReturn(t, d, details);
      case TicketCommand.Arbitrate a -> arbitrate(t, a, details);
      case TicketCommand.RequestExtension r -> requestExtension(t, r, now, details);
      case TicketCommand.DecideExtension d -> decideExtension(t, d, details);
      case TicketCommand.Urge u -> {
        details.put("urgeCount", Integer.toString(t.flags().urgeCount() + 1));
        yield t.withFlags(t.flags().urged());
      }
      case TicketCommand.Supervise s -> supervise(t, s, now, details);
      case TicketCommand.SubAssign a -> subAssign(t, a, details);
      case TicketCommand.TakeBack b -> {
        details.put("subUnitId", change(t.assignment().subUnitId(), null));
        yield t.withStatus(TicketStatus.SIGNED).withAssignment(t.assignment().takenBack());
      }
      case TicketCommand.SubReply r ->
          t.withStatus(TicketStatus.SUB_REPLIED)
              .withAssignment(t.assignment().withSubReply(r.content()));
      case TicketCommand.RejectSubReply r ->
          t.withStatus(TicketStatus.SUB_HANDLING).withAssignment(t.assignment().withSubReply(null));
      case TicketCommand.Reply r -> reply(t, r, now, details);
      case TicketCommand.Callback c -> {
        details.put("resolved", Boolean.toString(c.resolved()));
        details.put("satisfaction", c.satisfaction().name());
        if (c.callId() != null) {
          details.put("callId", c.callId());
        }
        yield t.withStatus(TicketStatus.CALLBACK_DONE)
            .withProgress(t.progress().calledBack(now, c.resolved(), c.satisfaction(), c.callId()));
      }
      case TicketCommand.Close c ->
          t.withStatus(TicketStatus.CLOSED).withProgress(t.progress().closed(now));
      case TicketCommand.Reopen r ->
          t.withStatus(TicketStatus.REOPENED)
              .withProgress(t.progress().reopened())
              .withDeadlines(new Deadlines(null, null, null, t.deadlines().supervisionDueAt()));
      case TicketCommand.Merge m -> merge(t, m, details);
      case TicketCommand.ReturnToCity r -> returnToCity(t, r, details);
      case TicketCommand.RequestExclusion r -> requestExclusion(t);
      case TicketCommand.ReviewExclusion r -> reviewExclusion(t, r, details);
      case TicketCommand.RevokeExclusion r -> revokeExclusion(t, details);
    };
  }

  private static Ticket directClose(Ticket t, TicketCommand.DirectClose c, Instant now) {
    AppealType type = t.appeal().appealType();
    if (type == AppealType.COMPLAINT || type == AppealType.REPORT) {
      throw DomainException.conflict("DIRECT_CLOSE_NOT_ALLOWED", "投诉、举报类诉求须派单办理，不能直接办结");
    }
    return t.withStatus(TicketStatus.DIRECT_CLOSED)
        .withProgress(t.progress().replied(now, c.answer()).closed(now));
  }

  private Ticket dispatch(
      Ticket t, TicketCommand.Dispatch d, Instant now, Map<String, String> details) {
    requireDispatchable(d.leadUnitId(), "主办单位");
    var seen = new HashSet<UnitId>();
    seen.add(d.leadUnitId());
    for (UnitId assist : d.assistUnitIds()) {
      requireDispatchable(assist, "协办单位");
      if (!seen.add(assist)) {
        throw DomainException.invalid("DUPLICATE_UNIT", "协办单位重复或与主办单位相同：" + assist);
      }
    }
    Instant signDue = deadlines.signForDue(t.appeal(), now);
    Instant handleDue =
        t.deadlines().handleDueAt() != null
            ? t.deadlines().handleDueAt()
            : deadlines.handlingDue(t.appeal(), now);
    details.put("leadUnitId", change(t.assignment().leadUnitId(), d.leadUnitId()));
    details.put(
        "assistUnitIds",
        d.assistUnitIds().stream().map(UnitId::value).collect(Collectors.joining(",")));
    details.put("signDueAt", signDue.toString());
    details.put("handleDueAt", change(t.deadlines().handleDueAt(), handleDue));
    return t.withStatus(TicketStatus.DISPATCHED)
        .withAssignment(new Assignment(d.leadUnitId(), d.assistUnitIds()))
        .withDeadlines(
            t.deadlines().withSignDueAt(signDue).withHandleDueAt(handleDue).withCallbackDueAt(null))
        .withProgress(t.progress().dispatched(now, t.deadlines().handleDueAt() == null));
  }

  /**
   * 分拣转办: only a street (街道) or town (乡镇) passes a ticket down, and only to one of its own active
   * communities or villages (a child unit in the unit tree).
   */
  private Ticket subAssign(Ticket t, TicketCommand.SubAssign a, Map<String, String> details) {
    OrgUnit lead = org.find(t.assignment().leadUnitId()).orElseThrow();
    if (lead.type() != UnitType.STREET && lead.type() != UnitType.TOWN) {
      throw DomainException.conflict("SUB_ASSIGN_NOT_ALLOWED", "只有街道、乡镇可以把工单转办给下属社区、村");
    }
    OrgUnit sub =
        org.find(a.unitId())
            .orElseThrow(() -> DomainException.invalid("UNKNOWN_UNIT", "转办社区不存在：" + a.unitId()));
    if (!lead.id().equals(sub.parentId())
        || (sub.type() != UnitType.COMMUNITY && sub.type() != UnitType.VILLAGE)) {
      throw DomainException.invalid(
          "NOT_A_SUB_UNIT", "只能转办给本街道下属的社区、村：" + sub.name() + "不属于" + lead.name());
    }
    if (!sub.active()) {
      throw DomainException.invalid("UNIT_NOT_DISPATCHABLE", "该社区已停用，不能接收转办：" + sub.name());
    }
    details.put("subUnitId", change(null, sub.id()));
    return t.withStatus(TicketStatus.SUB_HANDLING)
        .withAssignment(t.assignment().handedDownTo(sub.id()));
  }

  /**
   * The reason in the history: as the command gives it, and for passing down and taking back the
   * community by name (转办至…／从…收回), so that the timeline reads without looking up unit ids.
   */
  private String reason(Ticket t, TicketCommand cmd) {
    return switch (cmd) {
      case TicketCommand.SubAssign a -> withNote("转办至" + unitName(a.unitId()), a.note());
      case TicketCommand.TakeBack b ->
          withNote("从" + unitName(t.assignment().subUnitId()) + "收回，由本单位办理", b.reason());
      default -> cmd.reason();
    };
  }

  private String unitName(UnitId id) {
    return org.find(id).map(OrgUnit::name).orElse(String.valueOf(id));
  }

  private static String withNote(String what, String note) {
    return note == null ? what : what + "：" + note;
  }

  private void requireDispatchable(UnitId id, String role) {
    OrgUnit unit =
        org.find(id).orElseThrow(() -> DomainException.invalid("UNKNOWN_UNIT", role + "不存在：" + id));
    if (!unit.active() || unit.type() == UnitType.CENTER || unit.type() == UnitType.CITY) {
      throw DomainException.invalid("UNIT_NOT_DISPATCHABLE", role + "不能接收派单：" + unit.name());
    }
  }

  private static Ticket decideReturn(
      Ticket t, TicketCommand.DecideReturn d, Map<String, String> details) {
    if (d.approve()) {
      details.put("leadUnitId", change(t.assignment().leadUnitId(), null));
      // the citizen's handling clock keeps running: only the sign-for deadline goes with the unit
      return t.withStatus(TicketStatus.PENDING_DISPATCH)
          .withAssignment(Assignment.NONE)
          .withDeadlines(t.deadlines().withSignDueAt(null))
          .withFlags(t.flags().returnDecided(true));
    }
    if (t.flags().nextRejectionGoesToArbitration()) {
      details.put("returnRejections", Integer.toString(t.flags().returnRejections() + 1));
      return t.withStatus(TicketStatus.ARBITRATION)
          .withFlags(t.flags().returnRejectedToArbitration());
    }
    TicketStatus back =
        Objects.requireNonNullElse(t.flags().resumeStatus(), TicketStatus.DISPATCHED);
    details.put("returnRejections", Integer.toString(t.flags().returnRejections() + 1));
    return t.withStatus(back).withFlags(t.flags().returnDecided(false));
  }

  /**
   * Arbitration of a return rejected twice: approved as a dispatcher approves one, or back to the
   * unit.
   */
  private static Ticket arbitrate(
      Ticket t, TicketCommand.Arbitrate a, Map<String, String> details) {
    details.put("decision", a.approveReturn() ? "APPROVE_RETURN" : "ORDER_HANDLING");
    if (a.approveReturn()) {
      details.put("leadUnitId", change(t.assignment().leadUnitId(), null));
      return t.withStatus(TicketStatus.PENDING_DISPATCH)
          .withAssignment(Assignment.NONE)
          .withDeadlines(t.deadlines().withSignDueAt(null))
          .withFlags(t.flags().arbitrated(true));
    }
    TicketStatus back =
        Objects.requireNonNullElse(t.flags().resumeStatus(), TicketStatus.DISPATCHED);
    return t.withStatus(back).withFlags(t.flags().arbitrated(false));
  }

  private static Ticket requestExtension(
      Ticket t, TicketCommand.RequestExtension r, Instant now, Map<String, String> details) {
    Instant due = t.deadlines().handleDueAt();
    if (due != null && now.isAfter(due)) {
      throw DomainException.conflict("EXTENSION_AFTER_DEADLINE", "已超过办理期限，不能再申请延期");
    }
    if (due != null && !r.requestedDueAt().isAfter(due)) {
      throw DomainException.invalid("EXTENSION_NOT_LATER", "申请延期的时间须晚于当前办理期限");
    }
    details.put("requestedDueAt", r.requestedDueAt().toString());
    return t.withStatus(TicketStatus.EXTENSION_REQUESTED)
        .withFlags(t.flags().extensionRequested(r.requestedDueAt()));
  }

  private static Ticket decideExtension(
      Ticket t, TicketCommand.DecideExtension d, Map<String, String> details) {
    if (!d.approve()) {
      return t.withStatus(TicketStatus.SIGNED).withFlags(t.flags().extensionDecided(false));
    }
    Instant newDue = d.newDueAt() != null ? d.newDueAt() : t.flags().requestedDueAt();
    Instant oldDue = t.deadlines().handleDueAt();
    if (newDue == null || (oldDue != null && !newDue.isAfter(oldDue))) {
      throw DomainException.invalid("EXTENSION_NOT_LATER", "延期后的办理期限须晚于当前办理期限");
    }
    details.put("handleDueAt", change(oldDue, newDue));
    return t.withStatus(TicketStatus.SIGNED)
        .withDeadlines(t.deadlines().withHandleDueAt(newDue))
        .withFlags(t.flags().extensionDecided(true));
  }

  private static Ticket supervise(
      Ticket t, TicketCommand.Supervise s, Instant now, Map<String, String> details) {
    if (s.dueAt() != null && !s.dueAt().isAfter(now)) {
      throw DomainException.invalid("DEADLINE_IN_PAST", "督办期限须晚于当前时间");
    }
    Instant due = s.dueAt() != null ? s.dueAt() : t.deadlines().supervisionDueAt();
    details.put("supervisionDueAt", String.valueOf(due));
    return t.withFlags(t.flags().supervisedNow())
        .withDeadlines(t.deadlines().withSupervisionDueAt(due));
  }

  private Ticket reply(Ticket t, TicketCommand.Reply r, Instant now, Map<String, String> details) {
    Instant callbackDue = deadlines.callbackDue(t.appeal(), now);
    Instant handleDue = t.deadlines().handleDueAt();
    details.put("repliedOnTime", Boolean.toString(handleDue == null || !now.isAfter(handleDue)));
    details.put("callbackDueAt", callbackDue.toString());
    return t.withStatus(TicketStatus.REPLIED)
        .withProgress(t.progress().replied(now, r.content()))
        .withDeadlines(t.deadlines().withCallbackDueAt(callbackDue));
  }

  private static Ticket merge(Ticket t, TicketCommand.Merge m, Map<String, String> details) {
    if (m.masterId().equals(t.id())) {
      throw DomainException.invalid("MERGE_INTO_ITSELF", "工单不能合并到自身");
    }
    details.put("masterTicketId", Long.toString(m.masterId().value()));
    return t.withStatus(TicketStatus.MERGED);
  }

  private static Ticket returnToCity(
      Ticket t, TicketCommand.ReturnToCity r, Map<String, String> details) {
    if (!t.appeal().fromCity()) {
      throw DomainException.conflict("NOT_A_CITY_CASE", "只有市级派单的工单可以退市");
    }
    details.put("cityReturnReason", r.code().name());
    if (t.assignment().isAssigned()) {
      details.put("leadUnitId", change(t.assignment().leadUnitId(), null));
    }
    return t.withStatus(TicketStatus.RETURNED_TO_CITY)
        .withAssignment(Assignment.NONE)
        .withDeadlines(t.deadlines().withSignDueAt(null));
  }

  private static Ticket requestExclusion(Ticket t) {
    ExclusionStatus e = t.flags().exclusion();
    if (!e.allows(TicketAction.REQUEST_EXCLUSION)) {
      throw DomainException.conflict("EXCLUSION_PENDING", "该工单已申请不纳入考核（" + e.label() + "），不能重复申请");
    }
    return t.withFlags(t.flags().withExclusion(ExclusionStatus.REQUESTED));
  }

  private static Ticket revokeExclusion(Ticket t, Map<String, String> details) {
    if (!t.flags().exclusion().allows(TicketAction.REVOKE_EXCLUSION)) {
      throw DomainException.conflict("NO_APPROVED_EXCLUSION", "该工单没有已同意的不纳入考核申请，无需撤销");
    }
    details.put("exclusion", change(ExclusionStatus.APPROVED, ExclusionStatus.REVOKED));
    return t.withFlags(t.flags().withExclusion(ExclusionStatus.REVOKED));
  }

  private static Ticket reviewExclusion(
      Ticket t, TicketCommand.ReviewExclusion r, Map<String, String> details) {
    if (!t.flags().exclusion().allows(TicketAction.REVIEW_EXCLUSION)) {
      throw DomainException.conflict("NO_EXCLUSION_REQUEST", "该工单没有待审核的不纳入考核申请");
    }
    ExclusionStatus next = r.approve() ? ExclusionStatus.APPROVED : ExclusionStatus.REJECTED;
    details.put("exclusion", change(ExclusionStatus.REQUESTED, next));
    return t.withFlags(t.flags().withExclusion(next));
  }

  private static DomainException outOfScope(TicketRules.Scope scope, TicketAction action) {
    String who =
        switch (scope) {
          case LEAD_UNIT_ITSELF -> "只有主办单位本级的承办人";
          case SUB_UNIT -> "只有承接转办的社区";
          default -> "只有主办单位";
        };
    return DomainException.forbidden(who + "可以执行“" + action.label() + "”操作");
  }

  private static DomainException illegal(Ticket t, TicketAction action) {
    List<String> allowed =
        TicketRules.of(action).from().stream().sorted().map(TicketStatus::label).toList();
    return DomainException.conflict(
        "ILLEGAL_TRANSITION",
        "工单当前状态为“"
            + t.status().label()
            + "”，不能执行“"
            + action.label()
            + "”操作（仅限："
            + String.join("、", allowed)
            + "）");
  }

  private static String change(Object before, Object after) {
    return before + "→" + after;
  }
}
