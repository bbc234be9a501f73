package gov.hotline.core.org;

/**
 * Kinds of org unit in the four-level hierarchy city → district → street/town → community/village.
 */
public enum UnitType {
  CITY("市级"),
  DISTRICT("区级"),
  CENTER("热线中心"),
  BUREAU("委办局"),
  STREET("街道"),
  TOWN("乡镇"),
  COMMUNITY("社区"),
  VILLAGE("村"),
  ENTERPRISE("企业");

  private final String label;

  UnitType(String label) {
    this.label = label;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }
}
