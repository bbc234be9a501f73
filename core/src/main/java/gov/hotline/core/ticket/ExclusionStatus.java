package gov.hotline.core.ticket;

/** State of a request to exclude a ticket from assessment (不纳入考核申请). */
public enum ExclusionStatus {
  NONE("未申请"),
  REQUESTED("待审核"),
  APPROVED("已同意"),
  REJECTED("已驳回"),
  /** An approval taken back (the ticket counts in the assessment again); a new request may follow. */
  REVOKED("已撤销");

  private final String label;

  ExclusionStatus(String label) {
    this.label = label;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }
}
