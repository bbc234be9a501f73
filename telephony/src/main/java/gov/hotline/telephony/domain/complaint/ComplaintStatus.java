package gov.hotline.telephony.domain.complaint;

/** Where a complaint about an agent stands (投诉审核状态). */
public enum ComplaintStatus {
  /** 待审核: filed, not yet reviewed; does not count. */
  PENDING("待审核"),
  /** 成立: reviewed and upheld; counts in 座席被投诉率. */
  UPHELD("成立"),
  /** 不成立: reviewed and rejected; does not count. */
  REJECTED("不成立");

  private final String label;

  ComplaintStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
