package gov.hotline.telephony.domain.qa;

/**
 * Where a score stands: given, appealed by the agent (申诉), and the team lead's decision on the
 * appeal.
 */
public enum QaStatus {
  SCORED("已评分"),
  APPEALED("申诉中"),
  APPEAL_ACCEPTED("申诉成立"),
  APPEAL_REJECTED("申诉驳回");

  private final String label;

  QaStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
