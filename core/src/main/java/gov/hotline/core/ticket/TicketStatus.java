package gov.hotline.core.ticket;

/** Ticket lifecycle states (工单状态), see {@link TicketLifecycle}. */
public enum TicketStatus {
  RECEIVED("已受理"),
  DIRECT_CLOSED("直接办结"),
  PENDING_DISPATCH("待派单"),
  DISPATCHED("已派单"),
  SIGNED("已签收"),
  RETURN_REQUESTED("退单审核中"),
  /** A return rejected twice: the team lead or manager decides (退单仲裁). */
  ARBITRATION("退单仲裁中"),
  EXTENSION_REQUESTED("延期审核中"),
  /** The lead street passed the ticket down to one of its communities (分拣转办), which handles it. */
  SUB_HANDLING("社区办理中"),
  /** The community replied to its street; the street reviews the reply (审核社区反馈). */
  SUB_REPLIED("社区已反馈"),
  REPLIED("已反馈"),
  CALLBACK_DONE("已回访"),
  CLOSED("已结案"),
  REOPENED("重办"),
  MERGED("已合并"),
  /** Sent back to the city platform (退市), awaiting or after its verdict. */
  RETURNED_TO_CITY("已退市");

  private final String label;

  TicketStatus(String label) {
    this.label = label;
  }

  /**
   * Still being handled: not closed (directly or after the callback), not merged into another
   * ticket and not returned to the city.
   */
  public boolean open() {
    return this != DIRECT_CLOSED && this != CLOSED && this != MERGED && this != RETURNED_TO_CITY;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }
}
