package gov.hotline.core.ticket;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.notice.OneTimeNotice;
import java.time.Instant;
import java.util.List;

/**
 * A command on an existing ticket; one record per {@link TicketAction}. Texts are validated on
 * construction.
 */
public sealed interface TicketCommand {
  TicketAction action();

  /** The reason or note recorded in the history, if any. */
  default String reason() {
    return null;
  }

  /**
   * 直接办结: the agent answered on the call; {@code notice} is what the citizen was told as a
   * checklist (一次性告知), null when nothing was listed.
   */
  record DirectClose(String answer, OneTimeNotice notice) implements TicketCommand {
    public DirectClose {
      answer = TextRules.required(answer, "answer", "答复内容", TextRules.CONTENT_MAX);
    }

    public DirectClose(String answer) {
      this(answer, null);
    }

    public TicketAction action() {
      return TicketAction.DIRECT_CLOSE;
    }

    public String reason() {
      return answer;
    }
  }

  /** 提交派单. */
  record Submit(String note) implements TicketCommand {
    public Submit {
      note = TextRules.optional(note, "note", "备注", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.SUBMIT;
    }

    public String reason() {
      return note;
    }
  }

  /** 派单 to a lead unit and optional assisting units. */
  record Dispatch(UnitId leadUnitId, List<UnitId> assistUnitIds, String note)
      implements TicketCommand {
    public Dispatch {
      if (leadUnitId == null) {
        throw DomainException.invalid("MISSING_FIELD", "缺少必填项：主办单位（leadUnitId）");
      }
      assistUnitIds = assistUnitIds == null ? List.of() : List.copyOf(assistUnitIds);
      note = TextRules.optional(note, "note", "派单意见", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.DISPATCH;
    }

    public String reason() {
      return note;
    }
  }

  /** 签收. */
  record Sign() implements TicketCommand {
    public TicketAction action() {
      return TicketAction.SIGN;
    }
  }

  /**
   * 退单: the unit says the ticket is not theirs, with a reason from the fixed list and an
   * explanation.
   */
  record Return(ReturnReason code, String explanation) implements TicketCommand {
    public Return {
      if (code == null) {
        throw DomainException.invalid("MISSING_FIELD", "缺少必填项：退单原因（reasonCode）");
      }
      explanation = TextRules.required(explanation, "reason", "退单理由", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.RETURN;
    }

    /** The history's reason: the listed reason and the explanation, e.g. 非本单位辖区：该地址属中关村街道. */
    public String reason() {
      return code.label() + "：" + explanation;
    }
  }

  /** The dispatcher's decision on a return. */
  record DecideReturn(boolean approve, String reason) implements TicketCommand {
    public DecideReturn {
      reason =
          approve
              ? TextRules.optional(reason, "reason", "审核意见", TextRules.REASON_MAX)
              : TextRules.required(reason, "reason", "驳回理由", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return approve ? TicketAction.APPROVE_RETURN : TicketAction.REJECT_RETURN;
    }
  }

  /**
   * The team lead's or manager's decision on a return rejected twice (退单仲裁): approve the return
   * (the ticket goes back for dispatch) or order the unit to handle it; always with the reasons in
   * words.
   */
  record Arbitrate(boolean approveReturn, String reason) implements TicketCommand {
    public Arbitrate {
      reason = TextRules.required(reason, "reason", "仲裁意见", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.ARBITRATE;
    }
  }

  /** 延期申请 with the due date asked for. */
  record RequestExtension(Instant requestedDueAt, String reason) implements TicketCommand {
    public RequestExtension {
      if (requestedDueAt == null) {
        throw DomainException.invalid("MISSING_FIELD", "缺少必填项：申请延期至（requestedDueAt）");
      }
      reason = TextRules.required(reason, "reason", "延期理由", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.REQUEST_EXTENSION;
    }
  }

  /**
   * The approver's decision on an extension; an approval may set another due date than the one
   * asked for.
   */
  record DecideExtension(boolean approve, Instant newDueAt, String reason)
      implements TicketCommand {
    public DecideExtension {
      reason =
          approve
              ? TextRules.optional(reason, "reason", "审核意见", TextRules.REASON_MAX)
              : TextRules.required(reason, "reason", "驳回理由", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return approve ? TicketAction.APPROVE_EXTENSION : TicketAction.REJECT_EXTENSION;
    }
  }

  /** 催办. */
  record Urge(String note) implements TicketCommand {
    public Urge {
      note = TextRules.optional(note, "note", "催办意见", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.URGE;
    }

    public String reason() {
      return note;
    }
  }

  /** 督办 with its own deadline, if given. */
  record Supervise(Instant dueAt, String note) implements TicketCommand {
    public Supervise {
      note = TextRules.optional(note, "note", "督办意见", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.SUPERVISE;
    }

    public String reason() {
      return note;
    }
  }

  /**
   * 分拣转办: the lead street passes the ticket down to one of its own communities ({@code unitId}),
   * which handles it and replies through the street.
   */
  record SubAssign(UnitId unitId, String note) implements TicketCommand {
    public SubAssign {
      if (unitId == null) {
        throw DomainException.invalid("MISSING_FIELD", "缺少必填项：转办社区（unitId）");
      }
      note = TextRules.optional(note, "note", "转办意见", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.SUB_ASSIGN;
    }

    public String reason() {
      return note;
    }
  }

  /** 收回转办: the street takes a ticket back from its community and handles it itself. */
  record TakeBack(String reason) implements TicketCommand {
    public TakeBack {
      reason = TextRules.optional(reason, "reason", "收回说明", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.TAKE_BACK;
    }
  }

  /** 社区反馈: the community's result, to its street (not yet the unit's 反馈 to the citizen). */
  record SubReply(String content) implements TicketCommand {
    public SubReply {
      content = TextRules.required(content, "content", "社区反馈内容", TextRules.CONTENT_MAX);
    }

    public TicketAction action() {
      return TicketAction.SUB_REPLY;
    }

    public String reason() {
      return content;
    }
  }

  /** 退回社区重办: the street does not accept its community's reply and sends it back, saying why. */
  record RejectSubReply(String reason) implements TicketCommand {
    public RejectSubReply {
      reason = TextRules.required(reason, "reason", "退回理由", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.REJECT_SUB_REPLY;
    }
  }

  /** 反馈: the unit's result for the citizen. */
  record Reply(String content) implements TicketCommand {
    public Reply {
      content = TextRules.required(content, "content", "反馈内容", TextRules.CONTENT_MAX);
    }

    public TicketAction action() {
      return TicketAction.REPLY;
    }

    public String reason() {
      return content;
    }
  }

  /**
   * 回访: was it resolved, how satisfied is the citizen, and on which recorded call ({@code
   * callback-call}).
   */
  record Callback(boolean resolved, Satisfaction satisfaction, String note, String callId)
      implements TicketCommand {
    public Callback {
      if (satisfaction == null) {
        throw DomainException.invalid("MISSING_FIELD", "缺少必填项：满意度（satisfaction）");
      }
      note = TextRules.optional(note, "note", "回访记录", TextRules.REASON_MAX);
      callId = TextRules.optional(callId, "callId", "回访通话", 64);
      if (callId != null && !callId.matches("[A-Za-z0-9._:@-]+")) {
        throw DomainException.invalid("INVALID_CALL_ID", "回访通话编号格式不正确：" + callId);
      }
    }

    /**
     * A callback recorded without the call it was taken on (a call placed outside the platform).
     */
    public Callback(boolean resolved, Satisfaction satisfaction, String note) {
      this(resolved, satisfaction, note, null);
    }

    public TicketAction action() {
      return TicketAction.CALLBACK;
    }

    public String reason() {
      return note;
    }
  }

  /** 结案. */
  record Close(String note) implements TicketCommand {
    public Close {
      note = TextRules.optional(note, "note", "结案意见", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.CLOSE;
    }

    public String reason() {
      return note;
    }
  }

  /** 重办. */
  record Reopen(String reason) implements TicketCommand {
    public Reopen {
      reason = TextRules.required(reason, "reason", "重办理由", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.REOPEN;
    }
  }

  /** 合并: a duplicate goes under a master ticket (主工单) and leaves the handling flow. */
  record Merge(TicketId masterId, String note) implements TicketCommand {
    public Merge {
      if (masterId == null) {
        throw DomainException.invalid("MISSING_FIELD", "缺少必填项：主工单（masterTicketId）");
      }
      note = TextRules.optional(note, "note", "合并说明", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.MERGE;
    }

    public String reason() {
      return note;
    }
  }

  /**
   * 退市: the district sends a city case back to the city platform, with a reason from the city's
   * fixed list ({@link CityReturnReason}) and an explanation.
   */
  record ReturnToCity(CityReturnReason code, String explanation) implements TicketCommand {
    public ReturnToCity {
      if (code == null) {
        throw DomainException.invalid("MISSING_FIELD", "缺少必填项：退市理由（reasonCode）");
      }
      explanation = TextRules.required(explanation, "reason", "退市说明", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.RETURN_TO_CITY;
    }

    /** The history's reason: the listed reason and the explanation. */
    public String reason() {
      return code.label() + "：" + explanation;
    }
  }

  /** 不纳入考核申请. */
  record RequestExclusion(String reason) implements TicketCommand {
    public RequestExclusion {
      reason = TextRules.required(reason, "reason", "申请理由", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.REQUEST_EXCLUSION;
    }
  }

  /** Review of an exclusion request. */
  record ReviewExclusion(boolean approve, String reason) implements TicketCommand {
    public ReviewExclusion {
      reason =
          approve
              ? TextRules.optional(reason, "reason", "审核意见", TextRules.REASON_MAX)
              : TextRules.required(reason, "reason", "驳回理由", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.REVIEW_EXCLUSION;
    }
  }

  /** Taking an approved exclusion back (撤销不纳入考核): the ticket counts in the assessment again. */
  record RevokeExclusion(String reason) implements TicketCommand {
    public RevokeExclusion {
      reason = TextRules.required(reason, "reason", "撤销理由", TextRules.REASON_MAX);
    }

    public TicketAction action() {
      return TicketAction.REVOKE_EXCLUSION;
    }
  }
}
