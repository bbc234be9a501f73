package gov.hotline.core.ticket;

/** State of a request to exclude a ticket from assessment (不纳入考核申请). */
public enum ExclusionStatus {
  NONE("未申请"),
  REQUESTED("待审核"),
  APPROVED("已同意"),
  REJECTED("已驳回"),
  /**
   * An approval taken back (the ticket counts in the assessment again); a new request may follow.
   */
  REVOKED("已撤销");

  private final String label;

  ExclusionStatus(String label) {
    this.label = label;
  }

  /**
   * Whether the exclusion steps may follow this state: a request unless one is pending or approved,
   * a review only of a pending request, a revocation only of an approval. Other actions do not
   * depend on it. The lifecycle refuses by this rule, and the ticket's list of actions offered now
   * reads it too.
   */
  public boolean allows(TicketAction action) {
    return switch (action) {
      case REQUEST_EXCLUSION -> this != REQUESTED && this != APPROVED;
      case REVIEW_EXCLUSION -> this == REQUESTED;
      case REVOKE_EXCLUSION -> this == APPROVED;
      default -> true;
    };
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }
}
