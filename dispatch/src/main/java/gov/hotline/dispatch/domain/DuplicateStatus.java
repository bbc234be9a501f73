package gov.hotline.dispatch.domain;

/** What became of a probable duplicate. */
public enum DuplicateStatus {
  PROBABLE("疑似重复"),
  MERGED("已合并"),
  DISMISSED("非重复");

  private final String label;

  DuplicateStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
