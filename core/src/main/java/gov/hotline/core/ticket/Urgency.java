package gov.hotline.core.ticket;

/** Urgency (紧急程度). */
public enum Urgency {
  NORMAL("一般"),
  URGENT("紧急");

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }
}
