package gov.hotline.dispatch.domain;

/** Whether a hotspot alert is still active. */
public enum HotspotStatus {
  OPEN("预警中"),
  CLOSED("已解除");

  private final String label;

  HotspotStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
