package gov.hotline.telephony.domain;

/** Inbound citizen call (来电) or a call the platform placed (外呼, e.g. a callback 回访). */
public enum Direction {
  INBOUND("呼入"),
  OUTBOUND("外呼");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
