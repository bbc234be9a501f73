package gov.hotline.dispatch.domain;

/** How well an address was placed in the district. */
public enum ResolutionStatus {
  RESOLVED("已定位"),
  AMBIGUOUS("地址存在歧义"),
  UNKNOWN("无法定位"),
  OUTSIDE_DISTRICT("不在本区");

  private final String label;

  ResolutionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
