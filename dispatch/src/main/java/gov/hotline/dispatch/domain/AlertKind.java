package gov.hotline.dispatch.domain;

/** Escalation warnings (预警) about deadlines. */
public enum AlertKind {
  NEAR_DUE("临期"),
  OVERDUE("超期"),
  SUPERVISION_OVERDUE("督办超期");

  private final String label;

  AlertKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
