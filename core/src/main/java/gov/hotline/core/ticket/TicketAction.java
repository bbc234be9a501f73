package gov.hotline.core.ticket;

import java.util.Optional;

/**
 * Everything that can happen to a ticket; {@code code} is the URL segment of {@code POST
 * /tickets/{id}/{code}}.
 */
public enum TicketAction {
  CREATE("create", "受理"),
  DIRECT_CLOSE("direct-close", "直接办结"),
  SUBMIT("submit", "提交派单"),
  DISPATCH("dispatch", "派单"),
  SIGN("sign", "签收"),
  RETURN("return", "申请退单"),
  APPROVE_RETURN("approve-return", "同意退单"),
  REJECT_RETURN("reject-return", "驳回退单"),
  ARBITRATE("arbitrate", "退单仲裁"),
  REQUEST_EXTENSION("request-extension", "申请延期"),
  APPROVE_EXTENSION("approve-extension", "同意延期"),
  REJECT_EXTENSION("reject-extension", "驳回延期"),
  URGE("urge", "催办"),
  SUPERVISE("supervise", "督办"),
  SUB_ASSIGN("sub-assign", "分拣转办"),
  TAKE_BACK("take-back", "收回转办"),
  SUB_REPLY("sub-reply", "社区反馈"),
  REJECT_SUB_REPLY("reject-sub-reply", "退回社区重办"),
  REPLY("reply", "反馈"),
  CALLBACK("callback", "回访"),
  CLOSE("close", "结案"),
  REOPEN("reopen", "重办"),
  MERGE("merge", "合并"),
  RETURN_TO_CITY("return-to-city", "退市"),
  REQUEST_EXCLUSION("request-exclusion", "申请不纳入考核"),
  REVIEW_EXCLUSION("review-exclusion", "审核不纳入考核"),
  REVOKE_EXCLUSION("revoke-exclusion", "撤销不纳入考核"),
  /** A rating (好差评) received; a history line only, never a command of the ticket routes. */
  RATE("rate", "评价"),
  /** A follow-up (整改) a 差评 opened; a history line only, never a command of the ticket routes. */
  FOLLOW_UP("follow-up", "整改");

  private final String code;
  private final String label;

  TicketAction(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Whether this is a step a user takes on a ticket (not intake, not a line a rating writes). */
  public boolean isCommand() {
    return this != CREATE && this != RATE && this != FOLLOW_UP;
  }

  public static Optional<TicketAction> byCode(String code) {
    for (TicketAction a : values()) {
      if (a.code.equals(code)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
