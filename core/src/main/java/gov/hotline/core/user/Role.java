package gov.hotline.core.user;

/** Roles of platform users; codes travel in English, labels are shown in Chinese. */
public enum Role {
  AGENT("座席员"),
  TEAM_LEAD("班长"),
  DISPATCHER("派单员"),
  UNIT_HANDLER("承办单位"),
  MANAGER("管理人员"),
  ADMIN("系统管理员");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
