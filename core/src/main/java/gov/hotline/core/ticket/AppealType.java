package gov.hotline.core.ticket;

/** Appeal type (诉求类型). */
public enum AppealType {
  CONSULT("咨询"),
  HELP("求助"),
  COMPLAINT("投诉"),
  REPORT("举报"),
  SUGGESTION("建议"),
  PRAISE("表扬");

  private final String label;

  AppealType(String label) {
    this.label = label;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }
}
